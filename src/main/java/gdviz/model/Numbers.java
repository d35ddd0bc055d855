package gdviz.model;

/** Number formatting shared by descriptions and messages. */
public final class Numbers {
  private Numbers() {}

  /**
   * Exact and short: integers without ".0", other numbers in the fewest digits that read back as the
   * same double — plain decimals from 1e-5 to 1e7 (0.00041), beyond that with a lowercase exponent
   * as a user would type it (1e-7, 1.5e20).
   */
  public static String format(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return Long.toString((long) v);
    }
    String s = Double.toString(v);
    int e = s.indexOf('E');
    if (e < 0) {
      return s;
    }
    double a = Math.abs(v);
    if (a >= 1e-5 && a < 1e7) { // Java writes 4.1E-4; a student reads 0.00041
      return java.math.BigDecimal.valueOf(v).toPlainString();
    }
    String mantissa = s.substring(0, e);
    if (mantissa.endsWith(".0")) {
      mantissa = mantissa.substring(0, mantissa.length() - 2);
    }
    return mantissa + "e" + s.substring(e + 1); // 1e-7, 2.5e12: as typed
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
