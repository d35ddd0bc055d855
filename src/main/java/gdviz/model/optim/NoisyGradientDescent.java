package gdviz.model.optim;

import gdviz.model.Objective;
import java.util.Random;

/** Stochastic gradient descent as a model: x ← x − η·(∇f(x) + σ·ξ), ξ ~ N(0, I), seeded. */
public final class NoisyGradientDescent implements Optimizer {
  private final double eta;
  private final double sigma;
  private final Random random;

  public NoisyGradientDescent(double eta, double sigma, long seed) {
    this.eta = eta;
    this.sigma = sigma;
    this.random = new Random(seed);
  }

  @Override
  public double step(Objective f, double[] x, double[] g) {
    for (int i = 0; i < x.length; i++) {
      x[i] -= eta * (g[i] + sigma * random.nextGaussian());
    }
    return eta;
  }
}
