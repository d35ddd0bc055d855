package gdviz.plot;

/**
 * The projection of the surface's box onto a plot of some size, from a camera: the screen
 * position and the depth of a box point.
 */
public final class SurfaceProjection {
  private final double cosA;
  private final double sinA;
  private final double cosE;
  private final double sinE;
  private final double cx;
  private final double cy;
  private final double scale;

  SurfaceProjection(SurfacePainter.Camera c, double width, double height) {
    double a = Math.toRadians(c.azimuth());
    double e = Math.toRadians(c.elevation());
    cosA = Math.cos(a);
    sinA = Math.sin(a);
    cosE = Math.cos(e);
    sinE = Math.sin(e);
    cx = width / 2;
    cy = height / 2 + 10;
    scale = c.zoom() * Math.min(width, height) / 3.3;
  }

  /** {x, y, depth} for a box point (X, Y, Z), depth growing away from the viewer. */
  double[] project(double x, double y, double z, double[] out) {
    double rx = x * cosA - y * sinA;
    double ry = x * sinA + y * cosA;
    out[0] = cx + rx * scale;
    out[1] = cy - (ry * sinE + z * cosE) * scale;
    out[2] = ry * cosE - z * sinE;
    return out;
  }
}
