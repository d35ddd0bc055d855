package gdviz.plot;

/**
 * World ↔ pixel mapping of a plot: the world rectangle [xMin, xMax] × [yMin, yMax] shown in the
 * pixel rectangle (left, top, width, height), y pointing up in the world and down on screen.
 * Immutable; zooming and panning make new viewports.
 */
public record Viewport(double xMin, double xMax, double yMin, double yMax,
    double left, double top, double width, double height) {

  public Viewport {
    if (!(xMax > xMin) || !(yMax > yMin) || !Double.isFinite(xMax - xMin) || !Double.isFinite(yMax - yMin)) {
      throw new IllegalArgumentException("empty or infinite world range");
    }
  }

  public double toPixelX(double x) {
    return left + (x - xMin) / (xMax - xMin) * width;
  }

  public double toPixelY(double y) {
    return top + (yMax - y) / (yMax - yMin) * height;
  }

  public double toWorldX(double px) {
    return xMin + (px - left) / width * (xMax - xMin);
  }

  public double toWorldY(double py) {
    return yMax - (py - top) / height * (yMax - yMin);
  }

  public boolean containsPixel(double px, double py) {
    return px >= left && px <= left + width && py >= top && py <= top + height;
  }

  /** The same world range in another pixel rectangle. */
  public Viewport withPixels(double newLeft, double newTop, double newWidth, double newHeight) {
    return new Viewport(xMin, xMax, yMin, yMax, newLeft, newTop, Math.max(1, newWidth), Math.max(1, newHeight));
  }

  public Viewport withWorld(double x0, double x1, double y0, double y1) {
    return new Viewport(x0, x1, y0, y1, left, top, width, height);
  }

  /** Zoom by {@code factor} (&lt; 1 zooms in) keeping the world point under (px, py) in place. */
  public Viewport zoom(double factor, double px, double py) {
    double cx = toWorldX(px);
    double cy = toWorldY(py);
    return withWorld(cx - (cx - xMin) * factor, cx + (xMax - cx) * factor,
        cy - (cy - yMin) * factor, cy + (yMax - cy) * factor);
  }

  /** Moves the world with the pointer: a drag by (dx, dy) pixels. */
  public Viewport pan(double dx, double dy) {
    double wx = dx / width * (xMax - xMin);
    double wy = dy / height * (yMax - yMin);
    return withWorld(xMin - wx, xMax - wx, yMin + wy, yMax + wy);
  }
}
