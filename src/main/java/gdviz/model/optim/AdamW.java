package gdviz.model.optim;

import gdviz.model.method.Knob;
import gdviz.model.method.Method;
import gdviz.model.method.StepSized;
import gdviz.model.objective.Objective;

/**
 * Adam with decoupled weight decay (Loshchilov &amp; Hutter): the decay pulls x towards 0 beside the
 * adaptive step instead of being added to the gradient: x ← x − η·(m̂/(√v̂ + ε) + λ·x).
 */
public final class AdamW extends StepSized {
  public static final Knob WEIGHT_DECAY = Knob.real("weightDecay", "λ", 0.01, 0, Double.POSITIVE_INFINITY,
      "decoupled weight decay: how strongly each step pulls x towards 0").slider(Knob.Scale.LINEAR, 0, 0.5);
  public static final Method METHOD = Method.named("adamw", "Adam with decoupled weight decay λ")
      .rule("AdamW: m ← β₁·m + (1 − β₁)·g, v ← β₂·v + (1 − β₂)·g², x ← x − η·(m̂/(√v̂ + ε) + λ·x) with Adam's m̂, v̂"
          + " and the x before the step")
      .sameAs("torch.optim.AdamW(lr=η, betas=(β₁, β₂), eps=ε, weight_decay=λ)")
      .knobs(Adam.BETA1, Adam.BETA2, Adam.EPS, WEIGHT_DECAY)
      .creates((f, eta, k, seed) -> new AdamW(f.dimension(), eta, k.real(Adam.BETA1), k.real(Adam.BETA2),
          k.real(Adam.EPS), k.real(WEIGHT_DECAY)));

  private final double beta1;
  private final double beta2;
  private final double eps;
  private final double decay;
  private final double[] m;
  private final double[] v;
  private double beta1Power = 1;
  private double beta2Power = 1;

  public AdamW(int dimension, double eta, double beta1, double beta2, double eps, double decay) {
    this.eta = eta;
    this.beta1 = beta1;
    this.beta2 = beta2;
    this.eps = eps;
    this.decay = decay;
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
      x[i] -= eta * (mHat / (Math.sqrt(vHat) + eps) + decay * x[i]);
    }
    return eta;
  }

}
