package gdviz.ui.window;

import java.util.List;

/**
 * Where the window opens: wholly on one screen's usable area and no larger than it. The window
 * remembered from the last launch comes back where it was if that still fits; on the screen it
 * overlapped most (or the first screen, when it is on none now, e.g. a projector unplugged) it is
 * shrunk to fit and moved inside. Without a remembered window: the preferred size, or the screen
 * if that is smaller, centred on the first screen.
 */
public final class WindowFit {
  private WindowFit() {}

  /**
   * @param remembered the window of the last launch, or null
   * @param screens the screens' usable areas, the primary first (at least one)
   * @param preferredWidth the size to open at when nothing is remembered
   */
  public static WindowPlacement place(WindowPlacement remembered, List<ScreenArea> screens, double preferredWidth,
      double preferredHeight) {
    if (remembered == null || !valid(remembered)) {
      ScreenArea s = screens.get(0);
      double w = Math.min(preferredWidth, s.width());
      double h = Math.min(preferredHeight, s.height());
      return new WindowPlacement(s.x() + (s.width() - w) / 2, s.y() + (s.height() - h) / 2, w, h, false);
    }
    ScreenArea s = screens.get(0);
    double best = 0;
    for (ScreenArea candidate : screens) {
      double o = candidate.overlap(remembered.x(), remembered.y(), remembered.width(), remembered.height());
      if (o > best) {
        best = o;
        s = candidate;
      }
    }
    double w = Math.min(remembered.width(), s.width());
    double h = Math.min(remembered.height(), s.height());
    double x = Math.max(s.x(), Math.min(remembered.x(), s.right() - w));
    double y = Math.max(s.y(), Math.min(remembered.y(), s.bottom() - h));
    return new WindowPlacement(x, y, w, h, remembered.maximized());
  }

  private static boolean valid(WindowPlacement p) {
    return Double.isFinite(p.x()) && Double.isFinite(p.y()) && p.width() >= 1 && p.height() >= 1
        && Double.isFinite(p.width()) && Double.isFinite(p.height());
  }
}
