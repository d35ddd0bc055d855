package gdviz.model.optim;

import gdviz.model.Objective;

/** s ← γ·s + (1 − γ)·g², x ← x − η·g / √(s + ε), per coordinate. */
public final class RmsProp implements Optimizer {
  private final double eta;
  private final double gamma;
  private final double eps;
  private final double[] squares;

  public RmsProp(int dimension, double eta, double gamma, double eps) {
    this.eta = eta;
    this.gamma = gamma;
    this.eps = eps;
    this.squares = new double[dimension];
  }

  @Override
  public double step(Objective f, double[] x, double[] g) {
    for (int i = 0; i < x.length; i++) {
      squares[i] = gamma * squares[i] + (1 - gamma) * g[i] * g[i];
      x[i] -= eta * g[i] / Math.sqrt(squares[i] + eps);
    }
    return eta;
  }
}
