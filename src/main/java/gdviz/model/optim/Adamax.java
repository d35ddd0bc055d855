package gdviz.model.optim;

import gdviz.model.method.Knob;
import gdviz.model.method.Method;
import gdviz.model.method.Sketch;
import gdviz.model.method.StepSized;
import gdviz.model.objective.Objective;

/**
 * Adam with the infinity norm (Kingma and Ba, section 7.1): m ← β₁·m + (1 − β₁)·g,
 * u ← max(β₂·u, |g| + ε), x ← x − (η/(1 − β₁ᵗ))·m/u. The step per coordinate is at most
 * η/(1 − β₁ᵗ), whatever the gradient's size.
 */
public final class Adamax extends StepSized {
  static final Knob BETA2 = Knob.real("beta2", "β₂", 0.999, 0, 1, "how slowly the largest recent |g| decays")
      .excluding(false, true).slider(Knob.Scale.LOG_ONE_MINUS, 0.9, 0.9999);
  public static final Method METHOD = Method.named("adamax", "Adam with the largest recent |g| in place of √v")
      .rule("Adamax: m ← β₁·m + (1 − β₁)·g, u ← max(β₂·u, |g| + ε), x ← x − (η/(1 − β₁ᵗ))·m/u at step t, m₀ = u₀ = 0")
      .sameAs("torch.optim.Adamax(lr=η, betas=(β₁, β₂), eps=ε)")
      .sketched()
      .knobs(Adam.BETA1, BETA2, Adam.EPS)
      .creates((f, eta, k, seed) -> new Adamax(f.dimension(), eta, k.real(Adam.BETA1), k.real(BETA2),
          k.real(Adam.EPS)));

  private final double beta1;
  private final double beta2;
  private final double eps;
  private final double[] m;
  private final double[] u;
  private double beta1Power = 1;

  public Adamax(int dimension, double eta, double beta1, double beta2, double eps) {
    this.eta = eta;
    this.beta1 = beta1;
    this.beta2 = beta2;
    this.eps = eps;
    this.m = new double[dimension];
    this.u = new double[dimension];
  }

  @Override
  public double step(Objective f, double[] x, double[] g) {
    beta1Power *= beta1;
    double rate = eta / (1 - beta1Power);
    for (int i = 0; i < x.length; i++) {
      m[i] = beta1 * m[i] + (1 - beta1) * g[i];
      u[i] = Math.max(beta2 * u[i], Math.abs(g[i]) + eps);
      x[i] -= rate * m[i] / u[i];
    }
    return eta;
  }

  /** From x: plain gd's −η∇f, the step Adamax takes next, and the box of its per-coordinate step sizes. */
  @Override
  public Sketch sketch(Objective f, double[] x, double[] g) {
    double rate = eta / (1 - beta1Power * beta1);
    double[] size = new double[x.length];
    double[] step = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      double next = Math.max(beta2 * u[i], Math.abs(g[i]) + eps);
      size[i] = rate / next;
      step[i] = -rate * (beta1 * m[i] + (1 - beta1) * g[i]) / next;
    }
    return Adaptive.sketch(x, g, eta, size, step, "Adamax");
  }
}
