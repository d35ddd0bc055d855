package gdviz.ui.plots;

import gdviz.engine.RunSpread;
import gdviz.engine.SeededRuns;
import gdviz.engine.Workers;
import gdviz.model.run.RunSetup;
import java.util.Arrays;

/**
 * Many seeded runs computed in the background ({@link BackgroundWork}): when the selected run's
 * setup or the count changes, the old batch is cancelled and a new one started. Runs are cut at
 * {@link SeededRuns#MAX_DRAWN_STEPS} steps.
 */
final class SeededRequests {

  private final BackgroundWork<RunSpread> work;

  /** @param onDone run on the FX thread when a batch is finished */
  SeededRequests(Workers workers, Runnable onDone) {
    work = new BackgroundWork<>(workers, "gdviz-seeded", true, onDone);
  }

  /** Asks for {@code count} runs of {@code setup} with consecutive seeds, unless those were asked for last. */
  void request(RunSetup setup, int count) {
    work.request(Arrays.asList(setup, count), (cancelled, publish) -> {
      RunSpread spread = SeededRuns.spread(setup, count, "seeded runs", cancelled);
      if (spread != null) {
        publish.accept(spread);
      }
    });
  }

  /** The newest finished batch for what was asked last, or null while it is computed. */
  RunSpread latest() {
    return work.latest();
  }
}
