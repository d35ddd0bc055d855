package gdviz.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import gdviz.engine.Trajectory;
import gdviz.model.analysis.IteratePath;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The loss envelope and the path reduction read iterates in blocks; they must come out exactly as
 * a scan of one iterate at a time (written out here as the reference), whichever way the path is
 * stored and however the frames cut the run.
 */
class BlockScanTest {
  private static final int N = 30_000; // several blocks of 4,096 and trajectory chunks of 8,192

  /** A 2D run with wandering points, some values NaN or infinite. */
  private static Trajectory trajectory(long seed) {
    Random r = new Random(seed);
    Trajectory t = new Trajectory(2);
    double[] x = {0, 0};
    for (int k = 0; k < N; k++) {
      x[0] += r.nextGaussian() * 0.05;
      x[1] += r.nextGaussian() * 0.05;
      double f = r.nextInt(50) == 0 ? Double.NaN : r.nextInt(70) == 0 ? Double.POSITIVE_INFINITY
          : x[0] * x[0] + 3 * x[1] * x[1] + r.nextGaussian();
      t.append(x, f, x, 0.1);
    }
    return t;
  }

  /** The same iterates read only through x(k, i) and value(k): the interface's own block reads. */
  private static IteratePath plain(IteratePath p) {
    return new IteratePath() {
      @Override
      public int size() {
        return p.size();
      }

      @Override
      public int dimension() {
        return p.dimension();
      }

      @Override
      public double x(int k, int i) {
        return p.x(k, i);
      }

      @Override
      public double value(int k) {
        return p.value(k);
      }

      @Override
      public double gradient(int k, int i) {
        return p.gradient(k, i);
      }
    };
  }

  @Test
  void theLossEnvelopeMatchesAnIterateByIterateScan() {
    for (long seed = 1; seed <= 3; seed++) {
      Trajectory t = trajectory(seed);
      for (IteratePath path : new IteratePath[] {t, plain(t), t.first(N - 123)}) {
        int n = path.size();
        double span = n + 77.5;
        int columns = 613;
        LossEnvelope e = new LossEnvelope();
        Random frames = new Random(seed);
        for (int shown = 0; shown < n; ) {
          shown = Math.min(n, shown + 1 + frames.nextInt(seed == 1 ? 9000 : 700));
          e.update(path, shown, span, columns);
        }
        double[][] ref = referenceEnvelope(path, n, span, columns);
        for (int c = 0; c < columns; c++) {
          assertEquals(ref[0][c], e.low(c), 0.0, "low of column " + c);
          assertEquals(ref[1][c], e.high(c), 0.0, "high of column " + c);
        }
        assertEquals(ref[2][0], e.best(), 0.0);
        assertEquals(ref[2][1], e.worst(), 0.0);
      }
    }
  }

  @Test
  void thePathReductionMatchesAnIterateByIterateScan() {
    Viewport v = new Viewport(-3, 3, -2, 2, 10, 5, 700, 500);
    for (long seed = 1; seed <= 3; seed++) {
      Trajectory t = trajectory(seed);
      for (IteratePath path : new IteratePath[] {t, plain(t), t.first(N - 5000)}) {
        for (boolean oneD : new boolean[] {false, true}) {
          IteratePath p = oneD ? firstCoordinateOnly(path) : path;
          int n = p.size();
          PathReduction r = new PathReduction();
          Random frames = new Random(seed);
          for (int shown = 0; shown < n; ) {
            shown = Math.min(n, shown + 1 + frames.nextInt(seed == 1 ? 9000 : 700));
            r.update(p, shown, v, 1, 0);
          }
          double[][] ref = referenceReduction(p, n, v, 1, 0);
          assertEquals(ref[0].length, r.count(), "kept points");
          for (int i = 0; i < r.count(); i++) {
            assertEquals(ref[0][i], r.x(i), 0.0);
            assertEquals(ref[1][i], r.y(i), 0.0);
            assertEquals((int) ref[2][i], r.index(i));
          }
        }
      }
    }
  }

  /** A 1D view of a 2D path: its first coordinate and the values. */
  private static IteratePath firstCoordinateOnly(IteratePath p) {
    IteratePath plain = plain(p);
    return new IteratePath() {
      @Override
      public int size() {
        return plain.size();
      }

      @Override
      public int dimension() {
        return 1;
      }

      @Override
      public double x(int k, int i) {
        return plain.x(k, 0);
      }

      @Override
      public double value(int k) {
        return plain.value(k);
      }

      @Override
      public double gradient(int k, int i) {
        return plain.gradient(k, 0);
      }
    };
  }

  private static double[][] referenceEnvelope(IteratePath path, int n, double span, int columns) {
    double[] low = new double[columns];
    double[] high = new double[columns];
    java.util.Arrays.fill(low, Double.NaN);
    java.util.Arrays.fill(high, Double.NaN);
    double best = Double.POSITIVE_INFINITY;
    double worst = Double.NEGATIVE_INFINITY;
    for (int k = 0; k < n; k++) {
      double f = path.value(k);
      if (!Double.isFinite(f)) {
        continue;
      }
      int c = (int) Math.max(0, Math.min(columns - 1, Math.floor(k / span * (columns - 1) + 0.5)));
      if (Double.isNaN(low[c]) || f < low[c]) {
        low[c] = f;
      }
      if (Double.isNaN(high[c]) || f > high[c]) {
        high[c] = f;
      }
      best = Math.min(best, f);
      worst = Math.max(worst, f);
    }
    return new double[][] {low, high, {best, worst}};
  }

  private static double[][] referenceReduction(IteratePath path, int n, Viewport v, int xAxis, int yAxis) {
    boolean d1 = path.dimension() == 1;
    java.util.List<double[]> kept = new java.util.ArrayList<>();
    double lastX = Double.NaN;
    double lastY = Double.NaN;
    for (int k = 0; k < n; k++) {
      double px = v.toPixelX(path.x(k, d1 ? 0 : xAxis));
      double py = v.toPixelY(d1 ? path.value(k) : path.x(k, yAxis));
      if (k > 0 && Math.abs(px - lastX) < PathReduction.MIN_PIXEL_STEP
          && Math.abs(py - lastY) < PathReduction.MIN_PIXEL_STEP) {
        continue;
      }
      kept.add(new double[] {px, py, k});
      lastX = px;
      lastY = py;
    }
    double[][] out = new double[3][kept.size()];
    for (int i = 0; i < kept.size(); i++) {
      out[0][i] = kept.get(i)[0];
      out[1][i] = kept.get(i)[1];
      out[2][i] = kept.get(i)[2];
    }
    return out;
  }
}
