package gdviz.model.optim;

import gdviz.model.Objective;

/** Heavy ball: v ← β·v + ∇f(x), x ← x − η·v. */
public final class Momentum implements Optimizer {
  private final double eta;
  private final double beta;
  private final double[] velocity;

  public Momentum(int dimension, double eta, double beta) {
    this.eta = eta;
    this.beta = beta;
    this.velocity = new double[dimension];
  }

  @Override
  public double step(Objective f, double[] x, double[] g) {
    for (int i = 0; i < x.length; i++) {
      velocity[i] = beta * velocity[i] + g[i];
      x[i] -= eta * velocity[i];
    }
    return eta;
  }
}
