package gdviz.ui.plots;

import gdviz.model.analysis.LossBaseline;
import gdviz.model.run.RunSetup;
import gdviz.plot.LossPainter;
import gdviz.plot.Palette;
import gdviz.ui.playback.Frame;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the loss plot draws of a frame: each run's f − f*, the selected run's theory, the seeded
 * runs' band, many starts' losses; its note says where those starts ended.
 */
final class LossDrawing {
  private final LossPlotView lossPlot;
  private final SeededRunsLayer seeded;
  private final ManyStartsLayer starts;
  private final Map<RunSetup, LossBaseline> baselines = new IdentityHashMap<>();

  LossDrawing(LossPlotView lossPlot, SeededRunsLayer seeded, ManyStartsLayer starts) {
    this.lossPlot = lossPlot;
    this.seeded = seeded;
    this.starts = starts;
  }

  /** The loss of every run shown, the selected run's theory (by direction, the bound) and seeded runs' band. */
  void draw(Frame frame, PlotOptions o) {
    List<LossPainter.Series> losses = new ArrayList<>();
    if (frame.selectedRun().visible()) { // many starts' losses under the runs', coloured by where they end
      var many = starts.shown();
      for (int i = 0; many != null && i < many.runs().size(); i++) {
        var t = many.runs().get(i).trajectory();
        losses.add(new LossPainter.Series(new TrajectoryPath(t, many.shown(i, frame.shown())),
            gdviz.plot.EndColours.of(many.ends().place()[i], o.themeProperty().get()), -1, t,
            baseline(frame.selectedRun().setup())));
      }
    }
    for (int i = 0; i < frame.runs().size(); i++) {
      Frame.RunFrame r = frame.runs().get(i);
      boolean selected = i == frame.selected();
      if (!r.visible()) {
        continue;
      }
      java.awt.Color colour = frame.compare() ? o.themeProperty().get().run(r.colour()) : Palette.VERMILLION;
      losses.add(new LossPainter.Series(new TrajectoryPath(r.trajectory(), r.shown()), colour,
          selected ? r.current() : -1, r.trajectory(), baseline(r.setup())));
    }
    String theory = "";
    if (frame.selectedRun().visible()) { // every run unticked: none of the selected run's theory either
      seeded.addLosses(losses, frame, frame.compare() ? o.themeProperty().get().run(frame.selectedRun().colour())
          : Palette.VERMILLION, baseline(frame.selectedRun().setup()));
      Frame.RunFrame r = frame.selectedRun();
      theory = gdviz.plot.LossTheory.add(r.setup(), r.trajectory(), r.shown(), o.lossByDirectionProperty().get(),
          o.lossBoundProperty().get(), o.themeProperty().get().ink(), losses, baseline(r.setup()));
    }
    lossPlot.setNote(String.join("; ", java.util.stream.Stream.of(theory, seeded.note(), starts.note())
        .filter(n -> !n.isEmpty()).toList()));
    lossPlot.show(losses, o.lossLogProperty().get(), !frame.finished());
  }

  /** f* of a run's function, worked out once per run (a quadratic's minimum takes an eigen-decomposition). */
  private LossBaseline baseline(RunSetup setup) {
    if (baselines.size() > 64) {
      baselines.clear();
    }
    return baselines.computeIfAbsent(setup, LossBaseline::of);
  }
}
