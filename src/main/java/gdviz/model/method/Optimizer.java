package gdviz.model.method;

import gdviz.model.objective.Objective;

/**
 * One update rule with its own state (velocity, squared-gradient sums, …). A fresh instance per run.
 */
public interface Optimizer {
  /**
   * Moves {@code x} in place by one update.
   *
   * @param f the objective being minimized
   * @param x the current iterate, overwritten with the next one
   * @param gradient ∇f(x), computed by the caller; read only
   * @return the step size actually used (η, or what a line search or schedule chose)
   */
  double step(Objective f, double[] x, double[] gradient);

  /** True once the method's own stopping rule has fired (epochs done, no improvement for long). */
  default boolean finished() {
    return false;
  }

  /** What the method can show of its state after its last step (a simplex, an ellipse); none by default. */
  default Sketch sketch() {
    return Sketch.NONE;
  }

  /**
   * The same at the iterate x (where its last step led) with the gradient g there: methods whose
   * next step is built of parts (momentum's velocity and gradient, the adaptive methods'
   * per-coordinate step sizes) draw those parts from x. Nothing is changed.
   */
  default Sketch sketch(Objective f, double[] x, double[] g) {
    return sketch();
  }
}
