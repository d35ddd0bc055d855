package gdviz.model.optim;

import gdviz.model.method.Method;
import gdviz.model.method.Sketch;
import gdviz.model.method.StepSized;
import gdviz.model.objective.Objective;
import java.util.List;

/** Nesterov's accelerated gradient: v ← β·v + ∇f(x − η·β·v), x ← x − η·v. */
public final class Nesterov extends StepSized {
  public static final Method METHOD = Method.named("nesterov",
          "momentum with the gradient at the look-ahead point")
      .rule("Nesterov: v ← β·v + ∇f(x − η·β·v), x ← x − η·v, v₀ = 0 (the point stored is x)")
      .sameAs("torch.optim.SGD(lr=η, momentum=β, nesterov=True) stores the look-ahead point x − η·β·v instead:"
          + " its iterates are the look-ahead points of these")
      .sketched()
      .knobs(Momentum.BETA)
      .creates((f, eta, k, seed) -> new Nesterov(f.dimension(), eta, k.real(Momentum.BETA)));

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

  /** From x: the velocity's part −ηβv to the look-ahead point, −η∇f there, and the step they add up to. */
  @Override
  public Sketch sketch(Objective f, double[] x, double[] g) {
    int n = x.length;
    double[] carried = new double[n];
    double[] ahead = new double[n];
    for (int i = 0; i < n; i++) {
      carried[i] = -eta * beta * velocity[i];
      ahead[i] = x[i] + carried[i];
    }
    double[] g2 = new double[n];
    f.gradient(ahead, g2);
    double[] gradient = new double[n];
    double[] step = new double[n];
    for (int i = 0; i < n; i++) {
      gradient[i] = -eta * g2[i];
      step[i] = carried[i] + gradient[i];
    }
    return new Sketch(List.of(), null, null, List.of(new Sketch.Arrow(x, carried, "−ηβv"),
        new Sketch.Arrow(ahead, gradient, "−η∇f(look-ahead)"), new Sketch.Arrow(x, step, "step")),
        "the next step: the velocity kept (−ηβv), then the gradient at the look-ahead point");
  }

}
