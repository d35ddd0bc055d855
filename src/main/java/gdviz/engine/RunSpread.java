package gdviz.engine;

import gdviz.model.analysis.IteratePath;
import gdviz.model.analysis.Outcome;
import java.util.Arrays;
import java.util.List;

/**
 * What many seeded runs did at each step k: the 10 %, 50 % and 90 % quantiles of f, and the mean
 * point and the covariance of the runs that stayed finite. A run that stopped before k counts with
 * its last iterate (it stays where it stopped); one that diverged or left the domain counts with
 * f = +∞ from then on and is left out of the mean and the covariance. Quantiles interpolate
 * linearly between the sorted values (position q·(n − 1), as numpy's default).
 */
public final class RunSpread {
  private final List<RunResult> runs;
  private final int length;
  private final double[] p10;
  private final double[] p50;
  private final double[] p90;
  private final double[][] mean;
  private final int escaped;
  private final IteratePath p10Path;
  private final IteratePath medianPath;
  private final IteratePath p90Path;

  private RunSpread(List<RunResult> runs) {
    this.runs = runs;
    int n = 0;
    int away = 0;
    for (RunResult r : runs) {
      n = Math.max(n, r.trajectory().size());
      away += escaped(r) ? 1 : 0;
    }
    length = n;
    escaped = away;
    int dim = runs.get(0).trajectory().dimension();
    p10 = new double[n];
    p50 = new double[n];
    p90 = new double[n];
    mean = new double[dim][n];
    double[] values = new double[runs.size()];
    for (int k = 0; k < n; k++) {
      int finite = 0;
      for (int r = 0; r < runs.size(); r++) {
        RunResult run = runs.get(r);
        Trajectory t = run.trajectory();
        boolean past = k >= t.size();
        values[r] = past && escaped(run) ? Double.POSITIVE_INFINITY : t.value(Math.min(k, t.size() - 1));
        if (!escaped(run)) {
          finite++;
          for (int i = 0; i < dim; i++) {
            mean[i][k] += t.x(Math.min(k, t.size() - 1), i);
          }
        }
      }
      for (int i = 0; i < dim; i++) {
        mean[i][k] = finite == 0 ? Double.NaN : mean[i][k] / finite;
      }
      Arrays.sort(values);
      p10[k] = quantile(values, 0.1);
      p50[k] = quantile(values, 0.5);
      p90[k] = quantile(values, 0.9);
    }
    p10Path = path(p10);
    medianPath = path(p50);
    p90Path = path(p90);
  }

  /** The spread of these runs (at least one). */
  public static RunSpread of(List<RunResult> runs) {
    if (runs.isEmpty()) {
      throw new IllegalArgumentException("no runs");
    }
    return new RunSpread(List.copyOf(runs));
  }

  private static boolean escaped(RunResult r) {
    Outcome.Kind kind = r.outcome().kind();
    return kind == Outcome.Kind.DIVERGED || kind == Outcome.Kind.LEFT_DOMAIN;
  }

  /** The q-quantile of sorted values, interpolated linearly at position q·(n − 1). */
  static double quantile(double[] sorted, double q) {
    double h = q * (sorted.length - 1);
    int lo = (int) Math.floor(h);
    int hi = Math.min(sorted.length - 1, lo + 1);
    if (h == lo || sorted[hi] == sorted[lo]) { // (0·∞ would be NaN)
      return sorted[lo];
    }
    return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
  }

  public List<RunResult> runs() {
    return runs;
  }

  /** Iterates of the longest run. */
  public int length() {
    return length;
  }

  /** Runs that diverged or left the domain. */
  public int escaped() {
    return escaped;
  }

  public double p10(int k) {
    return p10[k];
  }

  public double median(int k) {
    return p50[k];
  }

  public double p90(int k) {
    return p90[k];
  }

  /** The mean of coordinate i at step k over the runs that stayed finite (NaN if none did). */
  public double mean(int k, int i) {
    return mean[i][k];
  }

  /**
   * The covariance of coordinates i and j at step k over the runs that stayed finite: {cov(i, i),
   * cov(i, j), cov(j, j)}, divided by n − 1 (zeros for fewer than two runs).
   */
  public double[] covariance(int k, int i, int j) {
    double sii = 0;
    double sij = 0;
    double sjj = 0;
    int n = 0;
    for (RunResult r : runs) {
      if (escaped(r)) {
        continue;
      }
      Trajectory t = r.trajectory();
      int at = Math.min(k, t.size() - 1);
      double di = t.x(at, i) - mean[i][k];
      double dj = t.x(at, j) - mean[j][k];
      sii += di * di;
      sij += di * dj;
      sjj += dj * dj;
      n++;
    }
    return n < 2 ? new double[3] : new double[] {sii / (n - 1), sij / (n - 1), sjj / (n - 1)};
  }

  /** The mean path, its f the median of f: the loss plot's middle line, the function plot's mean path. */
  public IteratePath medianPath() {
    return medianPath;
  }

  /** The 10 % quantile of f per step (x: the mean point). */
  public IteratePath p10Path() {
    return p10Path;
  }

  /** The 90 % quantile of f per step (x: the mean point). */
  public IteratePath p90Path() {
    return p90Path;
  }

  private IteratePath path(double[] values) {
    return new IteratePath() {
      @Override
      public int size() {
        return length;
      }

      @Override
      public int dimension() {
        return mean.length;
      }

      @Override
      public double x(int k, int i) {
        return mean[i][k];
      }

      @Override
      public double value(int k) {
        return values[k];
      }

      @Override
      public double gradient(int k, int i) {
        return Double.NaN;
      }
    };
  }
}
