package gdviz.model.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import gdviz.engine.DescentRun;
import gdviz.model.analysis.ConvergenceRate.Rule;
import gdviz.model.analysis.DirectionLosses;
import gdviz.model.analysis.IteratePath;
import gdviz.model.analysis.MomentumMap;
import gdviz.model.objective.Curvature;
import gdviz.model.objective.Quadratic;
import gdviz.model.run.RunSetup;
import org.junit.jupiter.api.Test;

class StabilityModelTest {
  private static final Quadratic BOWL = Quadratic.weightedSquares(new double[] {1, 25}, "x1² + 25·x2²");

  @Test
  void theDirectionsAddUpToTheLoss() {
    var t = DescentRun.run(RunSetup.of(BOWL, -5, -2).eta(0.02).steps(30).build()).trajectory();
    Curvature c = DirectionLosses.of(BOWL);
    assertEquals(2.0, c.values()[0], 1e-12);
    assertEquals(50.0, c.values()[1], 1e-12);
    IteratePath one = DirectionLosses.along(t, c, BOWL.minimizer(), 0, 0);
    IteratePath two = DirectionLosses.along(t, c, BOWL.minimizer(), 0, 1);
    for (int k = 0; k <= 30; k += 5) {
      assertEquals(t.value(k), one.value(k) + two.value(k), 1e-12 * (1 + t.value(k)), "k = " + k);
      // x1² is direction 1's part: ½·2·x1²
      assertEquals(t.x(k, 0) * t.x(k, 0), one.value(k), 1e-12 * (1 + one.value(k)));
    }
    // gd multiplies direction i's part by (1 − ηλᵢ)² per step: (1 − 0.04)² along v₁
    assertEquals(0.96 * 0.96, one.value(11) / one.value(10), 1e-12);
  }

  @Test
  void theBoundIsRhoToTheTwoK() {
    IteratePath b = DirectionLosses.bound(100, 1, 0.5, 4);
    assertEquals(100.0, b.value(0), 0.0);
    assertEquals(1 + 99 * 0.25, b.value(1), 0.0);
    assertEquals(1 + 99 * 0.015625, b.value(3), 0.0);
  }

  @Test
  void theMomentumMapsRegions() {
    MomentumMap map = new MomentumMap(Rule.MOMENTUM, DirectionLosses.of(BOWL));
    // β = 0: plain gd. η = 0.01: factors 0.98 and 0.5, both real positive: monotone
    assertEquals(MomentumMap.Region.MONOTONE, map.region(0.01, 0));
    assertEquals(0.98, map.rate(0.01, 0), 1e-12);
    // η = 0.035: along v₂ 1 − 1.75 = −0.75 dominates? |−0.75| < 0.93 = 1 − 0.07: v₁ is slowest, monotone
    assertEquals(MomentumMap.Region.MONOTONE, map.region(0.035, 0));
    // η = 0.039, β = 0: v₂'s factor |1 − 1.95| = 0.95 > v₁'s 0.922: a negative root dominates
    assertEquals(MomentumMap.Region.OSCILLATING, map.region(0.039, 0));
    // η = 0.02, β = 0.7: complex roots for both directions
    assertEquals(MomentumMap.Region.RIPPLES, map.region(0.02, 0.7));
    assertEquals(Math.sqrt(0.7), map.rate(0.02, 0.7), 1e-12);
    // η = 0.1: 1 − 5 = −4 along v₂, beyond any β's help
    assertEquals(MomentumMap.Region.DIVERGENT, map.region(0.1, 0.5));
    double[][] grid = map.grid(1e-4, 10, 0.999, 5, 3);
    assertEquals(map.rate(1e-4, 0), grid[0][0], 0.0);
    assertEquals(map.rate(10, 0.999), grid[2][4], 0.0);
    assertEquals(map.rate(Math.pow(10, -1.5), 0.4995), grid[1][2], 1e-15);
  }
}
