package gdviz.plot;

import gdviz.model.analysis.IteratePath;
import gdviz.model.objective.Objective;
import java.util.Arrays;
import java.util.List;

/**
 * The world rectangle that frames some runs: around their iterates (and x = 0 in 1D), ignoring
 * points that ran far away (beyond ten times the scale of the start, or of where the run settled,
 * so a divergent run does not shrink everything else to a dot); in 2D with equal scales on both axes, so circles look round,
 * and at least {@link #MARGIN} pixels around the iterates;
 * in 1D with f's range over the interval, trimmed of poles.
 */
public final class ViewFit {
  private ViewFit() {}

  /** Pixels kept clear around the iterates in 2D (the −∇f arrow is 48 long, its label beyond it). */
  public static final double MARGIN = 64;

  /** The larger of 1 and |coordinate| of iterate k. */
  private static double scale(IteratePath p, int k, int ax, int ay) {
    return Math.max(1, Math.max(Math.abs(p.x(k, ax)), Math.abs(p.x(k, ay))));
  }

  /**
   * The scale of where a run settled — its last iterate, if its last step was tiny next to it —
   * else 0: a fit that starts at 0 and settles at 81 (a regression's intercept) is framed whole,
   * while a run that ran off still is not.
   */
  private static double settledScale(IteratePath p, int ax, int ay) {
    int n = p.size();
    if (n < 2) {
      return 0;
    }
    double last = scale(p, n - 1, ax, ay);
    double step = Math.max(Math.abs(p.x(n - 1, ax) - p.x(n - 2, ax)), Math.abs(p.x(n - 1, ay) - p.x(n - 2, ay)));
    return Double.isFinite(last) && step <= 1e-3 * last ? last : 0;
  }

  /**
   * @param shown the function as drawn (1D, or the 2D function or slice)
   * @param xAxis the coordinate drawn across (2D)
   * @param yAxis the coordinate drawn up (2D)
   */
  public static Viewport fit(List<IteratePath> all, Objective shown, int xAxis, int yAxis, double width,
      double height) {
    return fit(all, shown, xAxis, yAxis, width, height, false);
  }

  /**
   * As {@link #fit(List, Objective, int, int, double, double)}; with {@code everything}, every finite
   * point counts, however far it ran (to show what a diverging run did).
   */
  public static Viewport fit(List<IteratePath> all, Objective shown, int xAxis, int yAxis, double width,
      double height, boolean everything) {
    boolean oneD = shown.dimension() == 1;
    int ax = oneD ? 0 : xAxis;
    int ay = oneD ? 0 : yAxis;
    double x0 = oneD ? 0 : Double.POSITIVE_INFINITY;
    double x1 = oneD ? 0 : Double.NEGATIVE_INFINITY;
    double y0 = Double.POSITIVE_INFINITY;
    double y1 = Double.NEGATIVE_INFINITY;
    for (IteratePath p : all) {
      if (p.size() == 0) {
        continue;
      }
      double limit = everything ? 1e150 : 10 * Math.max(scale(p, 0, ax, ay), settledScale(p, ax, ay));
      for (int k = 0; k < p.size(); k++) {
        double x = p.x(k, ax);
        double y = oneD ? 0 : p.x(k, ay);
        if (!(Math.abs(x) <= limit && Math.abs(y) <= limit)) {
          continue;
        }
        x0 = Math.min(x0, x);
        x1 = Math.max(x1, x);
        y0 = Math.min(y0, y);
        y1 = Math.max(y1, y);
      }
    }
    if (!(x1 >= x0)) {
      x0 = -1;
      x1 = 1;
    }
    // at least 2 units, and never less than the rounding step of the coordinates (at 1e150, ±1.3
    // would round back onto the point and leave an empty range)
    double spanX = Math.max(x1 - x0, Math.max(2, 1e-6 * Math.max(Math.abs(x0), Math.abs(x1))));
    double cx = (x0 + x1) / 2;
    x0 = cx - spanX * 0.65;
    x1 = cx + spanX * 0.65;
    Viewport pixels = PlotStyle.inside(new Viewport(0, 1, 0, 1, 0, 0, 1, 1), width, height);
    if (oneD) {
      double[] range = valueRange(shown, x0, x1);
      return new Viewport(x0, x1, range[0], range[1], 0, 0, 1, 1);
    }
    if (!(y1 >= y0)) {
      y0 = -1;
      y1 = 1;
    }
    double spanY = Math.max(y1 - y0, Math.max(2, 1e-6 * Math.max(Math.abs(y0), Math.abs(y1))));
    double cy = (y0 + y1) / 2;
    // a margin of a fraction of the run, and of pixels: the −∇f arrow and its label beside the
    // last iterate, which is often on the run's edge (the minimum a path arrives at)
    double across = Math.max(pixels.width() / 3, pixels.width() - 2 * MARGIN);
    double up = Math.max(pixels.height() / 3, pixels.height() - 2 * MARGIN);
    double perPixel = Math.max(Math.max((x1 - x0) / pixels.width(), spanY * 1.3 / pixels.height()),
        Math.max(spanX / across, spanY / up));
    double halfW = perPixel * pixels.width() / 2;
    double halfH = perPixel * pixels.height() / 2;
    return new Viewport(cx - halfW, cx + halfW, cy - halfH, cy + halfH, 0, 0, 1, 1);
  }

  /** f's range over [x0, x1], trimmed of the top and bottom 2% so a pole does not flatten the curve. */
  static double[] valueRange(Objective f, double x0, double x1) {
    int n = 400;
    double[] values = new double[n + 1];
    int m = 0;
    double[] x = new double[1];
    for (int i = 0; i <= n; i++) {
      x[0] = x0 + (x1 - x0) * i / n;
      double v = f.value(x);
      if (Double.isFinite(v)) {
        values[m++] = v;
      }
    }
    if (m == 0) {
      return new double[] {-1, 1};
    }
    Arrays.sort(values, 0, m);
    double lo = values[(int) (0.02 * (m - 1))];
    double hi = values[(int) Math.ceil(0.98 * (m - 1))];
    if (!(hi > lo) || !(hi - lo > 1e-9 * Math.max(Math.abs(lo), Math.abs(hi)))) {
      double mid = (lo + hi) / 2;
      double half = Math.max(1, Math.abs(mid) * 1e-3);
      lo = mid - half;
      hi = mid + half;
    }
    double pad = (hi - lo) * 0.08;
    return new double[] {lo - pad, hi + pad};
  }
}
