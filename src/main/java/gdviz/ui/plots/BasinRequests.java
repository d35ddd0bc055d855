package gdviz.ui.plots;

import gdviz.engine.BasinMap;
import gdviz.engine.Workers;
import gdviz.model.run.RunSetup;
import gdviz.plot.Viewport;
import java.util.Arrays;

/**
 * Basin maps computed in the background ({@link BackgroundWork}) for the function plot's
 * rectangle: when the setup (anything but the start point) or the rectangle changes, the old map
 * is cancelled and a new one computed — a coarse one first, shown at once, then the full one. Each
 * is handed to the FX
 * thread once. Each start runs the budget the rectangle's corners need
 * ({@link BasinMap#budgeted(RunSetup, double, double, double, double)}).
 */
final class BasinRequests {
  /** The coarse map has this many times fewer starts per row and per column. */
  private static final int COARSE = 8;

  private final BackgroundWork<BasinMap.Result> work;

  /** @param onDone run on the FX thread when a map (coarse or full) is ready */
  BasinRequests(Workers workers, Runnable onDone) {
    work = new BackgroundWork<>(workers, "gdviz-basins", true, onDone);
  }

  /** Asks for the map of this setup over the world rectangle of {@code v} unless it was asked for last. */
  void request(RunSetup setup, Viewport v) {
    RunSetup capped = BasinMap.budgeted(setup, v.xMin(), v.xMax(), v.yMin(), v.yMax());
    int columns = BasinMap.COLUMNS;
    int rows = BasinMap.rows(v.width(), v.height());
    work.request(key(setup, v), (cancelled, publish) -> {
      for (int divide : new int[] {COARSE, 1}) {
        BasinMap.Result r = BasinMap.compute(capped, v.xMin(), v.xMax(), v.yMin(), v.yMax(), columns / divide,
            Math.max(4, rows / divide), cancelled);
        if (r == null) {
          return;
        }
        publish.accept(r);
      }
    });
  }

  /** The newest map (coarse or full) of what was asked last, or null while the first is computed. */
  BasinMap.Result latest() {
    return work.latest();
  }

  /** What a map depends on: the setup but its start point, and the rectangle. */
  static String key(RunSetup s, Viewport v) {
    return System.identityHashCode(s.objective()) + "|" + s.method().id() + "|" + s.knobs() + "|" + s.eta() + "|"
        + s.steps() + "|" + s.seed() + "|" + s.schedule() + "|" + s.maximize() + "|" + s.tolGrad() + "|"
        + s.tolImprove() + "|" + Arrays.toString(new double[] {v.xMin(), v.xMax(), v.yMin(), v.yMax()});
  }
}
