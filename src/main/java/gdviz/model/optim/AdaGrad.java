package gdviz.model.optim;

import gdviz.model.Objective;

/** s ← s + g², x ← x − η·g / √(s + ε), per coordinate. */
public final class AdaGrad implements Optimizer {
  private final double eta;
  private final double eps;
  private final double[] squares;

  public AdaGrad(int dimension, double eta, double eps) {
    this.eta = eta;
    this.eps = eps;
    this.squares = new double[dimension];
  }

  @Override
  public double step(Objective f, double[] x, double[] g) {
    for (int i = 0; i < x.length; i++) {
      squares[i] += g[i] * g[i];
      x[i] -= eta * g[i] / Math.sqrt(squares[i] + eps);
    }
    return eta;
  }
}
