package gdviz.model.analysis;

import gdviz.model.format.Numbers;
import gdviz.model.objective.Objective;
import java.util.List;

/**
 * The status line's text for the point under the pointer: each coordinate drawn, rounded to what
 * one pixel can aim at, and f there ("x1 = 0.25, x2 = -1.5, f = 4.5625"; "undefined" where f is not
 * a finite number).
 */
public final class PointerReadout {
  private PointerReadout() {}

  /**
   * @param shown the function drawn (a slice of two coordinates for 3+ variables)
   * @param point the world point: x, or the two coordinates drawn
   * @param resolution world units per pixel along each coordinate of {@code point}
   * @param names the names of the coordinates in {@code point}, in order
   */
  public static String describe(Objective shown, double[] point, double[] resolution, List<String> names) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < point.length; i++) {
      text.append(names.get(i)).append(" = ")
          .append(Numbers.format(Numbers.roundToResolution(point[i], resolution[i]))).append(", ");
    }
    double f = shown.value(point);
    return text.append("f = ").append(Double.isFinite(f) ? Numbers.compact(f) : "undefined").toString();
  }
}
