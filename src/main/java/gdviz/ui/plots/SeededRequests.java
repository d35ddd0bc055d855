package gdviz.ui.plots;

import gdviz.engine.RunSpread;
import gdviz.engine.SeededRuns;
import gdviz.model.RunSetup;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;

/**
 * Many seeded runs computed in the background: when the selected run's setup or the count
 * changes, the old batch is cancelled and a new one started; when it is done the view is told
 * once (one hand-off to the FX thread). Runs are cut at {@link #MAX_STEPS} steps.
 */
final class SeededRequests {
  /** Each seeded run keeps its iterates: at most this many steps. */
  static final long MAX_STEPS = 20_000;

  private record Done(RunSetup setup, int count, RunSpread spread) {}

  private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "gdviz-seeded");
    t.setDaemon(true);
    t.setPriority(Thread.MIN_PRIORITY);
    return t;
  });
  private final AtomicReference<Done> done = new AtomicReference<>();
  private final Runnable onDone;
  private RunSetup requested;
  private int requestedCount;
  private AtomicBoolean cancel = new AtomicBoolean();

  /** @param onDone run on the FX thread when a batch is finished */
  SeededRequests(Runnable onDone) {
    this.onDone = onDone;
  }

  /** Asks for {@code count} runs of {@code setup} with consecutive seeds, unless those were asked for last. */
  void request(RunSetup setup, int count) {
    if (setup == requested && count == requestedCount) {
      return;
    }
    requested = setup;
    requestedCount = count;
    cancel.set(true);
    AtomicBoolean mine = new AtomicBoolean();
    cancel = mine;
    RunSetup capped = setup.steps() <= MAX_STEPS ? setup : new RunSetup(setup.label(), setup.objective(),
        setup.start(), setup.method(), setup.eta(), setup.knobs(), MAX_STEPS, setup.tolGrad(), setup.tolImprove(),
        setup.seed(), setup.maximize(), setup.parameterNames(), setup.schedule());
    worker.execute(() -> {
      var results = SeededRuns.run(SeededRuns.setups(capped, count, "seeded runs"), mine::get);
      if (results != null && !mine.get()) {
        done.set(new Done(setup, count, RunSpread.of(results)));
        Platform.runLater(onDone);
      }
    });
  }

  /** The newest finished batch for what was asked last, or null while it is computed. */
  RunSpread latest() {
    Done d = done.get();
    return d != null && d.setup() == requested && d.count() == requestedCount ? d.spread() : null;
  }
}
