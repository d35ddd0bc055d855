package gdviz.ui.window;

/** The part of a screen windows may use (without task bars and docks), in screen coordinates. */
public record ScreenArea(double x, double y, double width, double height) {
  double right() {
    return x + width;
  }

  double bottom() {
    return y + height;
  }

  /** The area this rectangle shares with the screen (0 when they do not meet). */
  double overlap(double rx, double ry, double rw, double rh) {
    double w = Math.min(right(), rx + rw) - Math.max(x, rx);
    double h = Math.min(bottom(), ry + rh) - Math.max(y, ry);
    return w > 0 && h > 0 ? w * h : 0;
  }
}
