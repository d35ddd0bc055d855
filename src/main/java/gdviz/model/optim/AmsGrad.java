package gdviz.model.optim;

import gdviz.model.method.Knob;
import gdviz.model.method.Method;
import gdviz.model.method.StepSized;
import gdviz.model.objective.Objective;

/**
 * AMSGrad (Reddi, Kale &amp; Kumar): Adam's squared-gradient average replaced by its running maximum,
 * so a step size never grows back. By default as torch.optim ({@code Adam(amsgrad=True)}) and
 * Keras compute it — m and the running maximum bias-corrected, in torch's order of operations:
 * x ← x − (η/(1 − β₁ᵗ))·m/(√v̂/√(1 − β₂ᵗ) + ε), v̂ = max(v̂, v). With bias correction off, the
 * paper's Algorithm 2: x ← x − η·m/(√v̂ + ε).
 */
public final class AmsGrad extends StepSized {
  public static final Knob BIAS_CORRECTION = Knob.flag("biasCorrection", "bias correction", true,
      "divide m by 1 − β₁ᵗ and v̂ by 1 − β₂ᵗ as torch.optim and Keras do (off: Reddi et al.'s Algorithm 2)");
  public static final Method METHOD = Method.named("amsgrad", "Adam whose step never grows back: v̂ ← max(v̂, v)")
      .rule("AMSGrad: m ← β₁·m + (1 − β₁)·g, v ← β₂·v + (1 − β₂)·g², v̂ ← max(v̂, v), "
          + "x ← x − η·m̂/(√(v̂/(1 − β₂ᵗ)) + ε) with m̂ = m/(1 − β₁ᵗ) (bias correction off: x ← x − η·m/(√v̂ + ε))")
      .sameAs("torch.optim.Adam(lr=η, betas=(β₁, β₂), eps=ε, amsgrad=True) (bias correction on)")
      .knobs(Adam.BETA1, Adam.BETA2, Adam.EPS, BIAS_CORRECTION)
      .creates((f, eta, k, seed) -> new AmsGrad(f.dimension(), eta, k.real(Adam.BETA1), k.real(Adam.BETA2),
          k.real(Adam.EPS), k.flag(BIAS_CORRECTION)));

  private final double beta1;
  private final double beta2;
  private final double eps;
  private final boolean corrected;
  private final double[] m;
  private final double[] v;
  private final double[] vMax;
  private double beta1Power = 1;
  private double beta2Power = 1;

  public AmsGrad(int dimension, double eta, double beta1, double beta2, double eps, boolean biasCorrection) {
    this.eta = eta;
    this.beta1 = beta1;
    this.beta2 = beta2;
    this.eps = eps;
    this.corrected = biasCorrection;
    this.m = new double[dimension];
    this.v = new double[dimension];
    this.vMax = new double[dimension];
  }

  @Override
  public double step(Objective f, double[] x, double[] g) {
    beta1Power *= beta1;
    beta2Power *= beta2;
    double stepSize = corrected ? eta / (1 - beta1Power) : eta;
    double root = corrected ? Math.sqrt(1 - beta2Power) : 1;
    for (int i = 0; i < x.length; i++) {
      m[i] = beta1 * m[i] + (1 - beta1) * g[i];
      v[i] = beta2 * v[i] + (1 - beta2) * g[i] * g[i];
      vMax[i] = Math.max(vMax[i], v[i]);
      double denominator = corrected ? Math.sqrt(vMax[i]) / root + eps : Math.sqrt(vMax[i]) + eps;
      x[i] -= stepSize * (m[i] / denominator);
    }
    return eta;
  }

}
