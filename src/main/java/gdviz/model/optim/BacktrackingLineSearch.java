package gdviz.model.optim;

import gdviz.model.Objective;

/**
 * Gradient descent whose step length is chosen per step by backtracking (Armijo): start at t = η
 * and halve t until f(x − t·g) ≤ f(x) − c·t·|g|², with c = 10⁻⁴.
 */
public final class BacktrackingLineSearch implements Optimizer {
  static final double SUFFICIENT_DECREASE = 1e-4;
  static final double SHRINK = 0.5;
  private static final int MAX_HALVINGS = 100;

  private final double initialStep;
  private final double[] trial;

  public BacktrackingLineSearch(int dimension, double initialStep) {
    this.initialStep = initialStep;
    this.trial = new double[dimension];
  }

  @Override
  public double step(Objective f, double[] x, double[] g) {
    double fx = f.value(x);
    double slope = 0;
    for (double gi : g) {
      slope += gi * gi;
    }
    double t = initialStep;
    for (int k = 0; k < MAX_HALVINGS; k++) {
      for (int i = 0; i < x.length; i++) {
        trial[i] = x[i] - t * g[i];
      }
      double ft = f.value(trial);
      if (ft <= fx - SUFFICIENT_DECREASE * t * slope) {
        break;
      }
      t *= SHRINK;
    }
    for (int i = 0; i < x.length; i++) {
      x[i] -= t * g[i];
    }
    return t;
  }
}
