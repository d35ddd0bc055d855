package gdviz.model.optim;

import gdviz.model.method.Knob;
import gdviz.model.method.Method;
import gdviz.model.method.StepSized;
import gdviz.model.objective.Objective;

/**
 * s ← ρ·s + (1 − ρ)·g²; Δ ← √(u + ε)/√(s + ε)·g; x ← x − η·Δ; u ← ρ·u + (1 − ρ)·Δ².
 * The classic rule has no learning rate: η defaults to 1 and only scales the step.
 */
public final class Adadelta extends StepSized {
  public static final Knob RHO = Knob.real("rho", "ρ", 0.9, 0, 1,
      "how much of the running averages is kept per step").excluding(false, true).slider(Knob.Scale.LINEAR, 0, 0.999);
  private static final Knob EPS = AdaGrad.EPS.withDefault(1e-5);
  public static final Method METHOD = Method.named("adadelta",
          "RMSProp with unit-correcting steps; η scales the step")
      .rule("Adadelta: s ← ρ·s + (1 − ρ)·g², Δ = √(u + ε)/√(s + ε)·g, x ← x − η·Δ, u ← ρ·u + (1 − ρ)·Δ²")
      .sameAs("torch.optim.Adadelta(lr=η, rho=ρ, eps=ε)")
      .defaultEta(1)
      .knobs(RHO, EPS)
      .creates((f, eta, k, seed) -> new Adadelta(f.dimension(), eta, k.real(RHO), k.real(EPS)));

  private final double rho;
  private final double eps;
  private final double[] squares;
  private final double[] updates;

  public Adadelta(int dimension, double eta, double rho, double eps) {
    this.eta = eta;
    this.rho = rho;
    this.eps = eps;
    this.squares = new double[dimension];
    this.updates = new double[dimension];
  }

  @Override
  public double step(Objective f, double[] x, double[] g) {
    for (int i = 0; i < x.length; i++) {
      squares[i] = rho * squares[i] + (1 - rho) * g[i] * g[i];
      double delta = Math.sqrt(updates[i] + eps) / Math.sqrt(squares[i] + eps) * g[i];
      x[i] -= eta * delta;
      updates[i] = rho * updates[i] + (1 - rho) * delta * delta;
    }
    return eta;
  }

}
