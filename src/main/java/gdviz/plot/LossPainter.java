package gdviz.plot;

import gdviz.model.IteratePath;
import java.awt.Graphics2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.List;

/**
 * f per iteration, on a linear axis or as f − f* on a log axis (f* the lowest value of the run,
 * so convergence shows as a straight line). Drawn as a per-pixel-column envelope, so a million
 * iterates cost as much as a thousand.
 */
public final class LossPainter {
  private LossPainter() {}

  /** One run's losses in its colour; {@code current} is ringed (−1: none). */
  public record Series(IteratePath path, java.awt.Color colour, int current) {}

  public static void paint(Graphics2D g, IteratePath p, double width, double height, boolean log, int current) {
    paint(g, java.util.List.of(new Series(p, Palette.VERMILLION, current)), width, height, log);
  }

  /** Several runs on shared axes; in log mode f* is the lowest value over all of them. */
  public static void paint(Graphics2D g, java.util.List<Series> series, double width, double height, boolean log) {
    AxesPainter.clear(g, width, height);
    int n = 0;
    double best = Double.POSITIVE_INFINITY;
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (Series s : series) {
      n = Math.max(n, s.path().size());
      for (int k = 0; k < s.path().size(); k++) {
        double f = s.path().value(k);
        if (Double.isFinite(f)) {
          best = Math.min(best, f);
        }
      }
    }
    for (Series s : series) {
      for (int k = 0; k < s.path().size(); k++) {
        double y = transform(s.path().value(k), best, log);
        if (Double.isFinite(y)) {
          lo = Math.min(lo, y);
          hi = Math.max(hi, y);
        }
      }
    }
    if (!(hi > lo)) {
      double mid = Double.isFinite(lo) ? lo : 0;
      lo = mid - 1;
      hi = mid + 1;
    }
    double pad = (hi - lo) * 0.06;
    double xMax = Math.max(1, n - 1);
    Viewport v = PlotStyle.inside(new Viewport(0, xMax, lo - pad, hi + pad, 0, 0, 1, 1), width, height);
    List<NiceTicks.Tick> yTicks = log ? NiceTicks.logOf(Math.pow(10, lo - pad), Math.pow(10, hi + pad))
        : NiceTicks.of(lo - pad, hi + pad, 5);
    String yTitle = log ? (series.size() > 1 ? "f − f*  (f* = lowest f of all runs)" : "f − f*  (f* = lowest f of the run)")
        : "f(xₖ)";
    AxesPainter.paint(g, v, NiceTicks.of(0, xMax, (int) Math.max(3, v.width() / 90)), yTicks, "iteration k",
        yTitle, log);
    var clip = g.getClip();
    g.clip(new Rectangle2D.Double(v.left(), v.top(), v.width(), v.height()));
    for (Series s : series) {
      drawSeries(g, s, v, best, log);
    }
    g.setClip(clip);
  }

  private static void drawSeries(Graphics2D g, Series s, Viewport v, double best, boolean log) {
    IteratePath p = s.path();
    int n = p.size();
    int current = s.current();
    Path2D.Double path = new Path2D.Double();
    boolean drawing = false;
    int column = Integer.MIN_VALUE;
    double colMin = 0;
    double colMax = 0;
    for (int k = 0; k < n; k++) {
      double y = transform(p.value(k), best, log);
      if (!Double.isFinite(y)) {
        continue;
      }
      double px = v.toPixelX(k);
      double py = v.toPixelY(y);
      int c = (int) px;
      if (drawing && c == column) {
        colMin = Math.min(colMin, py);
        colMax = Math.max(colMax, py);
        continue;
      }
      if (drawing) {
        path.lineTo(column, colMin);
        path.lineTo(column, colMax);
        path.lineTo(px, py);
      } else {
        path.moveTo(px, py);
        drawing = true;
      }
      column = c;
      colMin = py;
      colMax = py;
    }
    if (drawing) {
      path.lineTo(column, colMin);
      path.lineTo(column, colMax);
    }
    g.setColor(s.colour());
    g.setStroke(PlotStyle.PATH);
    g.draw(path);
    if (current >= 0 && current < n) {
      double y = transform(p.value(current), best, log);
      if (Double.isFinite(y)) {
        g.setColor(Palette.BLACK);
        g.draw(new java.awt.geom.Ellipse2D.Double(v.toPixelX(current) - 5, v.toPixelY(y) - 5, 10, 10));
      }
    }
  }

  private static double transform(double f, double best, boolean log) {
    if (!Double.isFinite(f)) {
      return Double.NaN;
    }
    if (!log) {
      return f;
    }
    double d = f - best;
    return d > 0 ? Math.log10(d) : Double.NaN;
  }
}
