package gdviz.model.objective;

import gdviz.model.SetupException;
import gdviz.model.format.Numbers;
import java.util.ArrayList;
import java.util.List;

/**
 * The forward difference (f(x + h·eᵢ) − f(x))/h beside the exact partial derivative ∂f/∂xᵢ: the
 * lesson that the difference quotient approximates the derivative, with an error that shrinks
 * with h until rounding takes over.
 */
public final class DifferenceQuotient {
  private DifferenceQuotient() {}

  /** One sample point: x, f(x), the exact gradient and the forward-difference estimate of it. */
  public record Sample(double[] x, double value, double[] exact, double[] estimate) {
    /** The largest |estimate − exact| over the coordinates. */
    public double maxError() {
      double worst = 0;
      for (int i = 0; i < exact.length; i++) {
        worst = Math.max(worst, Math.abs(estimate[i] - exact[i]));
      }
      return worst;
    }
  }

  /** The forward-difference estimate of every partial derivative at x. */
  public static double[] forward(Objective f, double[] x, double h) {
    double fx = f.value(x);
    double[] shifted = x.clone();
    double[] estimate = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      shifted[i] = x[i] + h;
      estimate[i] = (f.value(shifted) - fx) / h;
      shifted[i] = x[i];
    }
    return estimate;
  }

  public static Sample sample(Objective f, double[] x, double h) {
    double[] exact = new double[x.length];
    f.gradient(x, exact);
    return new Sample(x.clone(), f.value(x), exact, forward(f, x, h));
  }

  /** Refuses a table that cannot be made: fewer than 2 points (or more than 100,000), from ≥ to, h ≤ 0. */
  public static void checkRange(double from, double to, int points, double h) {
    if (points < 2 || points > 100_000 || !(to > from) || !(h > 0) || !Double.isFinite(to - from)) {
      throw new SetupException("the difference quotient needs 2 to 100,000 points, from < to (finite) and h > 0; got "
          + points + " points, from " + Numbers.format(from) + " to " + Numbers.format(to) + ", h = "
          + Numbers.format(h));
    }
  }

  /**
   * Samples at {@code points} evenly spaced points t of [from, to]; in several variables at the
   * points (t, t, …, t) on the diagonal.
   */
  public static List<Sample> table(Objective f, double from, double to, int points, double h) {
    checkRange(from, to, points, h);
    List<Sample> samples = new ArrayList<>();
    for (int k = 0; k < points; k++) {
      double t = from + (to - from) * k / (points - 1);
      double[] x = new double[f.dimension()];
      java.util.Arrays.fill(x, t);
      samples.add(sample(f, x, h));
    }
    return samples;
  }
}
