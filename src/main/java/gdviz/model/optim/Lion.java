package gdviz.model.optim;

import gdviz.model.method.Knob;
import gdviz.model.method.Method;
import gdviz.model.method.StepSized;
import gdviz.model.objective.Objective;

/**
 * Lion (Chen et al., "Symbolic Discovery of Optimization Algorithms"): every coordinate moves by
 * exactly η, in the direction of the sign of an interpolation between the momentum and the
 * gradient, and the paper's decoupled weight decay λ pulls x towards 0:
 * c = β₁·m + (1 − β₁)·g, x ← x − η·(sign(c) + λ·x); then m ← β₂·m + (1 − β₂)·g.
 */
public final class Lion extends StepSized {
  public static final Knob BETA2 = Knob.real("beta2", "β₂", 0.99, 0, 1, "averaging of the momentum kept")
      .excluding(false, true).slider(Knob.Scale.LOG_ONE_MINUS, 0.9, 0.9999);
  /** The paper's decoupled weight decay, off unless asked (AdamW's λ, another default). */
  static final Knob WEIGHT_DECAY = AdamW.WEIGHT_DECAY.withDefault(0.0);
  public static final Method METHOD = Method.named("lion", "steps of exactly η per coordinate, along the sign of momentum")
      .rule("Lion: c = β₁·m + (1 − β₁)·g, x ← x − η·(sign(c) + λ·x), m ← β₂·m + (1 − β₂)·g")
      .sameAs("— (not in torch.optim; lion-pytorch's Lion(lr=η, betas=(β₁, β₂), weight_decay=λ) multiplies x by"
          + " 1 − η·λ first: the same steps up to rounding)")
      .defaultEta(0.01)
      .knobs(Adam.BETA1, BETA2, WEIGHT_DECAY)
      .creates((f, eta, k, seed) -> new Lion(f.dimension(), eta, k.real(Adam.BETA1), k.real(BETA2),
          k.real(WEIGHT_DECAY)));

  private final double beta1;
  private final double beta2;
  private final double decay;
  private final double[] m;

  public Lion(int dimension, double eta, double beta1, double beta2, double decay) {
    this.eta = eta;
    this.beta1 = beta1;
    this.beta2 = beta2;
    this.decay = decay;
    this.m = new double[dimension];
  }

  @Override
  public double step(Objective f, double[] x, double[] g) {
    for (int i = 0; i < x.length; i++) {
      double c = beta1 * m[i] + (1 - beta1) * g[i];
      x[i] -= eta * (Math.signum(c) + decay * x[i]);
      m[i] = beta2 * m[i] + (1 - beta2) * g[i];
    }
    return eta;
  }

}
