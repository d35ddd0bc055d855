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
}
