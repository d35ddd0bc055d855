package gdviz.model.optim;

import gdviz.model.method.Knob;
import gdviz.model.method.Method;
import gdviz.model.method.Sketch;
import gdviz.model.method.StepSized;
import gdviz.model.objective.Objective;

/** s ← s + g², x ← x − η·g / √(s + ε), per coordinate. */
public final class AdaGrad extends StepSized {
  /** ε: keeps the division finite; each method that has one sets its own default. */
  public static final Knob EPS = Knob.real("eps", "ε", 1e-6, 0, Double.POSITIVE_INFINITY,
      "added under the square root so a zero gradient history does not divide by zero")
      .excluding(true, false).slider(Knob.Scale.LOG, 1e-12, 1e-1);
  public static final Method METHOD = Method.named("adagrad", "per-coordinate steps η/√(Σg² + ε)")
      .rule("AdaGrad: s ← s + g², x ← x − η·g/√(s + ε) (ε inside the root), s₀ = 0")
      .sameAs("torch.optim.Adagrad(lr=η, eps=ε) puts ε outside the root, η·g/(√s + ε)")
      .sketched()
      .knobs(EPS)
      .creates((f, eta, k, seed) -> new AdaGrad(f.dimension(), eta, k.real(EPS)));

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

  /** From x: plain gd's −η∇f, the step AdaGrad takes, and the box of its per-coordinate step sizes η/√(s + g² + ε). */
  @Override
  public Sketch sketch(Objective f, double[] x, double[] g) {
    double[] size = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      size[i] = eta / Math.sqrt(squares[i] + g[i] * g[i] + eps);
    }
    return Adaptive.sketch(x, g, eta, size, Adaptive.scaled(size, g), "AdaGrad");
  }

}
