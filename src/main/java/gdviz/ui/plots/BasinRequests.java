package gdviz.ui.plots;

import gdviz.engine.BasinMap;
import gdviz.model.RunSetup;
import gdviz.plot.Viewport;
import java.util.Arrays;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;

/**
 * Basin maps computed in the background for the function plot's rectangle: when the setup
 * (anything but the start point) or the rectangle changes, the old map is cancelled and a new one
 * computed — a coarse one first, shown at once, then the full one. Each is handed to the FX
 * thread once. Each start runs the run's step budget, but at least {@link #MIN_STEPS} (where a
 * start ends up, not where it is after a short demonstration run) and at most {@link #MAX_STEPS}.
 */
final class BasinRequests {
  /** Starts across the full map; the coarse one has an eighth as many per row. */
  static final int COLUMNS = 256;
  static final long MIN_STEPS = 500;
  static final long MAX_STEPS = 1000;

  private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "gdviz-basins");
    t.setDaemon(true);
    t.setPriority(Thread.MIN_PRIORITY);
    return t;
  });
  private record Done(String key, BasinMap.Result map) {}

  private final AtomicReference<Done> done = new AtomicReference<>();
  private final Runnable onDone;
  private String requested = "";
  private AtomicBoolean cancel = new AtomicBoolean();

  /** @param onDone run on the FX thread when a map (coarse or full) is ready */
  BasinRequests(Runnable onDone) {
    this.onDone = onDone;
  }

  /** Asks for the map of this setup over the world rectangle of {@code v} unless it was asked for last. */
  void request(RunSetup setup, Viewport v) {
    String key = key(setup, v);
    if (key.equals(requested)) {
      return;
    }
    requested = key;
    cancel.set(true);
    AtomicBoolean mine = new AtomicBoolean();
    cancel = mine;
    RunSetup capped = BasinMap.budgeted(setup, MIN_STEPS, MAX_STEPS);
    int rows = (int) Math.max(32, Math.min(COLUMNS, Math.round(COLUMNS * v.height() / Math.max(1, v.width()))));
    worker.execute(() -> {
      for (int divide : new int[] {8, 1}) {
        BasinMap.Result r = BasinMap.compute(capped, v.xMin(), v.xMax(), v.yMin(), v.yMax(), COLUMNS / divide,
            Math.max(4, rows / divide), mine::get);
        if (r == null || mine.get()) {
          return;
        }
        done.set(new Done(key, r));
        Platform.runLater(onDone);
      }
    });
  }

  /** The newest map (coarse or full) of what was asked last, or null while the first is computed. */
  BasinMap.Result latest() {
    Done d = done.get();
    return d != null && d.key().equals(requested) ? d.map() : null;
  }

  /** What a map depends on: the setup but its start point, and the rectangle. */
  static String key(RunSetup s, Viewport v) {
    return System.identityHashCode(s.objective()) + "|" + s.method().id() + "|" + s.knobs() + "|" + s.eta() + "|"
        + s.steps() + "|" + s.seed() + "|" + s.schedule() + "|" + s.maximize() + "|" + s.tolGrad() + "|"
        + s.tolImprove() + "|" + Arrays.toString(new double[] {v.xMin(), v.xMax(), v.yMin(), v.yMax()});
  }
}
