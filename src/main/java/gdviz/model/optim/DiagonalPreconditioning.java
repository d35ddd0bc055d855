package gdviz.model.optim;

import gdviz.model.method.StepOnPaper;
import gdviz.model.format.HandWriting;
import gdviz.model.method.Method;
import gdviz.model.method.StepSized;
import gdviz.model.objective.Objective;

/**
 * x ← x − η·diag(|H|)⁻¹∇f(x): each coordinate scaled by its own curvature, with the absolute value
 * so it never divides by a negative. A zero diagonal entry leaves that coordinate's gradient
 * unscaled (a plain gradient step) instead of dividing by zero.
 */
public final class DiagonalPreconditioning extends StepSized {
  public static final Method METHOD = Method.named("precond", "diagonal preconditioning x ← x − η·diag(|H|)⁻¹∇f")
      .rule("diagonal preconditioning: xᵢ ← xᵢ − η·∂f/∂xᵢ / |∂²f/∂xᵢ²| (a coordinate of zero curvature: unscaled)")
      .defaultEta(1)
      .needsHessian()
      .onPaper(DiagonalPreconditioning::onPaper)
      .creates((f, eta, k, seed) -> new DiagonalPreconditioning(f.dimension(), eta));

  private final double[][] hessian;

  public DiagonalPreconditioning(int dimension, double eta) {
    this.eta = eta;
    this.hessian = new double[dimension][dimension];
  }

  @Override
  public double step(Objective f, double[] x, double[] g) {
    f.hessian(x, hessian);
    for (int i = 0; i < x.length; i++) {
      double scale = Math.abs(hessian[i][i]);
      x[i] -= eta * g[i] / (scale == 0 ? 1 : scale);
    }
    return eta;
  }

  /** x₁ = x₀ − η·∇f(x₀)/|diag H| with the numbers (a zero curvature divides by 1). */
  private static String onPaper(StepOnPaper s) {
    double[][] h = s.hessian();
    double[] diag = new double[s.dimension()];
    for (int i = 0; i < diag.length; i++) {
      diag[i] = Math.abs(h[i][i]) == 0 ? 1 : Math.abs(h[i][i]);
    }
    return s.next() + " = " + s.previous() + " − η·∇f(" + s.previous() + ")/|diag H|"
        + "\n   = " + HandWriting.vector(s.before()) + " − " + HandWriting.product(s.eta(), HandWriting.operand(s.gradient()))
        + "/" + HandWriting.operand(diag) + "\n   = " + HandWriting.vector(s.after());
  }
}
