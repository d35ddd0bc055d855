package gdviz.plot;

import gdviz.model.analysis.IteratePath;
import gdviz.model.analysis.LossBaseline;
import java.awt.Graphics2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.List;

/**
 * f per iteration, on a linear axis or as f − f* on a log axis, where f* is the true minimum when
 * it is known ({@link LossBaseline}) and otherwise the best f of the whole computed run (not just
 * of the part played, so the curve keeps its shape while the run plays; the axis title says
 * which). Iterates that reach f* (f − f* = 0 has no logarithm) are drawn on the axis floor and
 * marked, never dropped. Drawn as a per-pixel-column envelope, so a million iterates cost as much
 * as a thousand.
 */
public final class LossPainter {
  private LossPainter() {}

  /**
   * One run's losses in its colour: {@code path} the iterates shown, {@code whole} all computed so
   * far; {@code current} is ringed (−1: none); the envelope is reused between frames.
   */
  public record Series(IteratePath path, java.awt.Color colour, int current, LossEnvelope envelope, IteratePath whole,
      LossBaseline baseline, boolean dashed, java.awt.Color fill) {
    public Series(IteratePath path, java.awt.Color colour, int current) {
      this(path, colour, current, new LossEnvelope(), path, new LossBaseline(Double.NaN, false), false, null);
    }

    /** A run whose first iterates {@code path} shows, of {@code whole}, with its known f* (or none). */
    public Series(IteratePath path, java.awt.Color colour, int current, IteratePath whole, LossBaseline baseline) {
      this(path, colour, current, new LossEnvelope(), whole, baseline, false, null);
    }

    public Series withEnvelope(LossEnvelope e) {
      return new Series(path, colour, current, e, whole, baseline, dashed, fill);
    }

    /**
     * An edge of a band, not stroked: a band's lower edge and then its upper edge, one after the
     * other in the list, fill the area between them with {@code fill} (many runs' 10–90 % spread).
     */
    public Series asBandEdge(java.awt.Color fill) {
      return new Series(path, colour, -1, envelope, whole, baseline, false, fill);
    }

    /** Drawn dashed and thin: a guide (a theoretical bound), not a run. */
    public Series asGuide() {
      return new Series(path, colour, current, envelope, whole, baseline, true, fill);
    }

    int total() {
      return Math.max(path.size(), whole.size());
    }

    /** f*: the known one, or the best f computed. */
    double reference() {
      return baseline.known() ? baseline.value() : envelope.bestOfWhole(baseline.maximize());
    }
  }

  /**
   * How the axes were laid out, for tests: the y axis's title and range (log10 of f − f* on a log
   * axis), the floor where f − f* ≤ 0 is drawn, and how many marks sit there.
   */
  public record Drawn(String yTitle, double yMin, double yMax, double floorPixel, int floorMarks) {}

  public static Drawn paint(Graphics2D g, java.util.List<Series> series, double width, double height, boolean log) {
    return paint(g, series, width, height, log, false);
  }

  /**
   * Several runs on shared axes. While runs are still {@code growing}, the iteration axis doubles
   * as needed instead of following every new iterate, so the per-column envelopes are rebuilt
   * only a logarithmic number of times.
   */
  public static Drawn paint(Graphics2D g, java.util.List<Series> series, double width, double height, boolean log,
      boolean growing) {
    AxesPainter.clear(g, width, height);
    double span = span(series, growing);
    Viewport frame = PlotStyle.inside(new Viewport(0, span, 0, 1, 0, 0, 1, 1), width, height);
    int columns = (int) Math.max(2, Math.ceil(frame.width()));
    boolean allKnown = true;
    boolean maximize = false;
    for (Series s : series) {
      s.envelope().update(s.path(), s.path().size(), span, columns);
      s.envelope().scanWhole(s.whole());
      allKnown &= s.baseline().known();
      maximize |= s.baseline().maximize();
    }
    double[] range = range(series, log);
    double lo = range[0];
    double hi = range[1];
    if (!(hi > lo)) {
      double mid = Double.isFinite(lo) ? lo : 0;
      lo = mid - 1;
      hi = mid + 1;
    }
    double pad = (hi - lo) * 0.06;
    double bottom = lo - pad;
    List<NiceTicks.Tick> yTicks = log ? NiceTicks.logOf(Math.pow(10, bottom), Math.pow(10, hi + pad))
        : NiceTicks.of(bottom, hi + pad, 5);
    // long tick labels (a tiny span far from zero) widen the left margin instead of being cut off
    Viewport v = PlotStyle.inside(new Viewport(0, span, bottom, hi + pad, 0, 0, 1, 1), width, height,
        PlotStyle.leftMargin(g, yTicks));
    String yTitle = log ? LossBaseline.title(allKnown, maximize, series.size() > 1) : "f(xₖ)";
    AxesPainter.paint(g, v, NiceTicks.of(0, span, (int) Math.max(3, v.width() / 90)), yTicks, "iteration k",
        yTitle, log);
    int marks = drawAll(g, series, v, log);
    return new Drawn(yTitle, v.yMin(), v.yMax(), v.toPixelY(bottom), marks);
  }

  /** The iteration axis's length: the runs' iterates so far, or while they grow a power of two (16 at least) above them. */
  private static double span(java.util.List<Series> series, boolean growing) {
    int n = 0;
    for (Series s : series) {
      // the axis covers the runs' iterates so far, not just those shown yet: playback and a view
      // catching up then draw into a fixed axis, and the envelopes are extended, not rebuilt
      n = Math.max(n, s.total());
    }
    double span = Math.max(1, n - 1);
    if (growing) {
      span = 16;
      while (span < n - 1) {
        span *= 2;
      }
    }
    return span;
  }

  /** The lowest and highest plotted value over every series' envelope and whole run (infinite when none). */
  private static double[] range(java.util.List<Series> series, boolean log) {
    double[] range = {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
    for (Series s : series) {
      LossEnvelope e = s.envelope();
      double ref = s.reference();
      // the whole computed run sets the range, so the axes hold still while the run plays
      widen(range, transform(e.bestOfWhole(false), ref, s.baseline(), log));
      widen(range, transform(e.bestOfWhole(true), ref, s.baseline(), log));
      for (int c = 0; c < e.columns(); c++) {
        widen(range, transform(e.low(c), ref, s.baseline(), log));
        widen(range, transform(e.high(c), ref, s.baseline(), log));
      }
    }
    return range;
  }

  private static void widen(double[] range, double y) {
    if (Double.isFinite(y)) {
      range[0] = Math.min(range[0], y);
      range[1] = Math.max(range[1], y);
    }
  }

  /** The bands (pairs of series with a fill) and then the lines, clipped to the plot; the floor marks drawn. */
  private static int drawAll(Graphics2D g, java.util.List<Series> series, Viewport v, boolean log) {
    var clip = g.getClip();
    g.clip(new Rectangle2D.Double(v.left(), v.top() - 1, v.width(), v.height() + 2));
    int marks = 0;
    for (int i = 1; i < series.size(); i++) {
      if (series.get(i).fill() != null && series.get(i - 1).fill() != null) {
        fillBand(g, series.get(i - 1), series.get(i), v, log);
        i++;
      }
    }
    for (Series s : series) {
      if (s.fill() == null) {
        marks += drawSeries(g, s, v, log);
      }
    }
    g.setClip(clip);
    return marks;
  }

  /** The envelope as a line: each column's low and high joined to the next column's; returns the floor marks drawn. */
  private static int drawSeries(Graphics2D g, Series s, Viewport v, boolean log) {
    LossEnvelope e = s.envelope();
    double ref = s.reference();
    double floor = v.yMin();
    Path2D.Double path = new Path2D.Double();
    boolean drawing = false;
    double step = (v.width()) / Math.max(1, e.columns() - 1);
    int marks = 0;
    double lastMark = Double.NEGATIVE_INFINITY;
    for (int c = 0; c < e.columns(); c++) {
      if (!Double.isFinite(e.low(c)) && !Double.isFinite(e.high(c))) {
        continue;
      }
      double a = onAxis(transform(e.low(c), ref, s.baseline(), log), floor);
      double b = onAxis(transform(e.high(c), ref, s.baseline(), log), floor);
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
      boolean atFloor = log && (a == floor || b == floor);
      if (atFloor && px - lastMark >= 10) { // reached f*: marked on the floor, about every 10 px
        floorMark(g, px, v.toPixelY(floor), s.colour());
        lastMark = px;
        marks++;
      }
    }
    g.setColor(s.colour());
    g.setStroke(s.dashed() ? PlotStyle.DASHED : PlotStyle.PATH);
    // a dashed guide (the rate's bound: a straight line on a log axis) without its points that lie on
    // the line between their neighbours — dashing a point per column cost the renderer 2–3 ms a frame
    g.draw(s.dashed() ? PathReduction.straightened(path, 0.25) : path);
    int current = s.current();
    if (current >= 0 && current < s.path().size()) {
      double y = onAxis(transform(s.path().value(current), ref, s.baseline(), log), floor);
      if (Double.isFinite(y)) {
        g.setColor(PlotTheme.of(g).ink());
        g.draw(new java.awt.geom.Ellipse2D.Double(v.toPixelX(current) - 5, v.toPixelY(y) - 5, 10, 10));
      }
    }
    return marks;
  }

  /**
   * The area between two envelopes, column by column (each at the middle of its column's range):
   * where the upper edge is +∞ (some runs diverged) it reaches the top; where the lower edge is
   * too, the band ends.
   */
  private static void fillBand(Graphics2D g, Series low, Series high, Viewport v, boolean log) {
    LossEnvelope a = low.envelope();
    LossEnvelope b = high.envelope();
    int columns = Math.min(a.columns(), b.columns());
    double step = v.width() / Math.max(1, a.columns() - 1);
    g.setColor(low.fill());
    java.util.List<double[]> segment = new java.util.ArrayList<>();
    for (int c = 0; c <= columns; c++) {
      double y1 = Double.NaN;
      double y2 = Double.NaN;
      if (c < columns) {
        y1 = middle(a, c, low, v, log);
        y2 = middle(b, c, high, v, log);
        if (Double.isNaN(y1) && Double.isNaN(y2)) {
          continue; // a column no iterate falls in (fewer iterates than columns)
        }
        if (Double.isNaN(y2)) {
          y2 = v.yMax(); // the upper quantile is +∞: some runs diverged
        }
      }
      if (Double.isFinite(y1) && Double.isFinite(y2)) {
        segment.add(new double[] {v.left() + c * step, v.toPixelY(y1), v.toPixelY(y2)});
      } else if (!segment.isEmpty()) {
        Path2D.Double area = new Path2D.Double();
        for (int i = 0; i < segment.size(); i++) {
          double[] p = segment.get(i);
          if (i == 0) {
            area.moveTo(p[0], p[2]);
          } else {
            area.lineTo(p[0], p[2]);
          }
        }
        for (int i = segment.size() - 1; i >= 0; i--) {
          area.lineTo(segment.get(i)[0], segment.get(i)[1]);
        }
        area.closePath();
        g.fill(area);
        segment.clear();
      }
    }
  }

  private static double middle(LossEnvelope e, int c, Series s, Viewport v, boolean log) {
    double lo = onAxis(transform(e.low(c), s.reference(), s.baseline(), log), v.yMin());
    double hi = onAxis(transform(e.high(c), s.reference(), s.baseline(), log), v.yMin());
    return Double.isFinite(lo) && Double.isFinite(hi) ? (lo + hi) / 2 : Double.isFinite(lo) ? lo : hi;
  }

  /** A small triangle on the axis floor, pointing down: this iterate reached f*. */
  private static void floorMark(Graphics2D g, double x, double y, java.awt.Color colour) {
    Path2D.Double t = new Path2D.Double();
    t.moveTo(x - 4, y - 7);
    t.lineTo(x + 4, y - 7);
    t.lineTo(x, y - 1);
    t.closePath();
    g.setColor(colour);
    g.fill(t);
  }

  /** A value at or below f* (−∞ on the log axis) sits on the floor. */
  private static double onAxis(double y, double floor) {
    return y == Double.NEGATIVE_INFINITY ? floor : y;
  }

  /** f on the axis: itself, or log10 of its gap to f* (−∞ where it reached f*; NaN where undefined). */
  static double transform(double f, double reference, LossBaseline baseline, boolean log) {
    if (!Double.isFinite(f)) {
      return Double.NaN;
    }
    if (!log) {
      return f;
    }
    if (!Double.isFinite(reference)) {
      return Double.NaN;
    }
    double d = baseline.gap(f, reference);
    return d > 0 ? Math.log10(d) : Double.NEGATIVE_INFINITY;
  }
}
