package gdviz.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import gdviz.model.analysis.Outcome;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Quantiles, mean and covariance of many runs at each step, worked out by hand. */
class RunSpreadTest {
  /** A 2D run through these points (f given), ending as said. */
  private static RunResult run(Outcome outcome, double[]... points) {
    Trajectory t = new Trajectory(2);
    for (double[] p : points) {
      t.append(new double[] {p[0], p[1]}, p[2], new double[] {0, 0}, Double.NaN);
    }
    return new RunResult(0, t, outcome, 0);
  }

  @Test
  void quantilesInterpolateBetweenSortedValues() {
    double[] v = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11};
    assertEquals(2.0, RunSpread.quantile(v, 0.1), "position 1.0");
    assertEquals(6.0, RunSpread.quantile(v, 0.5));
    assertEquals(10.0, RunSpread.quantile(v, 0.9));
    double[] four = {0, 10, 20, 40};
    // position 0.1·3 = 0.30000000000000004 in doubles, so 0 + 0.30000000000000004·10
    assertEquals(3.0000000000000004, RunSpread.quantile(four, 0.1));
    assertEquals(15.0, RunSpread.quantile(four, 0.5), "position 1.5");
    assertEquals(20 + (0.9 * 3 - 2) * 20, RunSpread.quantile(four, 0.9), "position 2.7: 20 + 0.7·20");
  }

  @Test
  void meanCovarianceAndQuantilesPerStep() {
    Outcome stopped = Outcome.of(Outcome.Kind.STOPPED, 1);
    RunSpread s = RunSpread.of(List.of(
        run(stopped, new double[] {0, 0, 1}, new double[] {1, 2, 4}),
        run(stopped, new double[] {0, 0, 1}, new double[] {3, 0, 2}),
        run(stopped, new double[] {0, 0, 1}, new double[] {2, 4, 9})));
    assertEquals(2, s.length());
    assertEquals(2.0, s.mean(1, 0));
    assertEquals(2.0, s.mean(1, 1));
    // deviations (−1, 0), (1, −2), (0, 2): sums 2, −2, 8 over n − 1 = 2
    assertArrayEquals(new double[] {1.0, -1.0, 4.0}, s.covariance(1, 0, 1));
    assertArrayEquals(new double[] {0.0, 0.0, 0.0}, s.covariance(0, 0, 1), "all start at the same point");
    // f at step 1 sorted: 2, 4, 9
    assertEquals(2 + 0.1 * 2 * 2, s.p10(1), "position 0.2: 2 + 0.2·2");
    assertEquals(4.0, s.median(1));
    assertEquals(8.0, s.p90(1));
  }

  @Test
  void aStoppedRunStaysWhereItStoppedADivergedOneCountsAsInfinite() {
    RunSpread s = RunSpread.of(List.of(
        run(Outcome.of(Outcome.Kind.CONVERGED, 0), new double[] {1, 1, 3}),
        run(Outcome.of(Outcome.Kind.STOPPED, 2), new double[] {0, 0, 5}, new double[] {1, 3, 6}, new double[] {3, 3, 7}),
        run(Outcome.of(Outcome.Kind.DIVERGED, 1), new double[] {0, 0, 5}, new double[] {1e200, 0, 1e300})));
    assertEquals(3, s.length());
    assertEquals(1, s.escaped());
    // step 2: the converged run still at (1, 1) with f = 3; the stopped one at (3, 3), f = 7; the diverged +∞
    assertEquals(2.0, s.mean(2, 0), "the diverged run is left out of the mean");
    assertEquals(2.0, s.mean(2, 1));
    assertEquals(7.0, s.median(2));
    assertEquals(Double.POSITIVE_INFINITY, s.p90(2));
    assertEquals(3 + 0.1 * 2 * 4, s.p10(2), "position 0.2: 3 + 0.2·4");
    assertArrayEquals(new double[] {2.0, 2.0, 2.0}, s.covariance(2, 0, 1));
  }
}
