package gdviz.model.optim;

import gdviz.model.method.StepOnPaper;
import static gdviz.model.format.HandWriting.vector;
import static gdviz.model.format.HandWriting.product;
import static gdviz.model.format.HandWriting.operand;
import static gdviz.model.format.HandWriting.num;
import static gdviz.model.format.HandWriting.matrix;
import static gdviz.model.format.HandWriting.factor;
import gdviz.model.method.Knob;
import gdviz.model.method.Method;
import gdviz.model.method.StepSized;
import gdviz.model.objective.Objective;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * Damped Newton: x ← x − η·H⁻¹∇f(x). With {@code absolute}, H is replaced by |H| (|f''| in one
 * variable; in several, H with its eigenvalues made positive), so a negative curvature can no
 * longer send the iterate uphill. Where H is singular the step is undefined ({@link UndefinedStep}):
 * the run stops and says so (and whether ∇f = 0 there, a stationary point).
 */
public final class Newton extends StepSized {
  public static final Knob ABS_HESSIAN = Knob.flag("absHessian", "|H|", false,
      "divide by |f''| (|H|) so negative curvature cannot send x uphill");
  public static final Method METHOD = Method.named("newton", "damped Newton x ← x − η·H⁻¹∇f")
      .rule("Newton: x ← x − η·H⁻¹∇f(x) (|H|: H with its eigenvalues made positive)")
      .sameAs("— (scipy.optimize.minimize(method='Newton-CG') solves H·d = −∇f only roughly and searches along d)")
      .defaultEta(1)
      .needsHessian()
      .knobs(ABS_HESSIAN)
      .onPaper(Newton::onPaper)
      .creates((f, eta, k, seed) -> new Newton(f.dimension(), eta, k.flag(ABS_HESSIAN)));

  private final boolean absolute;
  private final double[][] hessian;
  private final double[] direction;

  public Newton(int dimension, double eta, boolean absolute) {
    this.eta = eta;
    this.absolute = absolute;
    this.hessian = new double[dimension][dimension];
    this.direction = new double[dimension];
  }

  @Override
  public double step(Objective f, double[] x, double[] g) {
    f.hessian(x, hessian);
    if (x.length == 1) {
      double curvature = absolute ? Math.abs(hessian[0][0]) : hessian[0][0];
      direction[0] = g[0] / curvature;
    } else {
      solve(g);
    }
    for (double di : direction) {
      if (!Double.isFinite(di)) {
        throw undefined(g);
      }
    }
    for (int i = 0; i < x.length; i++) {
      x[i] -= eta * direction[i];
    }
    return eta;
  }

  /** Why H⁻¹∇f has no value here: H (or f″) is singular, and at a stationary point ∇f = 0 too. */
  private static UndefinedStep undefined(double[] g) {
    boolean stationary = true;
    for (double gi : g) {
      stationary &= gi == 0;
    }
    String hessian = g.length == 1 ? "f″ = 0" : "the Hessian is singular";
    return new UndefinedStep("Newton's step H⁻¹∇f is undefined: " + hessian + " here" + (stationary
        ? " and ∇f = 0, a stationary point (not necessarily a minimum)" : ""));
  }

  /** direction = H⁻¹g (or |H|⁻¹g) through the eigen-decomposition H = VΛVᵀ. */
  private void solve(double[] g) {
    for (double[] row : hessian) {
      for (double v : row) {
        if (!Double.isFinite(v)) {
          java.util.Arrays.fill(direction, Double.NaN);
          return;
        }
      }
    }
    EigenDecomposition eigen = new EigenDecomposition(new Array2DRowRealMatrix(hessian, false));
    RealMatrix vectors = eigen.getV();
    double[] values = eigen.getRealEigenvalues();
    java.util.Arrays.fill(direction, 0);
    for (int k = 0; k < values.length; k++) {
      double lambda = absolute ? Math.abs(values[k]) : values[k];
      double projection = 0;
      for (int i = 0; i < g.length; i++) {
        projection += vectors.getEntry(i, k) * g[i];
      }
      for (int i = 0; i < g.length; i++) {
        direction[i] += vectors.getEntry(i, k) * projection / lambda;
      }
    }
  }

  /** x₁ = x₀ − η·f′(x₀)/f″(x₀) with the numbers; in several variables H and what H⁻¹∇f came to. */
  private static String onPaper(StepOnPaper s) {
    double[][] h = s.hessian();
    boolean abs = s.knobs().flag(ABS_HESSIAN);
    String prev = s.previous();
    if (s.dimension() == 1) {
      String curvature = abs ? "|f″(" + prev + ")|" : "f″(" + prev + ")";
      double c = abs ? Math.abs(h[0][0]) : h[0][0];
      return s.next() + " = " + prev + " − η·f′(" + prev + ")/" + curvature
          + "\n   = " + num(s.before()[0]) + " − " + product(s.eta(), factor(s.gradient()[0])) + "/" + factor(c)
          + "\n   = " + num(s.after()[0]);
    }
    return s.next() + " = " + prev + " − η·" + (abs ? "|H|⁻¹" : "H⁻¹") + "∇f(" + prev + ")\n   with ∇f = "
        + vector(s.gradient()) + ", H = " + matrix(h)
        + "\n   = " + vector(s.before()) + " − " + product(s.eta(), operand(s.perEta()))
        + "\n   = " + vector(s.after());
  }
}
