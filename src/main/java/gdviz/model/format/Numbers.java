package gdviz.model.format;

/**
 * Every number a student reads goes through here: the exact form for settings and messages
 * ({@link #format}), six significant digits for read-outs ({@link #compact}), as many digits as fit
 * a narrow column without ever losing the magnitude ({@link #fit}), and the roundings the app
 * applies to values it chooses (η for a comparison, a clicked start point).
 */
public final class Numbers {
  private Numbers() {}

  /** The read-outs' precision: the table, the status line, the step written out by hand. */
  public static final int READOUT_DIGITS = 6;

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
    return compact(v, READOUT_DIGITS);
  }

  /** As {@link #compact(double)} with {@code digits} significant digits (1 … 17); whole numbers with more digits get an exponent. */
  public static String compact(double v, int digits) {
    return compact(v, digits, null);
  }

  /** {@code parsed}: v's digits read once for several precisions, or null. */
  private static String compact(double v, int digits, SignificantDigits parsed) {
    if (v == Math.rint(v) && Math.abs(v) < 1e15 && Long.toString(Math.abs((long) v)).length() <= digits) {
      return Long.toString((long) v);
    }
    if (!Double.isFinite(v)) {
      return Double.toString(v);
    }
    return (parsed != null ? parsed : new SignificantDigits(v)).write(Math.max(1, Math.min(17, digits)));
  }

  /**
   * The most precise form of v, from {@link #READOUT_DIGITS} significant digits down to one, that
   * takes at most {@code maxChars} characters: 2.11056e11 in 10, 2.1e11 in 6, 2e11 in 4. A number
   * never loses its magnitude for lack of room: when even one digit does not fit, that form is
   * returned anyway (longer than asked).
   */
  public static String fit(double v, int maxChars) {
    return fit(v, maxChars, String::length);
  }

  /**
   * As {@link #fit(double, int)} for a room measured by {@code width} (a text's width in some
   * font: a cell fits "−7.2e-5" where a count of characters would give up a digit to the narrow
   * minus and point).
   */
  public static String fit(double v, double room, java.util.function.ToDoubleFunction<String> width) {
    boolean whole = v == Math.rint(v) && Math.abs(v) < 1e9;
    SignificantDigits parsed = Double.isFinite(v) && v != 0 && !whole ? new SignificantDigits(v) : null;
    String usual = whole ? Long.toString((long) v) : compact(v, READOUT_DIGITS, parsed);
    if (width.applyAsDouble(usual) <= room) {
      return usual;
    }
    String best = usual;
    for (int digits = READOUT_DIGITS; digits >= 1; digits--) {
      String s = compact(v, digits, parsed);
      if (Math.abs(v) > 1e307 && !Double.isFinite(Double.parseDouble(s))) {
        break; // rounded up past the largest double (1.8e308): fewer digits only get worse
      }
      if (width.applyAsDouble(s) <= room) {
        return s;
      }
      best = s;
    }
    return best;
  }

  /** v rounded to {@code digits} significant digits: round(0.0123456, 3) = 0.0123. */
  public static double round(double v, int digits) {
    if (!Double.isFinite(v) || v == 0) {
      return v;
    }
    return new java.math.BigDecimal(v).round(new java.math.MathContext(digits, java.math.RoundingMode.HALF_EVEN))
        .doubleValue();
  }

  /**
   * The shortest decimal within half a {@code resolution} of v: a point clicked on a plot where a
   * pixel spans 0.02 is −0.06, not −0.05511.
   */
  public static double roundToResolution(double v, double resolution) {
    if (!Double.isFinite(v) || !(resolution > 0) || !Double.isFinite(resolution)) {
      return v;
    }
    int decimals = (int) Math.ceil(-Math.log10(resolution / 2));
    for (int d = Math.min(decimals, 17) - 3; d <= Math.min(decimals, 17); d++) {
      double r = java.math.BigDecimal.valueOf(v).setScale(d, java.math.RoundingMode.HALF_EVEN).doubleValue();
      if (Math.abs(r - v) <= resolution / 2) {
        return r;
      }
    }
    return v;
  }
}
