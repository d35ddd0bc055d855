package gdviz.model.optim;

import gdviz.model.Objective;

/**
 * m ← β₁·m + (1 − β₁)·g, v ← β₂·v + (1 − β₂)·g², bias-corrected m̂ = m/(1 − β₁ᵗ),
 * v̂ = v/(1 − β₂ᵗ), x ← x − η·m̂/(√v̂ + ε).
 */
public final class Adam implements Optimizer {
  private final double eta;
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
}
