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

  /** Six significant digits, no trailing zeros, short exponents: 6, 3.6, 0.0604662, 1e-5, -1.2e-7. */
  public static String compact(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e9) {
      return Long.toString((long) v);
    }
    String s = String.format(java.util.Locale.ROOT, "%.6g", v);
    if (s.contains("e")) {
      String[] parts = s.split("e");
      return stripZeros(parts[0]) + "e" + parts[1].replaceFirst("^\\+", "").replaceFirst("^(-?)0+(\\d)", "$1$2");
    }
    return stripZeros(s);
  }

  private static String stripZeros(String s) {
    return s.contains(".") ? s.replaceFirst("0+$", "").replaceFirst("\\.$", "") : s;
  }
}
