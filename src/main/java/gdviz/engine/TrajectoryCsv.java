package gdviz.engine;

import gdviz.model.run.RunSetup;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Iterates as CSV: {@code [run,]k,x|x1,x2,…,f,grad_norm[,eta]}, numbers in Java's shortest exact
 * form ({@link Double#toString}), so a printed value reads back to the same double. The eta column
 * (the step size that led to row k; empty in row 0) is written for a run with a schedule.
 */
public final class TrajectoryCsv {
  private TrajectoryCsv() {}

  /** {@code x} in one variable, {@code x1, x2, …} in several: a run's default parameter names. */
  public static List<String> parameterColumns(int dimension) {
    return RunSetup.defaultNames(dimension);
  }

  public static String header(int dimension, boolean withRun) {
    return header(dimension, withRun, false);
  }

  /** {@code withEta}: a last column with the step size of each step (a scheduled run's ηₖ). */
  public static String header(int dimension, boolean withRun, boolean withEta) {
    return header(dimension, withRun, false, withEta);
  }

  /**
   * {@code withSeed}: a column {@code seed} after {@code run} (many seeded runs); its rows take
   * {@code "run,seed"} or the seed alone as their first-column text.
   */
  public static String header(int dimension, boolean withRun, boolean withSeed, boolean withEta) {
    return (withRun ? "run," : "") + (withSeed ? "seed," : "") + "k," + String.join(",", parameterColumns(dimension)) + ",f,grad_norm"
        + (withEta ? ",eta" : "");
  }

  /** Writes one row per iterate of a kept trajectory (no header); {@code run} is the first column unless null. */
  public static void writeRows(Appendable out, String run, Trajectory t) {
    writeRows(out, run, t, false);
  }

  /** As {@link #writeRows(Appendable, String, Trajectory)}, with the eta column if asked. */
  public static void writeRows(Appendable out, String run, Trajectory t, boolean withEta) {
    writeRows(out, run, t, t.size(), withEta);
  }

  /** The first {@code n} iterates' rows (those computed when a save was asked for, say). */
  public static void writeRows(Appendable out, String run, Trajectory t, int n, boolean withEta) {
    Rows rows = new Rows(out, run, withEta);
    double[] x = new double[t.dimension()];
    double[] g = new double[t.dimension()];
    for (int k = 0; k < n; k++) {
      t.x(k, x);
      for (int i = 0; i < g.length; i++) {
        g[i] = t.gradient(k, i);
      }
      rows.append(x, t.value(k), g, t.eta(k));
    }
  }

  /**
   * A sink that writes each iterate as a row the moment it arrives and keeps nothing: the command
   * line's memory does not grow with the number of steps.
   */
  public static final class Rows implements IterateSink {
    private final Appendable out;
    private final String run;
    private final boolean withEta;
    private final StringBuilder row = new StringBuilder(128);
    private long k;

    /** @param run the first column's text, or null for no run column */
    public Rows(Appendable out, String run) {
      this(out, run, false);
    }

    /** @param withEta a last column with the step size that led to each row (empty in row 0) */
    public Rows(Appendable out, String run, boolean withEta) {
      this.out = out;
      this.run = run;
      this.withEta = withEta;
    }

    @Override
    public void append(double[] x, double value, double[] gradient, double eta) {
      row.setLength(0);
      if (run != null) {
        row.append(run).append(',');
      }
      row.append(k++);
      for (double xi : x) {
        row.append(',').append(xi);
      }
      double sum = 0;
      for (double gi : gradient) {
        sum += gi * gi;
      }
      row.append(',').append(value).append(',').append(Math.sqrt(sum));
      if (withEta) {
        row.append(',');
        if (!Double.isNaN(eta)) {
          row.append(eta);
        }
      }
      row.append('\n');
      try {
        out.append(row);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
