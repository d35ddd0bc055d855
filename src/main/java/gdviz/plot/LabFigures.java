package gdviz.plot;

import gdviz.engine.EtaSweep;
import gdviz.model.analysis.ConvergenceRate;
import gdviz.model.analysis.LossBaseline;
import gdviz.model.analysis.StepSizeBands;
import gdviz.model.objective.Curvature;
import gdviz.model.run.RunSetup;
import java.util.ArrayList;
import java.util.List;

/**
 * The stability lab's plots placed as the window places them, for the command line's
 * {@code --view stability} and {@code --view momentum}: the function plot with its
 * eigen-directions on top; under it the loss with the bound its rate sets, the η sweep and (for
 * momentum and Nesterov) the momentum map. Each plot is the picture the window's plot paints.
 */
public final class LabFigures {
  /** The share of the height the function plot takes, as the window's first fold does. */
  private static final double FUNCTION_SHARE = 0.55;

  private LabFigures() {}

  /** The lab's plots for the figure's selected run, computed here (the sweep runs the setup at 200 rates). */
  public static ShownPlots stability(Figure f, Figures.RunData run, double width, double height) {
    RunSetup s = run.setup();
    List<ShownPlots.Plot> plots = new ArrayList<>();
    double upper = Math.round(height * FUNCTION_SHARE);
    EigenPainter.Axes eigen = EigenPainter.Axes.of(s.objective(), last(run));
    plots.add(new ShownPlots.Plot("function", 0, 0, width, upper, FigurePainter.functionPlot(f, 0, eigen)));
    List<ShownPlots.Plot> row = new ArrayList<>();
    row.add(new ShownPlots.Plot("loss", 0, 0, 0, 0, loss(f, run)));
    row.add(new ShownPlots.Plot("sweep", 0, 0, 0, 0, sweep(s)));
    if (momentumMap(s) != null) {
      row.add(new ShownPlots.Plot("momentum map", 0, 0, 0, 0, momentumMap(s)));
    }
    double each = Math.floor(width / row.size());
    for (int i = 0; i < row.size(); i++) {
      ShownPlots.Plot p = row.get(i);
      double w = i == row.size() - 1 ? width - each * i : each;
      plots.add(new ShownPlots.Plot(p.name(), each * i, upper, w, height - upper, p.picture()));
    }
    return new ShownPlots(width, height, plots);
  }

  /** The momentum map alone, the run's (η, β) on it; null when the setup has none (see {@link #whyNoMomentumMap}). */
  public static ShownPlots momentum(RunSetup s, double width, double height) {
    var map = momentumMap(s);
    return map == null ? null : new ShownPlots(width, height, List.of(new ShownPlots.Plot("momentum map", 0, 0,
        width, height, map)));
  }

  /** Why this setup has no momentum map, in a sentence; null when it has one. */
  public static String whyNoMomentumMap(RunSetup s) {
    return momentumMap(s) == null ? LabPictures.whyNoMomentumMap(curvature(s)) : null;
  }

  private static gdviz.plot.export.FigureFiles.Drawing momentumMap(RunSetup s) {
    ConvergenceRate.Setting rate = ConvergenceRate.of(s);
    Curvature c = curvature(s);
    if (rate == null || !LabPictures.hasMomentumMap(rate.rule(), c)) {
      return null;
    }
    return LabPictures.momentumMap(rate.rule(), c, s.eta(), rate.beta());
  }

  /** The curvature the momentum map is drawn for: at the start, as the window's map. */
  private static Curvature curvature(RunSetup s) {
    return Curvature.at(s.objective(), s.start());
  }

  /** The run's loss with the bound its rate sets (and its note), as the lab's loss plot shows it. */
  private static gdviz.plot.export.FigureFiles.Drawing loss(Figure f, Figures.RunData run) {
    Figure.Line line = f.runs().get(f.selected());
    LossBaseline baseline = LossBaseline.of(run.setup());
    return (g, width, height) -> {
      List<LossPainter.Series> series = new ArrayList<>();
      series.add(new LossPainter.Series(line.path(), PlotTheme.of(g).onPage(line.colour()), line.current(),
          line.whole(), baseline));
      String note = LossTheory.add(run.setup(), line.whole(), line.path().size(), false, true, PlotTheme.of(g).ink(),
          series, baseline);
      LabPictures.paintLoss(g, series, note, f.lossLog(), false, width, height);
    };
  }

  /** The η sweep of the setup, its η marked. */
  private static gdviz.plot.export.FigureFiles.Drawing sweep(RunSetup s) {
    List<EtaSweep.Point> points = EtaSweep.forView(s, () -> false);
    StepSizeBands bands = StepSizeBands.at(s.objective(), s.start());
    double minimum = s.maximize() ? Double.NaN : s.objective().minimumValue();
    return (g, width, height) -> LabPictures.sweep(List.of(new SweepPainter.Curve(s.label(),
        PlotTheme.of(g).onPage(Palette.VERMILLION), points, minimum)), bands, "", s.eta()).paint(g, width, height);
  }

  private static double[] last(Figures.RunData run) {
    int k = Math.max(0, run.path().size() - 1);
    double[] x = new double[run.path().dimension()];
    for (int i = 0; i < x.length; i++) {
      x[i] = run.path().x(k, i);
    }
    return x;
  }
}
