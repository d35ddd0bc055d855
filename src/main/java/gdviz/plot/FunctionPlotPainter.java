package gdviz.plot;

import gdviz.model.analysis.IteratePath;
import gdviz.model.objective.Objective;
import gdviz.plot.label.PlotLabels;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;

/**
 * The function plot, whatever the surface: the background (axes with the curve in 1D; heat map,
 * contour lines and axes in 2D) and the overlay (each run's path, the marked point). The app
 * paints it on its canvases, the exporter on a PNG, SVG or GIF frame.
 */
public final class FunctionPlotPainter {
  private static final int CONTOUR_LEVELS = 16;

  private FunctionPlotPainter() {}

  /** Draws the heat map's pixels (row 0 at the top) stretched over a rectangle. */
  public interface HeatMapDrawer {
    void draw(int[] argb, int nx, int ny, double x, double y, double width, double height);
  }

  /** A path to draw with its options, and the reduction kept for it between frames. */
  public record Run(IteratePath path, TrajectoryPainter.Options options, PathReduction reduction) {
    public Run(IteratePath path, TrajectoryPainter.Options options) {
      this(path, options, new PathReduction());
    }
  }

  /** Heat maps drawn through Graphics2D (PNG, SVG, GIF). */
  public static HeatMapDrawer onto(Graphics2D g) {
    return (argb, nx, ny, x, y, w, h) -> {
      BufferedImage image = new BufferedImage(nx, ny, BufferedImage.TYPE_INT_ARGB);
      image.setRGB(0, 0, nx, ny, argb, 0, nx);
      g.drawImage(image, (int) Math.round(x), (int) Math.round(y), (int) Math.round(w), (int) Math.round(h), null);
    };
  }

  /**
   * @param shown the function as drawn: of one variable, or of two (a slice for more)
   * @param v the world rectangle in the canvas's plot rectangle
   */
  public static void paintBackground(Graphics2D g, HeatMapDrawer heat, Objective shown, Viewport v, String xTitle,
      String yTitle, double width, double height) {
    paintBackground(g, heat, shown, v, xTitle, yTitle, width, height, null);
  }

  /** As above, with the basin map in the heat map's place and its key ({@code basins} null: the heat map). */
  public static void paintBackground(Graphics2D g, HeatMapDrawer heat, Objective shown, Viewport v, String xTitle,
      String yTitle, double width, double height, gdviz.engine.BasinMap.Result basins) {
    AxesPainter.clear(g, width, height);
    if (shown.dimension() >= 2) {
      int nx = (int) Math.max(20, Math.min(320, v.width() / 2.5));
      int ny = (int) Math.max(20, Math.min(320, v.height() / 2.5));
      FunctionGrid grid = new FunctionGrid(shown, v, nx, ny);
      ContourLevels levels = ContourLevels.choose(grid, CONTOUR_LEVELS);
      // Nodes sit on the edges of the world rectangle: stretch half a cell beyond it, clipped to the frame.
      double cellW = v.width() / (nx - 1);
      double cellH = v.height() / (ny - 1);
      var clip = g.getClip();
      g.clip(new java.awt.geom.Rectangle2D.Double(v.left(), v.top(), v.width(), v.height()));
      if (basins == null) {
        heat.draw(HeatMap.pixels(grid, levels), nx, ny, v.left() - cellW / 2, v.top() - cellH / 2, v.width() + cellW,
            v.height() + cellH);
      } else { // cells centred in their squares: the map's rectangle edge to edge (it may lag a zoom)
        double x0 = v.toPixelX(basins.xMin());
        double y0 = v.toPixelY(basins.yMax());
        heat.draw(BasinPainter.pixels(basins, PlotTheme.of(g)), basins.nx(), basins.ny(), x0, y0,
            v.toPixelX(basins.xMax()) - x0, v.toPixelY(basins.yMin()) - y0);
      }
      g.setClip(clip);
      java.awt.Color ink = PlotTheme.of(g).ink();
      ContourPainter.paint(g, grid, levels, v, basins == null ? PlotTheme.of(g).contour()
          : new java.awt.Color(ink.getRed(), ink.getGreen(), ink.getBlue(), 90));
      AxesPainter.paint(g, v, xTitle, yTitle);
      if (basins != null) {
        BasinPainter.paintKey(g, v, basins);
      }
    } else {
      AxesPainter.paint(g, v, xTitle, yTitle);
      CurvePainter.paint(g, shown, v);
    }
  }

  /**
   * Points every 3 pixels along the drawn paths' segments, inside the plot only (a diverging run's
   * segments reach far beyond it): where a label would cover a path.
   */
  static double[] along(java.util.List<double[]> paths, Viewport v) {
    java.util.List<Double> out = new java.util.ArrayList<>();
    double right = v.left() + v.width();
    double bottom = v.top() + v.height();
    for (double[] p : paths) {
      for (int i = 0; i + 3 < p.length; i += 2) {
        double[] c = SegmentClipper.clip(p[i], p[i + 1], p[i + 2], p[i + 3], v.left(), v.top(), right, bottom);
        if (c == null) {
          continue;
        }
        double dx = c[2] - c[0];
        double dy = c[3] - c[1];
        int n = (int) Math.min(400, Math.max(1, Math.hypot(dx, dy) / 3));
        for (int k = 0; k <= n; k++) {
          out.add(c[0] + dx * k / n);
          out.add(c[1] + dy * k / n);
        }
      }
    }
    return out.stream().mapToDouble(Double::doubleValue).toArray();
  }

  /**
   * Paths (the selected one last, on top) and an optional marked point.
   *
   * @return what the selected run's path drew
   */
  public static TrajectoryPainter.Drawn paintOverlay(Graphics2D g, List<Run> runs, int selected, Viewport v,
      double[] marker, String markerLabel) {
    return paintOverlay(g, runs, selected, v, marker, markerLabel, null);
  }

  /** As above, with the eigen-directions drawn under the paths ({@code eigen} null: none). */
  public static TrajectoryPainter.Drawn paintOverlay(Graphics2D g, List<Run> runs, int selected, Viewport v,
      double[] marker, String markerLabel, EigenPainter.Axes eigen) {
    return paintOverlay(g, runs, selected, v, marker, markerLabel, eigen, null);
  }

  /** As above, with many seeded runs' spread drawn under the paths too ({@code spread} null: none). */
  public static TrajectoryPainter.Drawn paintOverlay(Graphics2D g, List<Run> runs, int selected, Viewport v,
      double[] marker, String markerLabel, EigenPainter.Axes eigen, SpreadPainter.Picture spread) {
    return paintOverlay(g, runs, selected, v, marker, markerLabel, eigen, spread,
        new PlotLabels(v.left(), v.top(), v.width(), v.height()));
  }

  /**
   * As above, every label on the plot (the arrows', the marker's, the eigen-directions') placed
   * by {@code labels} once the paths are drawn: clear of them and of each other.
   */
  public static TrajectoryPainter.Drawn paintOverlay(Graphics2D g, List<Run> runs, int selected, Viewport v,
      double[] marker, String markerLabel, EigenPainter.Axes eigen, SpreadPainter.Picture spread, PlotLabels labels) {
    if (eigen != null) {
      EigenPainter.paint(g, v, eigen, labels);
    }
    if (spread != null) {
      SpreadPainter.paint(g, v, spread);
    }
    TrajectoryPainter.Drawn drawn = new TrajectoryPainter.Drawn(new double[0], false);
    java.util.List<double[]> drawnPoints = new java.util.ArrayList<>();
    for (int i = 0; i <= runs.size(); i++) {
      int index = i < runs.size() ? (i == selected ? -1 : i) : selected;
      if (index < 0 || index >= runs.size() || runs.get(index).path().size() == 0) {
        continue;
      }
      Run r = runs.get(index);
      TrajectoryPainter.Drawn d = TrajectoryPainter.paint(g, r.path(), v, r.options(), r.reduction(), labels);
      drawnPoints.add(d.points());
      if (index == selected) {
        drawn = d;
      }
    }
    labels.placer().avoidPoints(along(drawnPoints, v), 3); // the segments between the points too
    if (marker != null) { // over the paths, its label beside them
      TrajectoryPainter.marker(g, v, marker[0], marker[1], markerLabel, labels);
    }
    labels.drawAll(g, PlotTheme.of(g).paper());
    return drawn;
  }
}
