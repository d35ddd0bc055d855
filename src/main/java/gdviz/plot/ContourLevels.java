package gdviz.plot;

import java.util.Arrays;

/**
 * Contour levels suited to a function's values: evenly spaced, or — when most of the area lies
 * near the bottom of the range, as in Rosenbrock's valley — evenly spaced in log(f − min + δ), so
 * the floor gets lines too. The same transform maps values to [0, 1] for the heat map.
 */
public final class ContourLevels {
  /** Log spacing when (max − min) exceeds this multiple of (median − min). */
  static final double SKEW_FOR_LOG = 10;

  private final double min;
  private final double max;
  private final boolean logarithmic;
  private final double offset;
  private final double[] levels;

  private ContourLevels(double min, double max, boolean logarithmic, double offset, double[] levels) {
    this.min = min;
    this.max = max;
    this.logarithmic = logarithmic;
    this.offset = offset;
    this.levels = levels;
  }

  /** {@code count} levels for the values on the grid. */
  public static ContourLevels choose(FunctionGrid g, int count) {
    double min = g.min();
    double max = g.max();
    if (!(max > min) || !Double.isFinite(max - min)) {
      return new ContourLevels(min, max, false, 1, new double[0]);
    }
    double[] sample = new double[g.nx() * g.ny()];
    int n = 0;
    for (int j = 0; j < g.ny(); j++) {
      for (int i = 0; i < g.nx(); i++) {
        double v = g.value(i, j);
        if (!Double.isNaN(v)) {
          sample[n++] = v;
        }
      }
    }
    Arrays.sort(sample, 0, n);
    double median = sample[n / 2];
    double span = max - min;
    boolean log = span > SKEW_FOR_LOG * (median - min);
    return of(min, max, log, count);
  }

  static ContourLevels of(double min, double max, boolean log, int count) {
    double span = max - min;
    double offset = span * 1e-4;
    double[] levels = new double[count];
    for (int i = 0; i < count; i++) {
      double t = (i + 1.0) / (count + 1);
      levels[i] = log ? min + offset * (Math.pow((span + offset) / offset, t) - 1) : min + span * t;
    }
    return new ContourLevels(min, max, log, offset, levels);
  }

  public double[] levels() {
    return levels.clone();
  }

  public boolean logarithmic() {
    return logarithmic;
  }

  /** Position of v on the colour scale: 0 at the minimum, 1 at the maximum. */
  public double normalize(double v) {
    if (!(max > min)) {
      return 0.5;
    }
    if (logarithmic) {
      return Math.log((v - min + offset) / offset) / Math.log((max - min + offset) / offset);
    }
    return (v - min) / (max - min);
  }
}
