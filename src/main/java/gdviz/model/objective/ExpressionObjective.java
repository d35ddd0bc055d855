package gdviz.model.objective;

import gdviz.model.expr.Derivatives;
import gdviz.model.expr.Expr;
import gdviz.model.expr.Expression;
import gdviz.model.expr.ExpressionCode;
import java.util.List;

/** A typed function, differentiated symbolically: exact gradient and Hessian. */
public final class ExpressionObjective implements Objective {
  private final Expression expression;
  private final ExpressionCode code;
  private final double[] knownMinimizer;
  private final double knownMinimum;
  private double[] quadraticMinimizer;
  private boolean minimizerWorkedOut;

  public ExpressionObjective(Expression expression) {
    this(expression, null, Double.NaN);
  }

  /**
   * A typed function whose minimum is known from theory (a built-in test function): its lowest
   * value and, where it is a single point, where.
   */
  public ExpressionObjective(Expression expression, double[] minimizer, double minimum) {
    this.expression = expression;
    // now: a function too large for its exact Hessian is refused here, not in the middle of a run
    this.code = expression.code();
    this.knownMinimizer = minimizer == null ? null : minimizer.clone();
    this.knownMinimum = minimum;
  }

  /** The known minimizer, or that of a quadratic (worked out once). */
  @Override
  public synchronized double[] minimizer() {
    if (knownMinimizer != null) {
      return knownMinimizer.clone();
    }
    if (!minimizerWorkedOut) {
      minimizerWorkedOut = true;
      quadraticMinimizer = Curvature.quadraticMinimizer(this);
    }
    return quadraticMinimizer == null ? null : quadraticMinimizer.clone();
  }

  @Override
  public double minimumValue() {
    if (Double.isFinite(knownMinimum)) {
      return knownMinimum;
    }
    double[] x = minimizer();
    return x == null ? Double.NaN : value(x);
  }

  public Expression expression() {
    return expression;
  }

  @Override
  public int dimension() {
    return expression.dimension();
  }

  @Override
  public double value(double[] x) {
    return code.value(x);
  }

  @Override
  public void gradient(double[] x, double[] out) {
    code.gradient(x, out);
  }

  private Boolean constantHessian;

  @Override
  public synchronized boolean hasConstantHessian() {
    if (constantHessian == null) {
      constantHessian = workOutConstantHessian();
    }
    return constantHessian;
  }

  private boolean workOutConstantHessian() {
    for (List<Expr> row : expression.hessian()) {
      for (Expr h : row) {
        for (int i = 0; i < dimension(); i++) {
          if (Derivatives.dependsOn(h, i)) {
            return false;
          }
        }
      }
    }
    return true;
  }

  @Override
  public void hessian(double[] x, double[][] out) {
    code.hessian(x, out);
  }

  @Override
  public String description() {
    return "f(" + String.join(", ", expression.variables()) + ") = " + expression.source();
  }

  @Override
  public List<String> derivativeText() {
    return expression.derivativeText();
  }
}
