package gdviz.model.objective;

import java.util.List;

/**
 * A function to minimize: value, exact gradient and, where known, exact Hessian.
 *
 * <p>Methods write into caller-owned arrays so a step allocates nothing.
 */
public interface Objective {
  int dimension();

  double value(double[] x);

  /** Writes ∇f(x) into {@code out}. */
  void gradient(double[] x, double[] out);

  /** Whether {@link #hessian} gives the exact matrix of second derivatives. */
  default boolean hasHessian() {
    return true;
  }

  /** Whether the Hessian is the same everywhere (a quadratic), so curvature read at one point holds everywhere. */
  default boolean hasConstantHessian() {
    return false;
  }

  /** Writes the Hessian at {@code x} into {@code out} (dimension × dimension). */
  void hessian(double[] x, double[][] out);

  /** Short human description, e.g. {@code f(x) = x^2}. */
  String description();

  /**
   * Where f is lowest, where that is known exactly: by default the stationary point of a function
   * whose Hessian is constant and positive definite (a quadratic), else null. x* for the rule that
   * tells a diverging run ({@link Divergence}) and for the log-scale loss.
   */
  default double[] minimizer() {
    return Curvature.quadraticMinimizer(this);
  }

  /** The lowest value of f where it is known (f at {@link #minimizer()}), else NaN: the f* of the log-scale loss. */
  default double minimumValue() {
    double[] x = minimizer();
    return x == null ? Double.NaN : value(x);
  }

  /** Derivative formulas to show a student, where they are known symbolically. */
  default List<String> derivativeText() {
    return List.of();
  }
}
