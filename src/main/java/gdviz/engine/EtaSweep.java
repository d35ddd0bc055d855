package gdviz.engine;

import gdviz.model.analysis.Outcome;
import gdviz.model.run.RunSetup;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;

/**
 * What each learning rate does: the same run (function, start, method, knobs, steps) at many η,
 * each kept only as its final f, its best f, its steps and how it ended. The runs are independent
 * and share the machine's cores.
 */
public final class EtaSweep {
  /** One rate's run. {@code fFinal} and {@code fBest} are f as the user wrote it (also when maximizing). */
  public record Point(double eta, double fFinal, double fBest, long steps, Outcome outcome) {}

  /** The sweep the app and `export --view sweep` draw: this many rates, evenly in log η over the slider's range. */
  public static final int VIEW_POINTS = 200;
  public static final double VIEW_MIN = 1e-4;
  public static final double VIEW_MAX = 10;
  /** A drawn sweep runs at most this many steps per rate (a preset's budget can be a million). */
  public static final long VIEW_MAX_STEPS = 10_000;

  private EtaSweep() {}

  /** The drawn sweep of a setup: {@link #VIEW_POINTS} rates over the slider's range, at most {@link #VIEW_MAX_STEPS} steps each. */
  public static List<Point> forView(RunSetup setup, BooleanSupplier cancelled) {
    return run(setup.withSteps(Math.min(setup.steps(), VIEW_MAX_STEPS)), rates(VIEW_MIN, VIEW_MAX, VIEW_POINTS),
        cancelled);
  }

  /**
   * {@code n} rates spaced evenly in log η from {@code a} to {@code b}, both ends exactly.
   *
   * @throws IllegalArgumentException for rates that are not positive and finite, a &gt;= b, or n &lt; 2
   */
  public static double[] rates(double a, double b, int n) {
    if (!(a > 0) || !(b > a) || !Double.isFinite(b)) {
      throw new IllegalArgumentException("the η range must run from a positive A to a larger B, got "
          + a + ":" + b);
    }
    if (n < 2) {
      throw new IllegalArgumentException("a sweep needs at least 2 points, got " + n);
    }
    double[] etas = new double[n];
    double la = Math.log(a);
    double lb = Math.log(b);
    for (int i = 0; i < n; i++) {
      etas[i] = Math.exp(la + (lb - la) * i / (n - 1));
    }
    etas[0] = a;
    etas[n - 1] = b;
    return etas;
  }

  /** Runs {@code setup} at each rate; a cancelled sweep returns what it finished (the rest null). */
  public static List<Point> run(RunSetup setup, double[] etas, BooleanSupplier cancelled) {
    Point[] points = new Point[etas.length];
    IntStream.range(0, etas.length).parallel().forEach(i -> {
      if (!cancelled.getAsBoolean()) {
        points[i] = one(setup.withEta(etas[i]), cancelled);
      }
    });
    return java.util.Arrays.asList(points);
  }

  private static Point one(RunSetup setup, BooleanSupplier cancelled) {
    double[] last = {Double.NaN};
    DescentRun.Ending end = DescentRun.stream(setup, (x, value, gradient, eta) -> last[0] = value, cancelled);
    return new Point(setup.eta(), last[0], end.bestValue(), end.outcome().step(), end.outcome());
  }
}
