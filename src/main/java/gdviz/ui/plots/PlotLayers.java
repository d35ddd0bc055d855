package gdviz.ui.plots;

import gdviz.model.objective.Objective;
import gdviz.plot.FunctionPlotPainter;
import gdviz.plot.PathReduction;
import gdviz.plot.TrajectoryPainter;
import gdviz.plot.Viewport;
import java.util.ArrayList;
import java.util.List;

/**
 * What the two layers are painted from, taken at once: the function, its axes' titles, the basin
 * map, the paths, the marker, the eigen-directions and the seeded runs' spread (the last three
 * in two variables only).
 */
record PlotLayers(Objective shown, String xTitle, String yTitle, gdviz.engine.BasinMap.Result basins,
    List<FunctionPlotView.PathToDraw> paths, int selected, double[] marker, String markerLabel, gdviz.plot.EigenPainter.Axes eigen,
    gdviz.plot.SpreadPainter.Picture spread, List<double[]> guesses) {
  void paintBackground(java.awt.Graphics2D g, FunctionPlotPainter.HeatMapDrawer heat, Viewport v, double width, double height) {
    FunctionPlotPainter.paintBackground(g, heat, shown, v, xTitle, yTitle, width, height, basins);
  }

  /** The runs over the function; {@code reductions}: the window's per-path caches (a figure's are new). */
  TrajectoryPainter.Drawn paintOverlay(java.awt.Graphics2D g, List<PathReduction> reductions, Viewport v) {
    List<FunctionPlotPainter.Run> runs = new ArrayList<>();
    for (int i = 0; i < paths.size(); i++) {
      runs.add(new FunctionPlotPainter.Run(paths.get(i).path(), paths.get(i).options(),
          i < reductions.size() ? reductions.get(i) : new PathReduction()));
    }
    TrajectoryPainter.Drawn drawn = FunctionPlotPainter.paintOverlay(g, runs, selected, v, marker, markerLabel, eigen,
        spread);
    if (!guesses.isEmpty()) { // a lesson's guesses where the next iterate lands, numbered as the strip counts them
      gdviz.plot.label.PlotLabels labels = new gdviz.plot.label.PlotLabels(v.left(), v.top(), v.width(), v.height());
      for (int i = 0; i < guesses.size(); i++) {
        TrajectoryPainter.marker(g, v, guesses.get(i)[0], guesses.get(i)[1], "guess " + (i + 1), labels);
      }
      labels.drawAll(g, gdviz.plot.PlotTheme.of(g).paper());
    }
    return drawn;
  }

  /** A quadratic's axes at x*; another function's at the current iterate, local; null in 1D or beyond 2D. */
  static gdviz.plot.EigenPainter.Axes eigenAxes(gdviz.ui.playback.Frame frame) {
    return gdviz.plot.EigenPainter.Axes.of(frame.setup().descended(), frame.trajectory().x(Math.max(0, frame.current())));
  }

  /** The least-squares solution of a data set's loss in the plane drawn, or null. */
  static double[] closedForm(gdviz.ui.playback.Frame frame, int xAxis, int yAxis) {
    if (frame.setup().objective() instanceof gdviz.model.objective.DataObjective d && d.dimension() >= 2) {
      double[] exact = d.closedFormMinimizer();
      if (exact != null) {
        return new double[] {exact[xAxis], exact[yAxis]};
      }
    }
    return null;
  }
}
