package gdviz.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gdviz.engine.Trajectory;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The path reduction and the loss envelope follow a run incrementally, also backwards: after a
 * step back they hold exactly what a fresh scan of the shorter run gives, having read only a
 * column's worth of iterates again, not the run.
 */
class IncrementalScansTest {
  private static Trajectory wanderingRun(int n, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    Trajectory t = new Trajectory(2);
    double[] x = {0, 0};
    for (int k = 0; k < n; k++) {
      x[0] += random.nextGaussian() * 0.01;
      x[1] += random.nextGaussian() * 0.01;
      double f = k % 997 == 0 ? Double.NaN : x[0] * x[0] + x[1] * x[1] - random.nextDouble();
      t.append(x, f, new double[] {2 * x[0], 2 * x[1]}, 0.1);
    }
    return t;
  }

  @Test
  void aPathReductionCutBackEqualsAFreshOne() {
    Trajectory run = wanderingRun(200_000, 1);
    Viewport v = new Viewport(-1, 1, -1, 1, 0, 0, 800, 600);
    PathReduction stepping = new PathReduction().update(run, 200_000, v, 0, 1);
    int previous = 200_000;
    for (int n : new int[] {199_999, 150_000, 150_001, 3, 0, 1, 120_000}) {
      long before = run.reads();
      stepping.update(run, n, v, 0, 1);
      long read = run.reads() - before;
      PathReduction fresh = new PathReduction().update(run, n, v, 0, 1);
      assertEquals(fresh.count(), stepping.count(), "points kept of " + n);
      for (int i = 0; i < fresh.count(); i++) {
        assertEquals(fresh.index(i), stepping.index(i));
        assertEquals(fresh.x(i), stepping.x(i), 0.0);
        assertEquals(fresh.y(i), stepping.y(i), 0.0);
      }
      assertEquals(n, stepping.scanned());
      if (n < previous) {
        assertTrue(read <= 2, "going back to " + n + " read " + read + " iterates again");
      }
      previous = n;
    }
  }

  @Test
  void aLossEnvelopeCutBackEqualsAFreshOne() {
    Trajectory run = wanderingRun(300_000, 2);
    int columns = 640;
    double span = 300_000;
    LossEnvelope stepping = new LossEnvelope().update(run, 300_000, span, columns);
    int previous = 300_000;
    for (int n : new int[] {299_999, 200_000, 200_468, 5, 0, 1, 150_000}) {
      long before = run.reads();
      stepping.update(run, n, span, columns);
      long read = run.reads() - before;
      LossEnvelope fresh = new LossEnvelope().update(run, n, span, columns);
      for (int c = 0; c < columns; c++) {
        assertEquals(fresh.low(c), stepping.low(c), 0.0, "column " + c + " of " + n);
        assertEquals(fresh.high(c), stepping.high(c), 0.0, "column " + c + " of " + n);
      }
      assertEquals(fresh.best(), stepping.best(), 0.0);
      assertEquals(fresh.worst(), stepping.worst(), 0.0);
      // back: one column's iterates (span / columns ≈ 470) are read again, never the run
      if (n < previous) {
        assertTrue(read <= span / columns + 10, "going back to " + n + " read " + read);
      }
      previous = n;
    }
  }
}
