package gdviz.model.format;

/**
 * Numbers as a student writes them in a step on paper: compact, a negative factor in parentheses
 * (2·(−0.3)), vectors and products with spaces that do not break a line, subscript indices.
 */
public final class HandWriting {
  /** A space that does not break a line: inside vectors and products. */
  public static final String KEEP = "\u00A0";

  private HandWriting() {}

  /** Subscript digits: 12 → ₁₂. */
  public static String sub(int k) {
    StringBuilder s = new StringBuilder();
    for (char c : Integer.toString(k).toCharArray()) {
      s.append((char) ('₀' + (c - '0')));
    }
    return s.toString();
  }

  public static String num(double v) {
    return Numbers.compact(v);
  }

  /** A number as a factor of a product: in parentheses when negative, 2·(−0.3) rather than 2·-0.3. */
  public static String factor(double v) {
    String s = num(v);
    return s.startsWith("-") ? "(" + s + ")" : s;
  }

  /** η·v, written so it never breaks across lines. */
  public static String product(double eta, String v) {
    return factor(eta) + "·" + v;
  }

  /** A point or vector as a factor: in one variable a number (in parentheses when negative). */
  public static String operand(double[] v) {
    return v.length == 1 ? factor(v[0]) : vector(v);
  }

  /** (a, b): its separators do not break lines; in one variable just the number. */
  public static String vector(double[] v) {
    if (v.length == 1) {
      return num(v[0]);
    }
    StringBuilder s = new StringBuilder("(");
    for (int i = 0; i < v.length; i++) {
      s.append(i == 0 ? "" : "," + KEEP).append(num(v[i]));
    }
    return s.append(")").toString();
  }

  /** [a, b; c, d]: rows separated by semicolons. */
  public static String matrix(double[][] h) {
    StringBuilder s = new StringBuilder("[");
    for (int i = 0; i < h.length; i++) {
      s.append(i == 0 ? "" : ";" + KEEP).append(vector(h[i]).replace("(", "").replace(")", ""));
    }
    return s.append("]").toString();
  }
}
