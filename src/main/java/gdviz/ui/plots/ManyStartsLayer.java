package gdviz.ui.plots;

import gdviz.engine.ManyStartRuns;
import gdviz.engine.RunResult;
import gdviz.engine.Workers;
import gdviz.model.SetupException;
import gdviz.model.run.RunSetup;
import gdviz.plot.EndColours;
import gdviz.plot.PlotTheme;
import gdviz.plot.TrajectoryPainter;
import gdviz.ui.playback.Frame;
import java.util.List;

/**
 * The selected run from many starts (a grid or a ring about x*, {@link gdviz.model.run.Starts}),
 * when asked: each start's path drawn under the runs as far as the step shown, so the starts move
 * together as the run plays, coloured by where it ends (grey: diverged). Computed in the
 * background ({@link BackgroundWork}); until then, or when the starts named do not fit the
 * function, nothing is drawn and {@link #note} says why.
 */
final class ManyStartsLayer {
  /** How messages name the setting. */
  static final String WHERE = "many starts";

  private final BackgroundWork<ManyStartRuns> work;
  private ManyStartRuns shown;
  private String note = "";
  private List<Object> checked;
  private int count;
  private String problem;

  /**
   * @param workers where the runs are computed
   * @param onDone redraws the frame when the runs are done (on the FX thread)
   */
  ManyStartsLayer(Workers workers, Runnable onDone) {
    work = new BackgroundWork<>(workers, "gdviz-starts", true, onDone);
  }

  /** Asks for the frame's runs and picks the finished ones, if any; returns them (null: none to draw). */
  ManyStartRuns update(Frame frame, PlotOptions o) {
    shown = null;
    note = "";
    if (!o.manyStartsProperty().get()) {
      return null;
    }
    RunSetup setup = frame.selectedRun().setup();
    String spec = o.startsSpecProperty().get();
    List<Object> key = List.of(setup, spec);
    if (!key.equals(checked)) { // once per setup and starts, not in every frame
      checked = key;
      try {
        count = ManyStartRuns.setups(setup, spec, WHERE).size();
        problem = null;
      } catch (SetupException e) {
        problem = e.getMessage();
      }
    }
    if (problem != null) {
      note = problem;
      return null;
    }
    work.request(key, (cancelled, publish) -> publish.accept(
        ManyStartRuns.run(setup, spec, WHERE, cancelled)));
    shown = work.latest();
    note = shown == null ? "computing the run from " + count + " starts…" : shown.describe(setup.steps());
    return shown;
  }

  /**
   * Adds each start's path as far as the selected run is shown ({@code shown} iterates), in the
   * colour of where it ends, to {@code paths}.
   */
  void addPaths(List<FunctionPlotView.PathToDraw> paths, int shownIterates, PlotTheme theme, int xAxis, int yAxis) {
    if (shown == null) {
      return;
    }
    for (int i = 0; i < shown.runs().size(); i++) {
      RunResult r = shown.runs().get(i);
      int n = shown.shown(i, shownIterates);
      var options = new TrajectoryPainter.Options(n - 1, false, false, EndColours.of(shown.ends().place()[i], theme),
          false, xAxis, yAxis);
      paths.add(new FunctionPlotView.PathToDraw(new TrajectoryPath(r.trajectory(), n), options));
    }
  }

  /** The runs drawn now (null: none). */
  ManyStartRuns shown() {
    return shown;
  }

  /** Why nothing is drawn, or what is ("" when the layer is off). */
  String note() {
    return note;
  }
}
