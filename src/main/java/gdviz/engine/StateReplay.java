package gdviz.engine;

import gdviz.model.method.Optimizer;
import gdviz.model.method.Sketch;
import gdviz.model.objective.Objective;
import gdviz.model.run.RunSetup;

/**
 * A method's state at any iterate of a run, for the views to draw (Nelder–Mead's simplex, BFGS's
 * ellipse): the run is deterministic (seeded), so replaying its first k steps with a fresh
 * optimizer gives the very state the run had — without the run keeping a state per iterate.
 * Moving forward continues the replay; moving back starts it again.
 */
public final class StateReplay {
  /** Farther than this is not replayed on the screen's thread (a few milliseconds at most). */
  public static final int MAX_STEPS = 200_000;

  private final RunSetup setup;
  private final Objective f;
  private Optimizer optimizer;
  private double[] x;
  private double[] g;
  private int at = -1;

  public StateReplay(RunSetup setup) {
    this.setup = setup;
    this.f = setup.descended();
  }

  public RunSetup setup() {
    return setup;
  }

  /** The method's sketch after step k (none at the start, or beyond {@link #MAX_STEPS}). */
  public Sketch at(int k) {
    if (k <= 0 || k > MAX_STEPS || !setup.method().sketched()) {
      return Sketch.NONE;
    }
    if (k < at || optimizer == null) {
      optimizer = setup.newOptimizer(f);
      x = setup.start();
      g = new double[x.length];
      f.gradient(x, g);
      at = 0;
    }
    try {
      while (at < k) {
        optimizer.step(f, x, g);
        f.gradient(x, g);
        at++;
      }
    } catch (RuntimeException e) {
      optimizer = null;
      return Sketch.NONE;
    }
    return optimizer.sketch(f, x.clone(), g.clone());
  }
}
