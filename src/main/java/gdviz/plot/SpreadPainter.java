package gdviz.plot;

import gdviz.engine.RunResult;
import gdviz.engine.RunSpread;
import gdviz.engine.Trajectory;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;

/**
 * Many seeded runs in the function plot, under the run's own path: each run faintly up to step
 * k, their mean path (dashed) and the ellipse of two standard deviations of their points at step
 * k, with a line saying what is drawn.
 */
public final class SpreadPainter {
  /** The ellipse's half-axes in standard deviations. */
  public static final double SIGMAS = 2;
  private static final BasicStroke FAINT = new BasicStroke(1f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
  private static final BasicStroke MEAN = new BasicStroke(2.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f,
      new float[] {7f, 4f}, 0f);
  /** Under the mean path and the ellipse, in the page's colour: they stay visible on any heat map colour. */
  private static final BasicStroke HALO = new BasicStroke(4.6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);

  private SpreadPainter() {}

  /** What to draw: the runs' spread, up to step k, in the plane of coordinates (xAxis, yAxis). */
  public record Picture(RunSpread spread, int k, Color colour, int xAxis, int yAxis) {}

  /** What was drawn, for tests: the ellipse's centre and half-axes in pixels (NaN when none). */
  public record Drawn(double centreX, double centreY, double major, double minor, int paths) {}

  public static Drawn paint(Graphics2D g, Viewport v, Picture p) {
    RunSpread s = p.spread();
    int k = Math.max(0, Math.min(p.k(), s.length() - 1));
    int paths = runs(g, v, p, k);
    meanPath(g, v, p, k);
    Drawn drawn = ellipse(g, v, p, k, paths);
    String text = s.runs().size() + " seeded runs: mean path dashed, " + (int) SIGMAS + "σ ellipse at k = " + k
        + (s.escaped() > 0 ? "; " + s.escaped() + " diverged" : "");
    TextBlock.draw(g, PlotStyle.TICK_FONT, text, v.left() + 8, v.top() + 6, v.width() - 16, PlotTheme.of(g).ink());
    return drawn;
  }

  /** Each run up to step k, faint, a point per pixel moved; how many were drawn. */
  private static int runs(Graphics2D g, Viewport v, Picture p, int k) {
    Color faint = new Color(p.colour().getRed(), p.colour().getGreen(), p.colour().getBlue(), 90);
    g.setColor(faint);
    g.setStroke(FAINT);
    int paths = 0;
    for (RunResult r : p.spread().runs()) {
      Trajectory t = r.trajectory();
      int last = Math.min(k, t.size() - 1);
      Path2D.Double path = new Path2D.Double();
      double px = Double.NaN;
      double py = Double.NaN;
      for (int i = 0; i <= last; i++) {
        double x = v.toPixelX(t.x(i, p.xAxis()));
        double y = v.toPixelY(t.x(i, p.yAxis()));
        if (!Double.isFinite(x) || !Double.isFinite(y) || Math.abs(x) > 1e6 || Math.abs(y) > 1e6) {
          break; // a diverged run leaves the plot
        }
        if (i == 0) {
          path.moveTo(x, y);
        } else if (Math.abs(x - px) + Math.abs(y - py) >= 1 || i == last) {
          path.lineTo(x, y);
        } else {
          continue;
        }
        px = x;
        py = y;
      }
      g.draw(path);
      paths++;
    }
    return paths;
  }

  /** The mean point's path up to step k, dashed over a halo. */
  private static void meanPath(Graphics2D g, Viewport v, Picture p, int k) {
    RunSpread s = p.spread();
    Path2D.Double mean = new Path2D.Double();
    boolean started = false;
    for (int i = 0; i <= k; i++) {
      double x = v.toPixelX(s.mean(i, p.xAxis()));
      double y = v.toPixelY(s.mean(i, p.yAxis()));
      if (!Double.isFinite(x) || !Double.isFinite(y)) {
        continue;
      }
      if (started) {
        mean.lineTo(x, y);
      } else {
        mean.moveTo(x, y);
        started = true;
      }
    }
    g.setColor(PlotTheme.of(g).paper());
    g.setStroke(HALO);
    g.draw(mean);
    g.setColor(PlotTheme.of(g).ink());
    g.setStroke(MEAN);
    g.draw(mean);
  }

  /** The 2σ ellipse of the runs' points at step k, from their covariance in pixels; what was drawn. */
  private static Drawn ellipse(Graphics2D g, Viewport v, Picture p, int k, int paths) {
    RunSpread s = p.spread();
    double[] c = s.covariance(k, p.xAxis(), p.yAxis());
    double cx = s.mean(k, p.xAxis());
    double cy = s.mean(k, p.yAxis());
    if (!Double.isFinite(cx) || !Double.isFinite(cy)) {
      return new Drawn(Double.NaN, Double.NaN, Double.NaN, Double.NaN, paths);
    }
    // the covariance in pixels (y grows downwards), then its eigen-decomposition
    double sx = v.width() / (v.xMax() - v.xMin());
    double sy = -v.height() / (v.yMax() - v.yMin());
    double a = c[0] * sx * sx;
    double b = c[1] * sx * sy;
    double d = c[2] * sy * sy;
    double mid = (a + d) / 2;
    double root = Math.sqrt(Math.max(0, (a - d) * (a - d) / 4 + b * b));
    double major = SIGMAS * Math.sqrt(Math.max(0, mid + root));
    double minor = SIGMAS * Math.sqrt(Math.max(0, mid - root));
    double angle = 0.5 * Math.atan2(2 * b, a - d);
    double px = v.toPixelX(cx);
    double py = v.toPixelY(cy);
    AffineTransform saved = g.getTransform();
    g.translate(px, py);
    g.rotate(angle);
    Ellipse2D.Double ellipse = new Ellipse2D.Double(-major, -minor, 2 * major, 2 * minor);
    g.setColor(PlotTheme.of(g).paper());
    g.setStroke(HALO);
    g.draw(ellipse);
    g.setColor(PlotTheme.of(g).ink());
    g.setStroke(PlotStyle.PATH);
    g.draw(ellipse);
    g.setTransform(saved);
    return new Drawn(px, py, major, minor, paths);
  }

  /**
   * The seeded runs' 10–90 % band of f and its median (dashed) up to iterate {@code shown} − 1,
   * put under the runs' own losses (first in {@code losses}).
   */
  public static void addLosses(gdviz.engine.RunSpread spread, int shown, Color colour,
      gdviz.model.analysis.LossBaseline baseline, java.util.List<LossPainter.Series> losses) {
    int n = Math.min(spread.length(), Math.max(1, shown));
    Color fill = new Color(colour.getRed(), colour.getGreen(), colour.getBlue(), 50);
    losses.add(0, new LossPainter.Series(spread.p10Path().first(n), colour, -1, spread.p10Path(), baseline)
        .asBandEdge(fill));
    losses.add(1, new LossPainter.Series(spread.p90Path().first(n), colour, -1, spread.p90Path(), baseline)
        .asBandEdge(fill));
    losses.add(2, new LossPainter.Series(spread.medianPath().first(n), colour.darker(), -1, spread.medianPath(),
        baseline).asGuide());
  }

  /** What the loss plot says of the band. */
  public static String lossNote(gdviz.engine.RunSpread spread) {
    return "median of " + spread.runs().size() + " seeded runs (dashed), 10–90 % band";
  }
}
