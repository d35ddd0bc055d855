package gdviz.plot;

import gdviz.model.analysis.IteratePath;
import java.util.Arrays;

/**
 * A path reduced to about pixel spacing, kept up to date incrementally: points closer than
 * {@link #MIN_PIXEL_STEP} to the last kept one are skipped, and since that rule runs from the start,
 * the kept points of a prefix are a prefix of the kept points of any longer run. So each frame only
 * looks at the iterates that arrived since the last one, a step back only drops points, and drawing
 * cost follows the picture, not the iteration count. Reset when the path, the view or the plane
 * changes.
 */
public final class PathReduction {
  static final double MIN_PIXEL_STEP = 1.5;

  private Object source;
  private Viewport view;
  private int xAxis;
  private int yAxis;
  private boolean oneD;
  private double[] kept = new double[64];
  private int[] keptIndex = new int[32];
  private int count;
  private int scanned;
  private static final int BLOCK = 4096;
  private final double[] xs = new double[BLOCK];
  private final double[] ys = new double[BLOCK];

  /** The reduction of {@code path}'s first {@code n} iterates in view {@code v} (pixel coordinates). */
  public PathReduction update(IteratePath path, int n, Viewport v, int xAxis, int yAxis) {
    boolean d1 = path.dimension() == 1;
    if (path.identity() != source || !v.equals(view) || xAxis != this.xAxis || yAxis != this.yAxis || d1 != oneD) {
      source = path.identity();
      view = v;
      this.xAxis = xAxis;
      this.yAxis = yAxis;
      oneD = d1;
      count = 0;
      scanned = 0;
    } else if (n < scanned) {
      truncate(n); // a step back: what a prefix keeps is a prefix of what was kept
    }
    double lastX = count == 0 ? Double.NaN : kept[2 * count - 2];
    double lastY = count == 0 ? Double.NaN : kept[2 * count - 1];
    // in blocks read at once (IteratePath.coordinates, values): a call per block, not several per iterate
    for (int from = scanned; from < n; from += BLOCK) {
      int to = Math.min(n, from + BLOCK);
      path.coordinates(d1 ? 0 : xAxis, from, to, xs);
      if (d1) {
        path.values(from, to, ys);
      } else {
        path.coordinates(yAxis, from, to, ys);
      }
      for (int j = 0, k = from; k < to; j++, k++) {
        double px = v.toPixelX(xs[j]);
        double py = v.toPixelY(ys[j]);
        if (k > 0 && Math.abs(px - lastX) < MIN_PIXEL_STEP && Math.abs(py - lastY) < MIN_PIXEL_STEP) {
          continue;
        }
        if (2 * count + 2 > kept.length) {
          kept = Arrays.copyOf(kept, kept.length * 2);
          keptIndex = Arrays.copyOf(keptIndex, keptIndex.length * 2);
        }
        kept[2 * count] = px;
        kept[2 * count + 1] = py;
        keptIndex[count++] = k;
        lastX = px;
        lastY = py;
      }
    }
    scanned = n;
    return this;
  }

  /** Forgets the iterates from {@code n} on: the kept points below n are exactly those of a scan of n. */
  private void truncate(int n) {
    int lo = 0;
    int hi = count;
    while (lo < hi) { // the first kept point at or past n
      int mid = (lo + hi) >>> 1;
      if (keptIndex[mid] < n) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    count = lo;
    scanned = n;
  }

  /** Kept points. */
  public int count() {
    return count;
  }

  public double x(int i) {
    return kept[2 * i];
  }

  public double y(int i) {
    return kept[2 * i + 1];
  }

  /** The iterate number of kept point i. */
  public int index(int i) {
    return keptIndex[i];
  }

  /** Iterates looked at so far. */
  public int scanned() {
    return scanned;
  }

  /**
   * The same lines without the points that lie within {@code tolerance} pixels of the straight
   * segment from the point kept before them to the next one kept: a straight run of many segments
   * becomes one. Each figure (moveTo) is reduced on its own; its ends are kept. One pass: the
   * directions from the point kept that pass within the tolerance of every point left out since
   * form a narrowing cone, and a point ends the run when its direction leaves the cone or a point
   * left out lies farther than it (checking every left-out point again took 3.6 ms for the rate
   * bound's 700 points, on the FX thread in every frame).
   */
  public static java.awt.geom.Path2D.Double straightened(java.awt.geom.Path2D path, double tolerance) {
    java.awt.geom.Path2D.Double out = new java.awt.geom.Path2D.Double();
    Cone cone = null;
    double[] held = null; // the last point taken into the run, drawn when the run ends
    double[] c = new double[6];
    for (java.awt.geom.PathIterator it = path.getPathIterator(null); !it.isDone(); it.next()) {
      int type = it.currentSegment(c);
      if (type == java.awt.geom.PathIterator.SEG_MOVETO) {
        if (held != null) {
          out.lineTo(held[0], held[1]);
        }
        out.moveTo(c[0], c[1]);
        cone = new Cone(c[0], c[1], tolerance);
        held = null;
      } else if (type == java.awt.geom.PathIterator.SEG_LINETO && cone != null) {
        if (held != null && !cone.admits(c[0], c[1])) { // the point held last ends a straight run
          out.lineTo(held[0], held[1]);
          cone = new Cone(held[0], held[1], tolerance);
        }
        cone.take(c[0], c[1]);
        held = new double[] {c[0], c[1]};
      }
    }
    if (held != null) {
      out.lineTo(held[0], held[1]);
    }
    return out;
  }

  /**
   * The directions from a kept point whose line passes within the tolerance of every point taken
   * since: angles relative to the first taken point's, as an interval.
   */
  private static final class Cone {
    private final double x;
    private final double y;
    private final double tolerance;
    private double base = Double.NaN;
    private double low = Double.NEGATIVE_INFINITY;
    private double high = Double.POSITIVE_INFINITY;
    private double farthest;

    Cone(double x, double y, double tolerance) {
      this.x = x;
      this.y = y;
      this.tolerance = tolerance;
    }

    /** Whether the segment to (px, py) passes within the tolerance of every point taken, none beyond its end. */
    boolean admits(double px, double py) {
      double d = Math.hypot(px - x, py - y);
      if (d == 0 || d < farthest) {
        return false;
      }
      if (Double.isNaN(base)) {
        return true;
      }
      double angle = relative(Math.atan2(py - y, px - x));
      return angle >= low && angle <= high;
    }

    /** Narrows the cone to the directions that pass within the tolerance of (qx, qy). */
    void take(double qx, double qy) {
      double d = Math.hypot(qx - x, qy - y);
      farthest = Math.max(farthest, d);
      if (d <= tolerance) {
        return; // every direction passes near it
      }
      double angle = Math.atan2(qy - y, qx - x);
      double halfWidth = Math.asin(tolerance / d);
      if (Double.isNaN(base)) {
        base = angle;
      }
      double r = relative(angle);
      low = Math.max(low, r - halfWidth);
      high = Math.min(high, r + halfWidth);
    }

    private double relative(double angle) {
      double r = angle - base;
      while (r > Math.PI) {
        r -= 2 * Math.PI;
      }
      while (r <= -Math.PI) {
        r += 2 * Math.PI;
      }
      return r;
    }
  }
}
