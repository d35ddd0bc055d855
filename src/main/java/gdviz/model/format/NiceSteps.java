package gdviz.model.format;

/**
 * The learning rates the η slider's arrow keys step through: 1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8
 * times a power of ten — about a tenth of a decade a step, each a number a class can read aloud —
 * and the example's own η where a step would pass it.
 */
public final class NiceSteps {
  private static final double[] MANTISSAS = {1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8};

  private NiceSteps() {}

  /**
   * The next value up (direction +1) or down (−1) from {@code value}; {@code home} (NaN: none)
   * where it lies strictly between the two.
   */
  public static double next(double value, int direction, double home) {
    double next = direction > 0 ? up(value) : down(value);
    boolean passes = direction > 0 ? home > value && home < next : home < value && home > next;
    return passes ? home : next;
  }

  private static double up(double value) {
    int decade = (int) Math.floor(Math.log10(value));
    for (int d = decade; d <= decade + 1; d++) {
      for (double m : MANTISSAS) {
        double candidate = nice(m, d);
        if (candidate > value * (1 + 1e-9)) {
          return candidate;
        }
      }
    }
    return nice(1, decade + 2);
  }

  private static double down(double value) {
    int decade = (int) Math.floor(Math.log10(value));
    for (int d = decade; d >= decade - 1; d--) {
      for (int i = MANTISSAS.length - 1; i >= 0; i--) {
        double candidate = nice(MANTISSAS[i], d);
        if (candidate < value * (1 - 1e-9)) {
          return candidate;
        }
      }
    }
    return nice(8, decade - 2);
  }

  /** m·10^d, as the decimal a reader types (0.3, not 0.30000000000000004). */
  private static double nice(double m, int d) {
    return Double.parseDouble(java.math.BigDecimal.valueOf(m).scaleByPowerOfTen(d).toPlainString());
  }
}
