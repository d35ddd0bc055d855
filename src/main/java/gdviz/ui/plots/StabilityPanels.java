package gdviz.ui.plots;

import gdviz.engine.EtaSweep;
import gdviz.engine.Workers;
import gdviz.model.analysis.ConvergenceRate;
import gdviz.model.analysis.StepSizeBands;
import gdviz.model.objective.Curvature;
import gdviz.model.run.RunSetup;
import gdviz.plot.Palette;
import gdviz.plot.SweepPainter;
import gdviz.ui.playback.Frame;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;

/**
 * The stability lab's panels beside the loss, each shown when asked: the η sweep (computed in the
 * background when the setup changes, not when η does) and the momentum map.
 */
final class StabilityPanels {
  private final SweepView sweep = new SweepView();
  private final MomentumMapView momentumMap = new MomentumMapView();
  private final SweepRequests sweeps;
  private final javafx.collections.ObservableList<Node> row;
  private Frame lastFrame;
  private PlotOptions lastOptions;

  /**
   * @param row the plots under the function plot, where the loss (and the data) are ({@link PlotArrangement})
   * @param workers where the sweeps are computed
   */
  StabilityPanels(javafx.collections.ObservableList<Node> row, Workers workers) {
    this.sweeps = new SweepRequests(workers, this::sweepDone);
    this.row = row;
  }

  SweepView sweep() {
    return sweep;
  }

  MomentumMapView momentumMap() {
    return momentumMap;
  }

  void show(Frame frame, PlotOptions o, Curvature startCurvature) {
    lastFrame = frame;
    lastOptions = o;
    place(sweep, o.sweepProperty().get());
    place(momentumMap, o.momentumMapProperty().get());
    if (o.sweepProperty().get()) {
      sweeps.request(frame.runs().stream().map(Frame.RunFrame::setup).toList());
      drawSweep(frame, o);
    }
    if (o.momentumMapProperty().get()) {
      RunSetup s = frame.setup();
      ConvergenceRate.Setting rate = ConvergenceRate.of(s);
      momentumMap.show(rate == null ? null : rate.rule(), startCurvature, s.eta(), rate == null ? 0 : rate.beta());
    }
  }

  private void sweepDone() {
    if (lastFrame != null && lastOptions.sweepProperty().get()) {
      drawSweep(lastFrame, lastOptions);
    }
  }

  private void drawSweep(Frame frame, PlotOptions o) {
    List<List<EtaSweep.Point>> result = sweeps.latest();
    List<SweepPainter.Curve> curves = new ArrayList<>();
    if (result != null && result.size() == frame.runs().size()) {
      for (int i = 0; i < frame.runs().size(); i++) {
        Frame.RunFrame r = frame.runs().get(i);
        List<EtaSweep.Point> points = result.get(i);
        curves.add(new SweepPainter.Curve(r.label(), frame.compare() ? o.themeProperty().get().run(r.colour())
            : Palette.VERMILLION, points, r.setup().maximize() ? Double.NaN : r.setup().objective().minimumValue()));
      }
    }
    sweep.showCurves(curves, StepSizeBands.at(frame.setup().objective(), frame.setup().start()));
    sweep.showEta(frame.setup().eta());
  }

  private void place(Node panel, boolean shown) {
    boolean there = row.contains(panel);
    if (shown && !there) {
      row.add(panel);
    } else if (!shown && there) {
      row.remove(panel);
    }
  }
}
