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

  /** One run's losses in its colour; {@code current} is ringed (−1: none); the envelope is reused between frames. */
  public record Series(IteratePath path, java.awt.Color colour, int current, LossEnvelope envelope, int total) {
    public Series(IteratePath path, java.awt.Color colour, int current) {
      this(path, colour, current, new LossEnvelope(), path.size());
    }

    /** A run of {@code total} iterates so far, of which {@code path} shows the first ones. */
    public Series(IteratePath path, java.awt.Color colour, int current, int total) {
      this(path, colour, current, new LossEnvelope(), total);
    }
  }

  public static void paint(Graphics2D g, IteratePath p, double width, double height, boolean log, int current) {
    paint(g, java.util.List.of(new Series(p, Palette.VERMILLION, current)), width, height, log);
  }

  public static void paint(Graphics2D g, java.util.List<Series> series, double width, double height, boolean log) {
    paint(g, series, width, height, log, false);
  }

  /**
   * Several runs on shared axes; in log mode f* is the lowest value over all of them. While runs
   * are still {@code growing}, the iteration axis doubles as needed instead of following every new
   * iterate, so the per-column envelopes are rebuilt only a logarithmic number of times.
   */
  public static void paint(Graphics2D g, java.util.List<Series> series, double width, double height, boolean log,
      boolean growing) {
    AxesPainter.clear(g, width, height);
    int n = 0;
    for (Series s : series) {
      // the axis covers the runs' iterates so far, not just those shown yet: playback and a view
      // catching up then draw into a fixed axis, and the envelopes are extended, not rebuilt
      n = Math.max(n, Math.max(s.path().size(), s.total()));
    }
    double span = Math.max(1, n - 1);
    if (growing) {
      span = 16;
      while (span < n - 1) {
        span *= 2;
      }
    }
    Viewport frame = PlotStyle.inside(new Viewport(0, span, 0, 1, 0, 0, 1, 1), width, height);
    int columns = (int) Math.max(2, Math.ceil(frame.width()));
    double best = Double.POSITIVE_INFINITY;
    for (Series s : series) {
      s.envelope().update(s.path(), s.path().size(), span, columns);
      best = Math.min(best, s.envelope().best());
    }
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (Series s : series) {
      LossEnvelope e = s.envelope();
      for (int c = 0; c < e.columns(); c++) {
        for (double f : new double[] {e.low(c), e.high(c)}) {
          double y = transform(f, best, log);
          if (Double.isFinite(y)) {
            lo = Math.min(lo, y);
            hi = Math.max(hi, y);
          }
        }
      }
    }
    if (!(hi > lo)) {
      double mid = Double.isFinite(lo) ? lo : 0;
      lo = mid - 1;
      hi = mid + 1;
    }
    double pad = (hi - lo) * 0.06;
    List<NiceTicks.Tick> yTicks = log ? NiceTicks.logOf(Math.pow(10, lo - pad), Math.pow(10, hi + pad))
        : NiceTicks.of(lo - pad, hi + pad, 5);
    // long tick labels (a tiny span far from zero) widen the left margin instead of being cut off
    Viewport v = PlotStyle.inside(new Viewport(0, span, lo - pad, hi + pad, 0, 0, 1, 1), width, height,
        PlotStyle.leftMargin(g, yTicks));
    String yTitle = log ? (series.size() > 1 ? "f − f*  (f* = lowest f of all runs)" : "f − f*  (f* = lowest f of the run)")
        : "f(xₖ)";
    AxesPainter.paint(g, v, NiceTicks.of(0, span, (int) Math.max(3, v.width() / 90)), yTicks, "iteration k",
        yTitle, log);
    var clip = g.getClip();
    g.clip(new Rectangle2D.Double(v.left(), v.top(), v.width(), v.height()));
    for (Series s : series) {
      drawSeries(g, s, v, best, log);
    }
    g.setClip(clip);
  }

  /** The envelope as a line: each column's low and high joined to the next column's. */
  private static void drawSeries(Graphics2D g, Series s, Viewport v, double best, boolean log) {
    LossEnvelope e = s.envelope();
    Path2D.Double path = new Path2D.Double();
    boolean drawing = false;
    double step = (v.width()) / Math.max(1, e.columns() - 1);
    for (int c = 0; c < e.columns(); c++) {
      double a = transform(e.low(c), best, log);
      double b = transform(e.high(c), best, log);
      if (!Double.isFinite(a) && !Double.isFinite(b)) {
        continue;
      }
      double px = v.left() + c * step;
      double y1 = v.toPixelY(Double.isFinite(a) ? a : b);
      double y2 = v.toPixelY(Double.isFinite(b) ? b : a);
      if (drawing) {
        path.lineTo(px, y1);
      } else {
        path.moveTo(px, y1);
        drawing = true;
      }
      if (y2 != y1) {
        path.lineTo(px, y2);
      }
    }
    g.setColor(s.colour());
    g.setStroke(PlotStyle.PATH);
    g.draw(path);
    int current = s.current();
    if (current >= 0 && current < s.path().size()) {
      double y = transform(s.path().value(current), best, log);
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
