package gdviz.model.optim;

import gdviz.model.method.Knob;
import gdviz.model.method.Method;
import gdviz.model.method.Sketch;
import gdviz.model.method.StepSized;
import gdviz.model.objective.Objective;
import java.util.List;

/** Heavy ball: v ← β·v + ∇f(x), x ← x − η·v. */
public final class Momentum extends StepSized {
  public static final Knob BETA = Knob.real("beta", "β", 0.9, 0, 1, "momentum: how much of the last velocity is kept")
      .excluding(false, true).slider(Knob.Scale.LINEAR, 0, 0.99);
  public static final Method METHOD = Method.named("momentum", "heavy ball: v ← β·v + ∇f, x ← x − η·v")
      .rule("momentum: v ← β·v + ∇f(x), x ← x − η·v, v₀ = 0")
      .sameAs("torch.optim.SGD(lr=η, momentum=β)")
      .sketched()
      .knobs(BETA)
      .creates((f, eta, k, seed) -> new Momentum(f.dimension(), eta, k.real(BETA)));

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

  /** From x: −η∇f, the velocity's part −ηβv, and the step they add up to. */
  @Override
  public Sketch sketch(Objective f, double[] x, double[] g) {
    int n = x.length;
    double[] gradient = new double[n];
    double[] carried = new double[n];
    double[] step = new double[n];
    for (int i = 0; i < n; i++) {
      gradient[i] = -eta * g[i];
      carried[i] = -eta * beta * velocity[i];
      step[i] = gradient[i] + carried[i];
    }
    return new Sketch(List.of(), null, null, List.of(new Sketch.Arrow(x, carried, "−ηβv"),
        new Sketch.Arrow(x, gradient, "−η∇f"), new Sketch.Arrow(x, step, "step")),
        "the next step: the velocity kept (−ηβv) plus the new gradient (−η∇f)");
  }

}
