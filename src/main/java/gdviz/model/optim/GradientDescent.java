package gdviz.model.optim;

import gdviz.model.Objective;

/** x ← x − η·∇f(x). */
public final class GradientDescent implements Optimizer {
  private final double eta;

  public GradientDescent(double eta) {
    this.eta = eta;
  }

  @Override
  public double step(Objective f, double[] x, double[] g) {
    for (int i = 0; i < x.length; i++) {
      x[i] -= eta * g[i];
    }
    return eta;
  }
}
