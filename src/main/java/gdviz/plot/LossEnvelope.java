package gdviz.plot;

import gdviz.model.analysis.IteratePath;
import java.util.Arrays;

/**
 * The lowest and highest f of a run in each pixel column of the loss plot, kept up to date
 * incrementally: a frame only looks at the iterates that arrived since the last one, a step back
 * at one column again. Rebuilt when the run, the number of columns or the axis length changes.
 */
public final class LossEnvelope {
  private Object source;
  private int columns;
  private double span;
  private double[] low = new double[0];
  private double[] high = new double[0];
  private int scanned;
  private static final int BLOCK = 4096;
  private final double[] block = new double[BLOCK];
  private double best = Double.POSITIVE_INFINITY;
  private double worst = Double.NEGATIVE_INFINITY;
  private Object wholeSource;
  private int wholeScanned;
  private double wholeLow = Double.POSITIVE_INFINITY;
  private double wholeHigh = Double.NEGATIVE_INFINITY;

  /** Takes in iterates up to {@code n}, for an axis 0 … span over {@code columns} columns. */
  public LossEnvelope update(IteratePath path, int n, double span, int columns) {
    if (path.identity() == source && columns == this.columns && span == this.span && n < scanned) {
      truncate(n); // a step back: only the column of the new last iterate is scanned again
    }
    if (path.identity() != source || columns != this.columns || span != this.span) {
      source = path.identity();
      this.columns = columns;
      this.span = span;
      low = new double[columns];
      high = new double[columns];
      Arrays.fill(low, Double.NaN);
      Arrays.fill(high, Double.NaN);
      scanned = 0;
      best = Double.POSITIVE_INFINITY;
      worst = Double.NEGATIVE_INFINITY;
    }
    // in blocks read at once (IteratePath.values): a call per block, not several per iterate
    for (int from = scanned; from < n; from += BLOCK) {
      int to = Math.min(n, from + BLOCK);
      path.values(from, to, block);
      for (int j = 0, k = from; k < to; j++, k++) {
        double f = block[j];
        if (!Double.isFinite(f)) {
          continue;
        }
        int c = column(k);
        if (Double.isNaN(low[c]) || f < low[c]) {
          low[c] = f;
        }
        if (Double.isNaN(high[c]) || f > high[c]) {
          high[c] = f;
        }
        best = Math.min(best, f);
        worst = Math.max(worst, f);
      }
    }
    scanned = n;
    return this;
  }

  /**
   * Forgets the iterates from {@code n} on: later columns are emptied, the column of iterate n − 1
   * is to be scanned again from its first iterate, and the best and worst f are those of the
   * columns before it.
   */
  private void truncate(int n) {
    int last = n == 0 ? -1 : column(n - 1);
    int from = 0;
    if (last >= 0) {
      int hi = n - 1;
      while (from < hi) { // the first iterate in column `last` (columns grow with k)
        int mid = (from + hi) >>> 1;
        if (column(mid) < last) {
          from = mid + 1;
        } else {
          hi = mid;
        }
      }
    }
    for (int c = Math.max(0, last); c < columns; c++) {
      low[c] = Double.NaN;
      high[c] = Double.NaN;
    }
    best = Double.POSITIVE_INFINITY;
    worst = Double.NEGATIVE_INFINITY;
    for (int c = 0; c < last; c++) {
      if (!Double.isNaN(low[c])) {
        best = Math.min(best, low[c]);
        worst = Math.max(worst, high[c]);
      }
    }
    scanned = from;
  }

  /**
   * Takes in the iterates of the whole computed run (not just those shown) for its best f, the
   * f* of a log axis where the true minimum is not known. Incremental, like {@link #update}.
   */
  public LossEnvelope scanWhole(IteratePath whole) {
    int n = whole.size();
    if (whole.identity() != wholeSource || n < wholeScanned) {
      wholeSource = whole.identity();
      wholeScanned = 0;
      wholeLow = Double.POSITIVE_INFINITY;
      wholeHigh = Double.NEGATIVE_INFINITY;
    }
    for (int from = wholeScanned; from < n; from += BLOCK) {
      int to = Math.min(n, from + BLOCK);
      whole.values(from, to, block);
      for (int j = 0; j < to - from; j++) {
        double f = block[j];
        if (Double.isFinite(f)) {
          wholeLow = Math.min(wholeLow, f);
          wholeHigh = Math.max(wholeHigh, f);
        }
      }
    }
    wholeScanned = n;
    return this;
  }

  /** The best f of the whole run computed so far: the lowest, or the highest when maximizing (NaN if none). */
  public double bestOfWhole(boolean maximize) {
    double v = maximize ? wholeHigh : wholeLow;
    return Double.isFinite(v) ? v : Double.NaN;
  }

  int column(double k) {
    return (int) Math.max(0, Math.min(columns - 1, Math.floor(k / span * (columns - 1) + 0.5)));
  }

  public int columns() {
    return columns;
  }

  /** Lowest finite f in column c, or NaN if none. */
  public double low(int c) {
    return low[c];
  }

  public double high(int c) {
    return high[c];
  }

  /** Lowest finite f of the run so far. */
  public double best() {
    return best;
  }

  public double worst() {
    return worst;
  }
}
