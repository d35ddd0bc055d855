package gdviz.plot;

import gdviz.model.analysis.IteratePath;
import gdviz.model.method.Sketch;
import gdviz.plot.label.PlotLabels;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.util.Arrays;

/**
 * The iterates over a function plot: in 1D the points (xₖ, f(xₖ)) joined in order and coloured by
 * step, in 2D the path (x1, x2) with start and end markers; the current iterate highlighted, with
 * an optional tangent (1D) or −∇f arrow (2D). Points closer than about a pixel to the last one
 * drawn are skipped, so drawing cost follows the picture, not the iteration count. A path that
 * leaves the plot is clipped at the edge, where an arrow points the way it went.
 */
public final class TrajectoryPainter {
  /** Step dots closer than this to the last dot drawn are left out (the line still passes there). */
  static final double MIN_DOT_SPACING = 7;

  private TrajectoryPainter() {}

  /**
   * What to draw besides the path. {@code current} is the highlighted iterate's index;
   * {@code colourByStep} colours a 1D path from light to dark instead of in {@code colour};
   * {@code xAxis}, {@code yAxis} pick the coordinates drawn in 2D (for 3 or more parameters).
   */
  public record Options(int current, boolean tangent, boolean gradientArrow, Color colour, boolean colourByStep,
      int xAxis, int yAxis, Sketch sketch) {
    public Options(int current, boolean tangent, boolean gradientArrow, Color colour) {
      this(current, tangent, gradientArrow, colour, true, 0, 1);
    }

    public Options(int current, boolean tangent, boolean gradientArrow, Color colour, boolean colourByStep,
        int xAxis, int yAxis) {
      this(current, tangent, gradientArrow, colour, colourByStep, xAxis, yAxis, Sketch.NONE);
    }

    /** The same with the method's state to draw at the current iterate. */
    public Options withSketch(Sketch s) {
      return new Options(current, tangent, gradientArrow, colour, colourByStep, xAxis, yAxis, s);
    }
  }

  /** What was drawn, in pixels: the kept points as x0, y0, x1, y1, …, and whether the path left the view. */
  public record Drawn(double[] points, boolean escaped, int dots, double[] arrow) {
    public Drawn(double[] points, boolean escaped) {
      this(points, escaped, 0, new double[0]);
    }

    public int count() {
      return points.length / 2;
    }
  }

  public static Drawn paint(Graphics2D g, IteratePath p, Viewport v, Options o) {
    return paint(g, p, v, o, new PathReduction());
  }

  /**
   * As {@link #paint(Graphics2D, IteratePath, Viewport, Options)}, reusing a reduction kept from the
   * previous frame, so only new iterates are looked at.
   */
  public static Drawn paint(Graphics2D g, IteratePath p, Viewport v, Options o, PathReduction reduction) {
    PlotLabels labels = new PlotLabels(v.left(), v.top(), v.width(), v.height());
    Drawn d = paint(g, p, v, o, reduction, labels);
    labels.drawAll(g, PlotTheme.of(g).paper());
    return d;
  }

  /** As above, its labels (the −∇f arrow's, the method state's) asked of {@code labels}, drawn with the plot's others. */
  public static Drawn paint(Graphics2D g, IteratePath p, Viewport v, Options o, PathReduction reduction,
      PlotLabels labels) {
    PlotStyle.smooth(g);
    int n = p.size();
    if (n == 0) {
      return new Drawn(new double[0], false);
    }
    boolean oneD = p.dimension() == 1;
    Kept k = kept(p, v, o, reduction);
    boolean escaped = segments(g, v, o, k, n, oneD);
    int dots = dots(g, v, o, k, n, oneD);
    if (!oneD && o.sketch() != null && !o.sketch().isEmpty()) {
      SketchPainter.paint(g, v, o.sketch(), o.xAxis(), o.yAxis(), o.colour(), labels);
    }
    labels.placer().avoidPoints(Arrays.copyOf(k.xy(), 2 * k.count()), oneD ? 5 : 4);
    double[] arrow = markers(g, p, v, o, k.xy(), k.count(), oneD, labels);
    return new Drawn(Arrays.copyOf(k.xy(), 2 * k.count()), escaped, dots, arrow);
  }

  /** The points drawn, in pixels (x, y pairs), and the iterate each is. */
  private record Kept(double[] xy, int[] index, int count) {}

  /** The reduction's points, and the last iterate (kept or not), so the path always ends where the run is. */
  private static Kept kept(IteratePath p, Viewport v, Options o, PathReduction reduction) {
    int n = p.size();
    boolean oneD = p.dimension() == 1;
    reduction.update(p, n, v, o.xAxis(), o.yAxis());
    int reduced = reduction.count();
    boolean lastKept = reduction.index(reduced - 1) == n - 1;
    int count = lastKept ? reduced : reduced + 1;
    double[] kept = new double[2 * count];
    int[] keptIndex = new int[count];
    for (int i = 0; i < reduced; i++) {
      kept[2 * i] = reduction.x(i);
      kept[2 * i + 1] = reduction.y(i);
      keptIndex[i] = reduction.index(i);
    }
    if (!lastKept) {
      kept[2 * reduced] = v.toPixelX(p.x(n - 1, oneD ? 0 : o.xAxis()));
      kept[2 * reduced + 1] = v.toPixelY(oneD ? p.value(n - 1) : p.x(n - 1, o.yAxis()));
      keptIndex[reduced] = n - 1;
    }
    return new Kept(kept, keptIndex, count);
  }

  /**
   * Segments, clipped to the plot, coloured by step in 1D and in one colour (over a veil) in 2D;
   * an arrowhead where the path leaves the plot. Whether it ends outside.
   */
  private static boolean segments(Graphics2D g, Viewport v, Options o, Kept k, int n, boolean oneD) {
    double[] kept = k.xy();
    double right = v.left() + v.width();
    double bottom = v.top() + v.height();
    double[] exit = null;
    Path2D.Double line = new Path2D.Double();
    for (int s = 1; s < k.count(); s++) {
      double[] c = SegmentClipper.clip(kept[2 * s - 2], kept[2 * s - 1], kept[2 * s], kept[2 * s + 1], v.left(),
          v.top(), right, bottom);
      boolean endInside = v.containsPixel(kept[2 * s], kept[2 * s + 1]);
      if (c == null) {
        continue;
      }
      if (!endInside) {
        exit = c;
      }
      if (oneD) {
        g.setStroke(PlotStyle.PATH);
        g.setColor(o.colourByStep() ? PlotTheme.of(g).step(k.index()[s], n) : o.colour());
        g.draw(new Line2D.Double(c[0], c[1], c[2], c[3]));
      } else {
        line.moveTo(c[0], c[1]);
        line.lineTo(c[2], c[3]);
      }
    }
    if (!oneD) {
      g.setColor(PlotTheme.of(g).veil(170));
      g.setStroke(new BasicStroke(4.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
      g.draw(line);
      g.setColor(o.colour());
      g.setStroke(PlotStyle.PATH);
      g.draw(line);
    }
    int last = k.count() - 1;
    if (v.containsPixel(kept[2 * last], kept[2 * last + 1])) {
      return false;
    }
    if (exit != null) {
      arrowHead(g, exit[0], exit[1], exit[2], exit[3], o.colour());
    }
    return true;
  }

  /**
   * Points: small dots, coloured by step in 1D, only where they stand apart on screen (a thousand
   * steps a pixel apart would otherwise make a thick band that hides the other runs). How many.
   */
  private static int dots(Graphics2D g, Viewport v, Options o, Kept k, int n, boolean oneD) {
    double lastDotX = Double.NaN;
    double lastDotY = Double.NaN;
    int dots = 0;
    for (int s = 0; s < k.count(); s++) {
      double px = k.xy()[2 * s];
      double py = k.xy()[2 * s + 1];
      if (!v.containsPixel(px, py)) {
        continue;
      }
      if (s != k.count() - 1 && Math.hypot(px - lastDotX, py - lastDotY) < MIN_DOT_SPACING) {
        continue;
      }
      lastDotX = px;
      lastDotY = py;
      dots++;
      Color c = oneD && o.colourByStep() ? PlotTheme.of(g).step(k.index()[s], n) : o.colour();
      dot(g, px, py, oneD ? 4.5 : 3, c, PlotTheme.of(g).paper());
    }
    return dots;
  }

  /** Start, end and current-iterate markers, the tangent or −∇f arrow; returns the arrow's ends in pixels (or none). */
  private static double[] markers(Graphics2D g, IteratePath p, Viewport v, Options o, double[] kept, int count,
      boolean oneD, PlotLabels labels) {
    // start: white disc with a dark rim (the handle the user drags in 2D); end: a square in the run's colour
    if (v.containsPixel(kept[0], kept[1])) {
      dot(g, kept[0], kept[1], 7, PlotTheme.of(g).paper(), PlotTheme.of(g).ink());
      labels.placer().avoidPoint(kept[0], kept[1], 9);
    }
    int end = count - 1;
    if (!oneD && end > 0 && v.containsPixel(kept[2 * end], kept[2 * end + 1])) {
      java.awt.geom.Rectangle2D.Double square = new java.awt.geom.Rectangle2D.Double(kept[2 * end] - 5,
          kept[2 * end + 1] - 5, 10, 10);
      g.setColor(o.colour());
      g.fill(square);
      g.setColor(PlotTheme.of(g).paper());
      g.setStroke(new BasicStroke(1.5f));
      g.draw(square);
    }
    int k = Math.max(0, Math.min(o.current(), p.size() - 1));
    double px = v.toPixelX(p.x(k, oneD ? 0 : o.xAxis()));
    double py = v.toPixelY(oneD ? p.value(k) : p.x(k, o.yAxis()));
    double[] arrow = new double[0];
    if (!v.containsPixel(px, py)) {
      return arrow;
    }
    if (oneD && o.tangent() && Double.isFinite(p.gradient(k, 0))) {
      tangent(g, p, v, k);
    }
    if (!oneD && o.gradientArrow()) {
      arrow = downhillArrow(g, p, v, o, k, px, py, labels);
    }
    // current iterate: a ring
    labels.placer().avoidPoint(px, py, 10);
    g.setStroke(new BasicStroke(2.5f));
    g.setColor(PlotTheme.of(g).ink());
    g.draw(new Ellipse2D.Double(px - 8, py - 8, 16, 16));
    return arrow;
  }

  /** The tangent at iterate k of a 1D run, dashed across the plot. */
  private static void tangent(Graphics2D g, IteratePath p, Viewport v, int k) {
    double slope = p.gradient(k, 0);
    double x0 = v.xMin();
    double x1 = v.xMax();
    double y0 = p.value(k) + slope * (x0 - p.x(k, 0));
    double y1 = p.value(k) + slope * (x1 - p.x(k, 0));
    double[] c = SegmentClipper.clip(v.toPixelX(x0), v.toPixelY(y0), v.toPixelX(x1), v.toPixelY(y1), v.left(),
        v.top(), v.left() + v.width(), v.top() + v.height());
    if (c != null) {
      g.setColor(PlotTheme.of(g).guide());
      g.setStroke(PlotStyle.DASHED);
      g.draw(new Line2D.Double(c[0], c[1], c[2], c[3]));
    }
  }

  /** The −∇f arrow at iterate k (pixel px, py), 48 px long, labelled; its ends in pixels, or none. */
  private static double[] downhillArrow(Graphics2D g, IteratePath p, Viewport v, Options o, int k, double px, double py,
      PlotLabels labels) {
    double gx = -p.gradient(k, o.xAxis());
    double gy = -p.gradient(k, o.yAxis());
    // screen direction of −∇f: world x right, world y up (screen y down)
    double sx = gx / (v.xMax() - v.xMin()) * v.width();
    double sy = -gy / (v.yMax() - v.yMin()) * v.height();
    double len = Math.hypot(sx, sy);
    if (len > 0 && Double.isFinite(len)) {
      double ex = px + sx / len * 48;
      double ey = py + sy / len * 48;
      g.setColor(PlotTheme.of(g).paper());
      g.setStroke(new BasicStroke(4.5f));
      g.draw(new Line2D.Double(px, py, ex, ey));
      g.setColor(PlotTheme.of(g).guide());
      g.setStroke(new BasicStroke(2.4f));
      g.draw(new Line2D.Double(px, py, ex, ey));
      arrowHead(g, px, py, ex, ey, PlotTheme.of(g).guide());
      labels.placer().avoidLine(px, py, ex, ey);
      // beyond the head, inside the plot, clear of the path (placed with the plot's other labels)
      labels.add(PlotLabels.Rank.ARROW, "−∇f", PlotStyle.NOTE_FONT, PlotTheme.of(g).guide(), ex, ey, 4);
      return new double[] {px, py, ex, ey};
    }
    return new double[0];
  }

  /**
   * A labelled cross-in-circle at a world point, e.g. the closed-form least-squares solution; its
   * label placed with the plot's others, clear of the paths and markers drawn.
   */
  public static void marker(Graphics2D g, Viewport v, double x, double y, String label, PlotLabels labels) {
    PlotStyle.smooth(g);
    double px = v.toPixelX(x);
    double py = v.toPixelY(y);
    if (!v.containsPixel(px, py)) {
      return;
    }
    g.setStroke(new BasicStroke(2.2f));
    g.setColor(PlotTheme.of(g).paper());
    g.fill(new Ellipse2D.Double(px - 8, py - 8, 16, 16));
    g.setColor(PlotTheme.of(g).ink());
    g.draw(new Ellipse2D.Double(px - 8, py - 8, 16, 16));
    g.draw(new Line2D.Double(px - 5, py - 5, px + 5, py + 5));
    g.draw(new Line2D.Double(px - 5, py + 5, px + 5, py - 5));
    labels.placer().avoidPoint(px, py, 10);
    labels.add(PlotLabels.Rank.MARKER, label, PlotStyle.NOTE_FONT, PlotTheme.of(g).ink(), px, py, 12);
  }

  private static void dot(Graphics2D g, double x, double y, double r, Color fill, Color rim) {
    Ellipse2D.Double e = new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r);
    g.setColor(fill);
    g.fill(e);
    g.setColor(rim);
    g.setStroke(new BasicStroke(1.2f));
    g.draw(e);
  }

  /** A filled arrow head at (x1, y1) pointing from (x0, y0). */
  static void arrowHead(Graphics2D g, double x0, double y0, double x1, double y1, Color colour) {
    double angle = Math.atan2(y1 - y0, x1 - x0);
    double size = 13;
    Path2D.Double head = new Path2D.Double();
    head.moveTo(x1, y1);
    head.lineTo(x1 - size * Math.cos(angle - 0.4), y1 - size * Math.sin(angle - 0.4));
    head.lineTo(x1 - size * Math.cos(angle + 0.4), y1 - size * Math.sin(angle + 0.4));
    head.closePath();
    g.setColor(colour);
    g.fill(head);
  }
}
