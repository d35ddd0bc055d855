package gdviz.model.optim;

import gdviz.model.method.Knob;
import gdviz.model.method.Method;
import gdviz.model.method.Sketch;
import gdviz.model.method.StepSized;
import gdviz.model.objective.Objective;

/**
 * m ← β₁·m + (1 − β₁)·g, v ← β₂·v + (1 − β₂)·g², bias-corrected m̂ = m/(1 − β₁ᵗ),
 * v̂ = v/(1 − β₂ᵗ), x ← x − η·m̂/(√v̂ + ε).
 */
public final class Adam extends StepSized {
  public static final Knob BETA1 = Knob.real("beta1", "β₁", 0.9, 0, 1, "averaging of the gradient (momentum)")
      .excluding(false, true).slider(Knob.Scale.LINEAR, 0, 0.99);
  public static final Knob BETA2 = Knob.real("beta2", "β₂", 0.999, 0, 1, "averaging of the squared gradient")
      .excluding(false, true).slider(Knob.Scale.LOG_ONE_MINUS, 0.9, 0.9999);
  static final Knob EPS = AdaGrad.EPS.withDefault(1e-8);
  public static final Method METHOD = Method.named("adam", "momentum + RMSProp with bias correction")
      .rule("Adam: m ← β₁·m + (1 − β₁)·g, v ← β₂·v + (1 − β₂)·g², x ← x − η·m̂/(√v̂ + ε) with m̂ = m/(1 − β₁ᵗ),"
          + " v̂ = v/(1 − β₂ᵗ) at step t")
      .sameAs("torch.optim.Adam(lr=η, betas=(β₁, β₂), eps=ε)")
      .sketched()
      .knobs(BETA1, BETA2, EPS)
      .creates((f, eta, k, seed) -> new Adam(f.dimension(), eta, k.real(BETA1), k.real(BETA2), k.real(EPS)));

  private final double beta1;
  private final double beta2;
  private final double eps;
  private final double[] m;
  private final double[] v;
  private double beta1Power = 1;
  private double beta2Power = 1;

  public Adam(int dimension, double eta, double beta1, double beta2, double eps) {
    this.eta = eta;
    this.beta1 = beta1;
    this.beta2 = beta2;
    this.eps = eps;
    this.m = new double[dimension];
    this.v = new double[dimension];
  }

  @Override
  public double step(Objective f, double[] x, double[] g) {
    beta1Power *= beta1;
    beta2Power *= beta2;
    for (int i = 0; i < x.length; i++) {
      m[i] = beta1 * m[i] + (1 - beta1) * g[i];
      v[i] = beta2 * v[i] + (1 - beta2) * g[i] * g[i];
      double mHat = m[i] / (1 - beta1Power);
      double vHat = v[i] / (1 - beta2Power);
      x[i] -= eta * mHat / (Math.sqrt(vHat) + eps);
    }
    return eta;
  }

  /** From x: plain gd's −η∇f, the step Adam takes next, and the box of its per-coordinate step sizes η/(√v̂ + ε). */
  @Override
  public Sketch sketch(Objective f, double[] x, double[] g) {
    double p1 = beta1Power * beta1;
    double p2 = beta2Power * beta2;
    double[] size = new double[x.length];
    double[] step = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      double mHat = (beta1 * m[i] + (1 - beta1) * g[i]) / (1 - p1);
      double vHat = (beta2 * v[i] + (1 - beta2) * g[i] * g[i]) / (1 - p2);
      size[i] = eta / (Math.sqrt(vHat) + eps);
      step[i] = -size[i] * mHat;
    }
    return Adaptive.sketch(x, g, eta, size, step, "Adam");
  }

}
