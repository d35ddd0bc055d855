package gdviz.model.optim;

import gdviz.model.Objective;
import gdviz.model.method.Method;

/**
 * AMSGrad (Reddi, Kale &amp; Kumar): Adam's squared-gradient average replaced by its running maximum,
 * so a step size never grows back: v̂ ← max(v̂, v), x ← x − η·m/(√v̂ + ε).
 */
public final class AmsGrad implements StepSized {
  public static final Method METHOD = Method.named("amsgrad", "Adam whose step never grows back: v̂ ← max(v̂, v)")
      .rule("AMSGrad: m ← β₁·m + (1 − β₁)·g, v ← β₂·v + (1 − β₂)·g², v̂ ← max(v̂, v), x ← x − η·m/(√v̂ + ε)")
      .knobs(Adam.BETA1, Adam.BETA2, Adam.EPS)
      .creates((f, eta, k, seed) -> new AmsGrad(f.dimension(), eta, k.real(Adam.BETA1), k.real(Adam.BETA2),
          k.real(Adam.EPS)));

  private double eta;
  private final double beta1;
  private final double beta2;
  private final double eps;
  private final double[] m;
  private final double[] v;
  private final double[] vMax;

  public AmsGrad(int dimension, double eta, double beta1, double beta2, double eps) {
    this.eta = eta;
    this.beta1 = beta1;
    this.beta2 = beta2;
    this.eps = eps;
    this.m = new double[dimension];
    this.v = new double[dimension];
    this.vMax = new double[dimension];
  }

  @Override
  public double step(Objective f, double[] x, double[] g) {
    for (int i = 0; i < x.length; i++) {
      m[i] = beta1 * m[i] + (1 - beta1) * g[i];
      v[i] = beta2 * v[i] + (1 - beta2) * g[i] * g[i];
      vMax[i] = Math.max(vMax[i], v[i]);
      x[i] -= eta * m[i] / (Math.sqrt(vMax[i]) + eps);
    }
    return eta;
  }

  @Override
  public void setEta(double eta) {
    this.eta = eta;
  }
}
