package gdviz.model;

/** Number formatting shared by descriptions and messages. */
public final class Numbers {
  private Numbers() {}

  /** Integers without ".0", everything else as Java's shortest exact form. */
  public static String format(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return Long.toString((long) v);
    }
    return Double.toString(v);
  }

  /**
   * Six significant digits, no trailing zeros, short exponents: 6, 3.6, 0.0604662, 1e-5, -1.2e-7.
   * Called for every cell of the iterates table each frame, so it trims by hand, not by regex.
   */
  public static String compact(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e9) {
      return Long.toString((long) v);
    }
    String s = String.format(java.util.Locale.ROOT, "%.6g", v);
    int e = s.indexOf('e');
    if (e < 0) {
      return stripZeros(s);
    }
    int i = e + 1;
    boolean negative = s.charAt(i) == '-';
    if (negative || s.charAt(i) == '+') {
      i++;
    }
    while (i < s.length() - 1 && s.charAt(i) == '0') {
      i++;
    }
    return stripZeros(s.substring(0, e)) + (negative ? "e-" : "e") + s.substring(i);
  }

  private static String stripZeros(String s) {
    if (s.indexOf('.') < 0) {
      return s;
    }
    int end = s.length();
    while (s.charAt(end - 1) == '0') {
      end--;
    }
    if (s.charAt(end - 1) == '.') {
      end--;
    }
    return s.substring(0, end);
  }
}
