package gdviz.model.optim;

import gdviz.model.Objective;
import gdviz.model.method.Method;

/** Nesterov's accelerated gradient: v ← β·v + ∇f(x − η·β·v), x ← x − η·v. */
public final class Nesterov implements StepSized {
  public static final Method METHOD = Method.named("nesterov",
          "momentum with the gradient at the look-ahead point")
      .rule("Nesterov: v ← β·v + ∇f(x − η·β·v), x ← x − η·v")
      .knobs(Momentum.BETA)
      .creates((f, eta, k, seed) -> new Nesterov(f.dimension(), eta, k.real(Momentum.BETA)));

  private double eta;
  private final double beta;
  private final double[] velocity;
  private final double[] lookahead;
  private final double[] lookaheadGradient;

  public Nesterov(int dimension, double eta, double beta) {
    this.eta = eta;
    this.beta = beta;
    this.velocity = new double[dimension];
    this.lookahead = new double[dimension];
    this.lookaheadGradient = new double[dimension];
  }

  @Override
  public double step(Objective f, double[] x, double[] g) {
    for (int i = 0; i < x.length; i++) {
      lookahead[i] = x[i] - eta * beta * velocity[i];
    }
    f.gradient(lookahead, lookaheadGradient);
    for (int i = 0; i < x.length; i++) {
      velocity[i] = beta * velocity[i] + lookaheadGradient[i];
      x[i] -= eta * velocity[i];
    }
    return eta;
  }

  @Override
  public void setEta(double eta) {
    this.eta = eta;
  }
}
