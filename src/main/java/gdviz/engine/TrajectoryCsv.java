package gdviz.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Iterates as CSV: {@code [run,]k,x|x1,x2,…,f,grad_norm}, numbers in Java's shortest exact form
 * ({@link Double#toString}), so a printed value reads back to the same double.
 */
public final class TrajectoryCsv {
  private TrajectoryCsv() {}

  /** {@code x} in one variable, {@code x1, x2, …} in several. */
  public static List<String> parameterColumns(int dimension) {
    List<String> names = new ArrayList<>();
    if (dimension == 1) {
      names.add("x");
    } else {
      for (int i = 1; i <= dimension; i++) {
        names.add("x" + i);
      }
    }
    return names;
  }

  public static String header(int dimension, boolean withRun) {
    return (withRun ? "run," : "") + "k," + String.join(",", parameterColumns(dimension)) + ",f,grad_norm";
  }

  /** Writes one row per iterate (no header); {@code run} is the first column unless null. */
  public static void writeRows(Appendable out, String run, Trajectory t) {
    try {
      StringBuilder row = new StringBuilder(128);
      int n = t.size();
      for (int k = 0; k < n; k++) {
        row.setLength(0);
        if (run != null) {
          row.append(run).append(',');
        }
        row.append(k);
        for (int i = 0; i < t.dimension(); i++) {
          row.append(',').append(t.x(k, i));
        }
        row.append(',').append(t.value(k)).append(',').append(t.gradientNorm(k)).append('\n');
        out.append(row);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
