package gdviz.plot;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Axis ticks at 1, 2 or 5 × 10ᵏ, about {@code target} of them, with labels that show just enough digits. */
public final class NiceTicks {
  private NiceTicks() {}

  public record Tick(double value, String label) {}

  public static List<Tick> of(double min, double max, int target) {
    List<Tick> ticks = new ArrayList<>();
    double span = max - min;
    if (!(span > 0) || !Double.isFinite(span)) {
      return ticks;
    }
    double raw = span / Math.max(1, target);
    double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
    // the 1-2-5 step whose tick count is closest to the target
    double step = magnitude;
    double bestMiss = Double.POSITIVE_INFINITY;
    for (double m : new double[] {1, 2, 5, 10}) {
      double candidate = m * magnitude;
      double count = Math.floor(max / candidate) - Math.ceil(min / candidate) + 1;
      double miss = Math.abs(count - target);
      if (miss < bestMiss) {
        bestMiss = miss;
        step = candidate;
      }
    }
    int decimals = (int) Math.max(0, -Math.floor(Math.log10(step) + 1e-9));
    // in scientific notation, enough significant digits that neighbouring ticks read differently
    // (ticks 1.0000001e60 and 1.0000002e60 apart, not both "1.0e60")
    double largest = Math.max(Math.abs(min), Math.abs(max));
    int significant = (int) Math.min(17, Math.max(2,
        Math.floor(Math.log10(largest) + 1e-9) - Math.floor(Math.log10(step) + 1e-9) + 1));
    double first = Math.ceil(min / step) * step;
    for (int i = 0; ; i++) {
      double v = first + i * step;
      if (v > max + step * 1e-9 || i > 1000) {
        break;
      }
      if (Math.abs(v) < step * 1e-9) {
        v = 0;
      }
      ticks.add(new Tick(v, label(v, step, decimals, significant)));
    }
    return ticks;
  }

  private static String label(double v, double step, int decimals, int significant) {
    if (step >= 1e5 || step < 1e-4) {
      return String.format(Locale.ROOT, "%." + significant + "g", v).replace("e+0", "e").replace("e-0", "e-").replace("e+", "e");
    }
    return fixed(v, decimals);
  }

  /**
   * {@code String.format("%.<decimals>f", v)} without the formatter (the loss plot labels its
   * ticks every frame): the digits of {@link Double#toString} rounded half up, as the formatter does.
   */
  static String fixed(double v, int decimals) {
    String s = java.math.BigDecimal.valueOf(v).setScale(decimals, java.math.RoundingMode.HALF_UP).toPlainString();
    return v < 0 && s.charAt(0) != '-' ? "-" + s : s; // the formatter keeps the sign of a negative rounded to 0
  }

  /** Ticks for a log axis: the powers of ten within [min, max] (both > 0). */
  public static List<Tick> logOf(double min, double max) {
    List<Tick> ticks = new ArrayList<>();
    // a range reaching 0 or beyond the doubles (10^−330 rounds to 0) would give an endless loop of powers
    int lo = (int) Math.ceil(Math.max(-323, Math.log10(min)) - 1e-9);
    int hi = (int) Math.floor(Math.min(308, Math.log10(max)) + 1e-9);
    int every = Math.max(1, (hi - lo + 1) / 8);
    for (int p = lo; p <= hi; p++) {
      if ((p - lo) % every == 0) {
        ticks.add(new Tick(Math.pow(10, p), p == 0 ? "1" : p == 1 ? "10" : "1e" + p));
      }
    }
    return ticks;
  }
}
