package gdviz.plot;

import gdviz.model.ConvergenceRate;
import gdviz.model.Curvature;
import gdviz.model.MomentumMap;
import gdviz.model.Numbers;
import gdviz.model.Objective;
import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

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

  /** The map, its R = 1 line, region labels, the best pair and the axes (not the current point). */
  public static void paintMap(Graphics2D g, FunctionPlotPainter.HeatMapDrawer heat, ConvergenceRate.Rule rule,
      Curvature c, double width, double height) {
    PlotStyle.smooth(g);
    Viewport v = viewport(width, height);
    MomentumMap map = new MomentumMap(rule, c);
    double[][] r = map.grid(ETA_MIN, ETA_MAX, BETA_MAX, CELLS, CELLS);
    int[] argb = new int[CELLS * CELLS];
    Map<MomentumMap.Region, double[]> centres = new EnumMap<>(MomentumMap.Region.class);
    for (int j = 0; j < CELLS; j++) {
      int row = CELLS - 1 - j; // β grows upwards
      for (int i = 0; i < CELLS; i++) {
        double rate = r[j][i];
        argb[row * CELLS + i] = rate >= 1 || !Double.isFinite(rate) ? GREY : Palette.viridis(speed(rate));
        double eta = Math.pow(10, v.xMin() + (v.xMax() - v.xMin()) * i / (CELLS - 1));
        double beta = BETA_MAX * j / (CELLS - 1);
        double[] sum = centres.computeIfAbsent(map.region(eta, beta), k -> new double[3]);
        sum[0] += Math.log10(eta);
        sum[1] += beta;
        sum[2]++;
      }
    }
    heat.draw(argb, CELLS, CELLS, v.left(), v.top(), v.width(), v.height());
    edge(g, v, map);
    List<Rectangle2D> placed = new ArrayList<>();
    double[] best = rule == ConvergenceRate.Rule.MOMENTUM ? ConvergenceRate.optimalMomentum(c.smallest(), c.largest())
        : null;
    if (best != null && best[0] >= ETA_MIN && best[0] <= ETA_MAX) {
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
      label(g, v, "best: η* = " + Numbers.compact(Numbers.round(best[0], 3)) + ", β* = "
          + Numbers.compact(Numbers.round(best[1], 3)), Math.log10(best[0]), best[1] - 0.07, placed);
    }
    for (var e : centres.entrySet()) {
      double[] s = e.getValue();
      if (s[2] >= 0.02 * CELLS * CELLS) {
        label(g, v, e.getKey().label(), s[0] / s[2], s[1] / s[2], placed);
      }
    }
    List<NiceTicks.Tick> xTicks = new ArrayList<>();
    for (NiceTicks.Tick t : NiceTicks.logOf(ETA_MIN, ETA_MAX)) {
      xTicks.add(new NiceTicks.Tick(Math.log10(t.value()), t.label()));
    }
    AxesPainter.paint(g, v, xTicks, NiceTicks.of(0, BETA_MAX, 5), "learning rate η",
        (rule == ConvergenceRate.Rule.MOMENTUM ? "momentum" : "Nesterov") + " β", false);
  }

  /** The current (η, β): a handle, and its rate. */
  public static void paintPoint(Graphics2D g, ConvergenceRate.Rule rule, Curvature c, double eta, double beta,
      double width, double height) {
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
    g.setFont(PlotStyle.NOTE_FONT);
    double w = g.getFontMetrics().stringWidth(text);
    double x = Math.max(v.left() + 2, Math.min(px + 10, v.left() + v.width() - w - 4));
    double y = Math.max(v.top() + 16, py - 10);
    g.setColor(PlotTheme.of(g).veil(215));
    g.fill(new Rectangle2D.Double(x - 3, y - 13, w + 6, 17));
    g.setColor(PlotTheme.of(g).ink());
    g.drawString(text, (float) x, (float) y);
  }

  /**
   * Where a rate sits on the colour scale: by its digits of error gained per step, log10(1 − R),
   * from 1 (R = 0, yellow: one step) to 0 (R ≥ 0.999, dark: thousands of steps per digit).
   */
  static double speed(double rate) {
    return 1 - Math.max(0, Math.min(1, Math.log10(Math.max(1e-12, 1 - rate)) / -3));
  }

  private static boolean overlaps(List<Rectangle2D> placed, double px, double py, double w) {
    Rectangle2D box = new Rectangle2D.Double(px - 3, py - 13, w + 6, 17);
    return placed.stream().anyMatch(box::intersects);
  }

  /** The R = 1 line: marching squares over the map. */
  private static void edge(Graphics2D g, Viewport v, MomentumMap map) {
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
          p.lineTo(px, py);
        }
      }
      g.draw(p);
    }
  }

  /** A label on a light box, moved down (or up) until it clears the labels placed before. */
  private static void label(Graphics2D g, Viewport v, String text, double x, double y, List<Rectangle2D> placed) {
    g.setFont(PlotStyle.NOTE_FONT);
    double w = g.getFontMetrics().stringWidth(text);
    double px = Math.max(v.left() + 3, Math.min(v.toPixelX(x) - w / 2, v.left() + v.width() - w - 3));
    double py = Math.max(v.top() + 15, Math.min(v.toPixelY(y), v.top() + v.height() - 5));
    for (int tries = 0; tries < 12 && overlaps(placed, px, py, w); tries++) {
      py = py + 19 > v.top() + v.height() - 5 ? py - 19 * (tries + 1) : py + 19;
    }
    placed.add(new Rectangle2D.Double(px - 3, py - 13, w + 6, 17));
    g.setColor(PlotTheme.of(g).veil(200));
    g.fill(new Rectangle2D.Double(px - 3, py - 13, w + 6, 17));
    g.setColor(PlotTheme.of(g).ink());
    g.drawString(text, (float) px, (float) py);
  }
}
