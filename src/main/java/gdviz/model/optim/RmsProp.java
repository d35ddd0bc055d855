package gdviz.model.optim;

import gdviz.model.method.Knob;
import gdviz.model.method.Method;
import gdviz.model.method.Sketch;
import gdviz.model.method.StepSized;
import gdviz.model.objective.Objective;

/** s ← γ·s + (1 − γ)·g², x ← x − η·g / √(s + ε), per coordinate. */
public final class RmsProp extends StepSized {
  public static final Knob GAMMA = Knob.real("gamma", "γ", 0.9, 0, 1,
      "how much of the squared-gradient average is kept per step").excluding(false, true)
      .slider(Knob.Scale.LINEAR, 0, 0.999);
  public static final Method METHOD = Method.named("rmsprop", "leaky squared-gradient average")
      .rule("RMSProp: s ← γ·s + (1 − γ)·g², x ← x − η·g/√(s + ε) (ε inside the root), s₀ = 0")
      .sameAs("torch.optim.RMSprop(lr=η, alpha=γ, eps=ε) puts ε outside the root, η·g/(√s + ε)")
      .sketched()
      .knobs(GAMMA, AdaGrad.EPS)
      .creates((f, eta, k, seed) -> new RmsProp(f.dimension(), eta, k.real(GAMMA), k.real(AdaGrad.EPS)));

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

  /** From x: plain gd's −η∇f, the step RMSProp takes, and the box of its per-coordinate step sizes. */
  @Override
  public Sketch sketch(Objective f, double[] x, double[] g) {
    double[] size = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      size[i] = eta / Math.sqrt(gamma * squares[i] + (1 - gamma) * g[i] * g[i] + eps);
    }
    return Adaptive.sketch(x, g, eta, size, Adaptive.scaled(size, g), "RMSProp");
  }

}
