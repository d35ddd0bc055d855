package gdviz.plot;

import gdviz.model.analysis.ConvergenceRate;
import gdviz.model.analysis.MomentumMap;
import gdviz.model.format.Numbers;
import gdviz.model.objective.Curvature;
import gdviz.model.objective.Objective;
import gdviz.plot.label.LabelPlacer;
import gdviz.plot.label.PlotLabels;
import gdviz.plot.label.RegionAnchors;
import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * The momentum map: the convergence rate R over learning rate η (log axis) and momentum β, in
 * viridis from fast (dark) to slow (yellow), grey where R ≥ 1 (divergence) with the R = 1 line
 * drawn, the regions labelled by what the slowest direction does, the best momentum pair marked,
 * and the current (η, β) as a handle.
 */
public final class MomentumMapPainter {
  public static final double ETA_MIN = 1e-4;
  public static final double ETA_MAX = 10;
  public static final double BETA_MAX = 0.999;
  /** Cells across and up: the map is computed at this resolution. */
  public static final int CELLS = 200;
  private static final int GREY = 0xFF8C8C8C;

  private MomentumMapPainter() {}

  /** The plot rectangle for this canvas size: η = 10^x, β = y. */
  public static Viewport viewport(double width, double height) {
    return PlotStyle.inside(new Viewport(Math.log10(ETA_MIN), Math.log10(ETA_MAX), 0, BETA_MAX, 0, 0, 1, 1), width,
        height);
  }

  /**
   * The map, its R = 1 line, region labels, the best pair and the axes (not the current point).
   *
   * @return the labels drawn, which the current point's label keeps clear of
   */
  public static List<PlotLabels.Placed> paintMap(Graphics2D g, FunctionPlotPainter.HeatMapDrawer heat,
      ConvergenceRate.Rule rule, Curvature c, double width, double height) {
    PlotStyle.smooth(g);
    Viewport v = viewport(width, height);
    MomentumMap map = new MomentumMap(rule, c);
    double[][] r = map.grid(ETA_MIN, ETA_MAX, BETA_MAX, CELLS, CELLS);
    int[] argb = new int[CELLS * CELLS];
    int[][] regions = new int[CELLS][CELLS];
    for (int j = 0; j < CELLS; j++) {
      int row = CELLS - 1 - j; // β grows upwards
      for (int i = 0; i < CELLS; i++) {
        double rate = r[j][i];
        argb[row * CELLS + i] = rate >= 1 || !Double.isFinite(rate) ? GREY : Palette.viridis(speed(rate));
        regions[row][i] = map.region(etaOf(v, i), BETA_MAX * j / (CELLS - 1)).ordinal();
      }
    }
    heat.draw(argb, CELLS, CELLS, v.left(), v.top(), v.width(), v.height());
    PlotLabels labels = new PlotLabels(v.left(), v.top(), v.width(), v.height());
    edge(g, v, map, labels.placer());
    double[] best = rule == ConvergenceRate.Rule.MOMENTUM ? ConvergenceRate.optimalMomentum(c.smallest(), c.largest())
        : null;
    if (best != null && best[0] >= ETA_MIN && best[0] <= ETA_MAX) {
      bestPair(g, v, best, labels);
    }
    labelRegions(g, v, regions, labels);
    labels.drawAll(g, PlotTheme.of(g).paper());
    List<NiceTicks.Tick> xTicks = new ArrayList<>();
    for (NiceTicks.Tick t : NiceTicks.logOf(ETA_MIN, ETA_MAX)) {
      xTicks.add(new NiceTicks.Tick(Math.log10(t.value()), t.label()));
    }
    AxesPainter.paint(g, v, xTicks, NiceTicks.of(0, BETA_MAX, 5), "learning rate η",
        (rule == ConvergenceRate.Rule.MOMENTUM ? "momentum" : "Nesterov") + " β", false);
    return labels.drawn();
  }

  private static double etaOf(Viewport v, int column) {
    return Math.pow(10, v.xMin() + (v.xMax() - v.xMin()) * column / (CELLS - 1));
  }

  /** The best momentum pair: a cross, its label beside it (placed first). */
  private static void bestPair(Graphics2D g, Viewport v, double[] best, PlotLabels labels) {
    double px = v.toPixelX(Math.log10(best[0]));
    double py = v.toPixelY(best[1]);
    g.setColor(PlotTheme.of(g).paper());
    g.setStroke(new BasicStroke(4f));
    g.draw(new Line2D.Double(px - 6, py - 6, px + 6, py + 6));
    g.draw(new Line2D.Double(px - 6, py + 6, px + 6, py - 6));
    g.setColor(Palette.VERMILLION);
    g.setStroke(new BasicStroke(2f));
    g.draw(new Line2D.Double(px - 6, py - 6, px + 6, py + 6));
    g.draw(new Line2D.Double(px - 6, py + 6, px + 6, py - 6));
    labels.placer().avoidPoint(px, py, 9);
    String pair = "η* = " + Numbers.compact(Numbers.round(best[0], 3)) + ", β* = "
        + Numbers.compact(Numbers.round(best[1], 3));
    labels.add(PlotLabels.Rank.MARKER, List.of("best: " + pair, pair, "best"), PlotStyle.NOTE_FONT,
        PlotTheme.of(g).ink(), px, py, 8);
  }

  /** Each region large enough to hold its name, named at its deepest cell, the name within the region. */
  private static void labelRegions(Graphics2D g, Viewport v, int[][] regions, PlotLabels labels) {
    double cellW = v.width() / (CELLS - 1);
    double cellH = v.height() / (CELLS - 1);
    int[] count = new int[MomentumMap.Region.values().length];
    for (int[] row : regions) {
      for (int k : row) {
        count[k]++;
      }
    }
    for (var e : RegionAnchors.deepest(regions, cellW, cellH).entrySet()) {
      if (count[e.getKey()] < 0.02 * CELLS * CELLS) {
        continue;
      }
      int region = e.getKey();
      double ax = v.left() + e.getValue()[1] * cellW;
      double ay = v.top() + e.getValue()[0] * cellH;
      labels.add(PlotLabels.Rank.GUIDE, List.of(MomentumMap.Region.values()[region].label()), PlotStyle.NOTE_FONT,
          PlotTheme.of(g).ink(), ax, ay, 0, box -> within(box, v, regions, region));
    }
  }

  /** Whether a label's corners and centre lie on cells of this region. */
  private static boolean within(Rectangle2D box, Viewport v, int[][] regions, int region) {
    double[][] points = {{box.getMinX(), box.getMinY()}, {box.getMaxX(), box.getMinY()}, {box.getMinX(),
        box.getMaxY()}, {box.getMaxX(), box.getMaxY()}, {box.getCenterX(), box.getCenterY()}};
    for (double[] p : points) {
      int col = (int) Math.round((p[0] - v.left()) / v.width() * (CELLS - 1));
      int row = (int) Math.round((p[1] - v.top()) / v.height() * (CELLS - 1));
      if (col < 0 || row < 0 || col >= CELLS || row >= CELLS || regions[row][col] != region) {
        return false;
      }
    }
    return true;
  }

  /** The current (η, β): a handle, and its rate beside it, clear of the map's labels; returns the rate's label. */
  public static PlotLabels.Placed paintPoint(Graphics2D g, ConvergenceRate.Rule rule, Curvature c, double eta, double beta,
      double width, double height, List<PlotLabels.Placed> mapLabels) {
    PlotStyle.smooth(g);
    Viewport v = viewport(width, height);
    double px = v.toPixelX(Math.log10(Math.max(ETA_MIN, Math.min(ETA_MAX, eta))));
    double py = v.toPixelY(Math.max(0, Math.min(BETA_MAX, beta)));
    g.setColor(PlotTheme.of(g).paper());
    g.fill(new Ellipse2D.Double(px - 7, py - 7, 14, 14));
    g.setColor(PlotTheme.of(g).ink());
    g.setStroke(new BasicStroke(2.2f));
    g.draw(new Ellipse2D.Double(px - 7, py - 7, 14, 14));
    double rate = new MomentumMap(rule, c).rate(eta, beta);
    String text = "R = " + Numbers.compact(Numbers.round(rate, 4)) + (rate >= 1 ? " (diverges)" : "");
    PlotLabels labels = new PlotLabels(v.left(), v.top(), v.width(), v.height());
    mapLabels.forEach(l -> labels.placer().avoid(l.box()));
    labels.placer().avoidPoint(px, py, 9);
    labels.add(PlotLabels.Rank.MARKER, text, PlotStyle.NOTE_FONT, PlotTheme.of(g).ink(), px, py, 6);
    labels.drawAll(g, PlotTheme.of(g).paper());
    return labels.drawn().get(0);
  }

  /**
   * Where a rate sits on the colour scale: by its digits of error gained per step, log10(1 − R),
   * from 1 (R = 0, yellow: one step) to 0 (R ≥ 0.999, dark: thousands of steps per digit).
   */
  static double speed(double rate) {
    return 1 - Math.max(0, Math.min(1, Math.log10(Math.max(1e-12, 1 - rate)) / -3));
  }

  /** The R = 1 line: marching squares over the map. */
  private static void edge(Graphics2D g, Viewport v, MomentumMap map, LabelPlacer avoid) {
    Objective surface = new Objective() {
      @Override
      public int dimension() {
        return 2;
      }

      @Override
      public double value(double[] p) {
        return map.rate(Math.pow(10, p[0]), p[1]);
      }

      @Override
      public void gradient(double[] x, double[] out) {
        throw new UnsupportedOperationException();
      }

      @Override
      public void hessian(double[] x, double[][] out) {
        throw new UnsupportedOperationException();
      }

      @Override
      public String description() {
        return "R(η, β)";
      }
    };
    FunctionGrid grid = new FunctionGrid(surface, v.xMin(), v.xMax(), v.yMin(), v.yMax(), CELLS, CELLS);
    g.setColor(PlotTheme.of(g).paper());
    g.setStroke(new BasicStroke(2.4f));
    for (MarchingSquares.Polyline line : MarchingSquares.contour(grid, 1.0)) {
      Path2D.Double p = new Path2D.Double();
      for (int k = 0; k < line.size(); k++) {
        double px = v.toPixelX(line.xs()[k]);
        double py = v.toPixelY(line.ys()[k]);
        if (k == 0) {
          p.moveTo(px, py);
        } else {
          avoid.avoidLine(p.getCurrentPoint().getX(), p.getCurrentPoint().getY(), px, py);
          p.lineTo(px, py);
        }
      }
      g.draw(p);
    }
  }
}
