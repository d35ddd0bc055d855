package gdviz.ui.plots;

import gdviz.engine.RunSpread;
import gdviz.engine.Workers;
import gdviz.model.analysis.LossBaseline;
import gdviz.plot.LossPainter;
import gdviz.plot.SpreadPainter;
import gdviz.ui.playback.Frame;
import java.awt.Color;
import java.util.List;

/**
 * Many seeded runs of the selected run, when asked and when its method draws on the seed: in the
 * function plot each run faintly with the mean path and the spread ellipse at the step shown; in
 * the loss plot the median of f and its 10–90 % band. Computed in the background
 * ({@link SeededRequests}); until then, and for methods without randomness, nothing is drawn
 * and {@link #note} says why.
 */
final class SeededRunsLayer {
  private final SeededRequests requests;
  private RunSpread spread;
  private String note = "";

  /**
   * @param workers where the runs are computed
   * @param onDone redraws the frame when a batch is done (on the FX thread)
   */
  SeededRunsLayer(Workers workers, Runnable onDone) {
    requests = new SeededRequests(workers, onDone);
  }

  /** Asks for the frame's batch and picks the finished one, if any; returns it (null: none to draw). */
  RunSpread update(Frame frame, PlotOptions o) {
    spread = null;
    note = "";
    if (!o.seededRunsProperty().get()) {
      return null;
    }
    var setup = frame.selectedRun().setup();
    if (!setup.method().random()) {
      note = "many seeded runs: " + setup.method().id() + " does not draw on the seed (try sgd, minibatch or shrinking)";
      return null;
    }
    requests.request(setup, o.seededCountProperty().get());
    spread = requests.latest();
    if (spread == null) {
      note = "computing " + o.seededCountProperty().get() + " seeded runs…";
    }
    return spread;
  }

  /** What the function plot draws for the frame's step (null: nothing). */
  SpreadPainter.Picture picture(Frame frame, Color colour, int xAxis, int yAxis) {
    return spread == null ? null : new SpreadPainter.Picture(spread, frame.current(), colour, xAxis, yAxis);
  }

  /** The band and the median, under the runs' own losses. */
  void addLosses(List<LossPainter.Series> losses, Frame frame, Color colour, LossBaseline baseline) {
    if (spread != null) {
      SpreadPainter.addLosses(spread, frame.current() + 1, colour, baseline, losses);
    }
  }

  /** Why nothing is drawn, or what is ("" when the layer is off). */
  String note() {
    return spread == null ? note : SpreadPainter.lossNote(spread);
  }
}
