package gdviz.plot;

/**
 * Liang–Barsky clipping of a segment to a rectangle, in plain doubles, so a path to 1e150 is
 * drawn up to the plot's edge instead of handing the renderer coordinates it cannot handle.
 */
public final class SegmentClipper {
  private SegmentClipper() {}

  /**
   * Clips (x0, y0)–(x1, y1) to [left, right] × [top, bottom].
   *
   * @return {x0, y0, x1, y1} of the visible part, or null when none of it is visible
   */
  public static double[] clip(double x0, double y0, double x1, double y1, double left, double top, double right,
      double bottom) {
    if (!Double.isFinite(x0) || !Double.isFinite(y0)) {
      return null;
    }
    if (!Double.isFinite(x1) || !Double.isFinite(y1)) {
      // Point at infinity: keep the direction, bring it in to a finite distance far outside.
      double far = 1e6 * (Math.abs(right - left) + Math.abs(bottom - top) + 1);
      double dx = Double.isNaN(x1) ? 0 : Double.isInfinite(x1) ? Math.signum(x1) : 0;
      double dy = Double.isNaN(y1) ? 0 : Double.isInfinite(y1) ? Math.signum(y1) : 0;
      if (dx == 0 && dy == 0) {
        return null;
      }
      x1 = x0 + dx * far;
      y1 = y0 + dy * far;
    }
    double t0 = 0;
    double t1 = 1;
    double dx = x1 - x0;
    double dy = y1 - y0;
    double[] p = {-dx, dx, -dy, dy};
    double[] q = {x0 - left, right - x0, y0 - top, bottom - y0};
    for (int i = 0; i < 4; i++) {
      if (p[i] == 0) {
        if (q[i] < 0) {
          return null;
        }
      } else {
        double r = q[i] / p[i];
        if (p[i] < 0) {
          t0 = Math.max(t0, r);
        } else {
          t1 = Math.min(t1, r);
        }
      }
    }
    if (t0 > t1) {
      return null;
    }
    return new double[] {x0 + t0 * dx, y0 + t0 * dy, x0 + t1 * dx, y0 + t1 * dy};
  }
}
