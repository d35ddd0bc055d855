package gdviz.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gdviz.model.SetupException;
import gdviz.model.objective.BuiltinFunctions;
import gdviz.model.objective.Objective;
import gdviz.model.objective.Quadratic;
import gdviz.model.run.RunSetup;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Where every start ends up, against what single runs from those starts do. */
class BasinMapTest {
  private static final Objective BOWL = Quadratic.weightedSquares(new double[] {1, 2}, "bowl");

  @Test
  void aConvexBowlHasOneBasinAndTooLargeAStepEmptiesIt() {
    RunSetup gd = RunSetup.of(BOWL, -5, -2).eta(0.1).steps(500).build();
    BasinMap.Result one = BasinMap.compute(gd, -4, 4, -4, 4, 16, 16, () -> false);
    assertEquals(1, one.minima().size());
    assertEquals(256, one.counts()[0]);
    assertEquals(0, one.escaped());
    assertTrue(Math.hypot(one.minima().get(0)[0], one.minima().get(0)[1]) < 1e-6, "the minimum at (0, 0)");
    // ηλ₂ = 0.6·4 = 2.4 > 2: every start off the x1 axis (cell centres never lie on it) runs away
    BasinMap.Result none = BasinMap.compute(gd.withEta(0.6), -4, 4, -4, 4, 16, 16, () -> false);
    assertEquals(0, none.minima().size());
    assertEquals(256, none.escaped());
    assertEquals(BasinMap.ESCAPED, none.at(3, 5));
  }

  /**
   * x² + 10y² + 3xy at η = 0.01 over [−6, 6]²: 500 steps left 99.9 % of the starts unconverged and a
   * class concluded the bowl had no basin. The budget follows the rate (the corners' runs to the end,
   * half as many steps again), and every start reaches (0, 0); with 500 steps the starts are counted
   * as still converging, not as stuck.
   */
  @Test
  void aSlowBowlStillHasItsBasin() {
    var bowl = gdviz.model.preset.SetupResolver.function("x^2 + 10*y^2 + 3*x*y", null);
    RunSetup gd = RunSetup.of(bowl, -0.5, 0.5).eta(0.01).steps(100).build();
    RunSetup budgeted = BasinMap.budgeted(gd, -6, 6, -6, 6);
    assertTrue(budgeted.steps() > 1000 && budgeted.steps() <= BasinMap.MAX_PROBED_STEPS, "" + budgeted.steps());
    BasinMap.Result all = BasinMap.compute(budgeted, -6, 6, -6, 6, 16, 16, () -> false);
    assertEquals(1, all.minima().size());
    assertEquals(256, all.counts()[0], "every start reaches the minimum");
    BasinMap.Result short500 = BasinMap.compute(BasinMap.budgeted(gd), -6, 6, -6, 6, 16, 16, () -> false);
    assertEquals(0, short500.unsettled(), "none stuck");
    assertTrue(short500.stillConverging() > 200, "still converging: " + short500.stillConverging());
    List<String> key = gdviz.plot.BasinPainter.key(short500, 6);
    assertTrue(key.contains("still converging after 500 steps: " + gdviz.model.format.Numbers.compact(gdviz.model.format.Numbers
        .round(100.0 * short500.stillConverging() / 256, 3)) + " %"), key.toString());
  }

  @Test
  void eachCellIsTheRunFromItsCentre() {
    RunSetup gd = RunSetup.of(BOWL, -5, -2).eta(0.1).steps(500).tolGrad(1e-6).build();
    BasinMap.Result r = BasinMap.compute(gd, -4, 4, -2, 2, 8, 4, () -> false);
    // cell (i, j) = (2, 1): x = −4 + 2.5·1 = −1.5, y = 2 − 1.5·1 = 0.5
    RunSetup fromCentre = RunSetup.of(BOWL, -1.5, 0.5).eta(0.1).steps(500).tolGrad(1e-6).build();
    DescentRun.Ending single = DescentRun.stream(fromCentre, (x, f, g, eta) -> { }, () -> false);
    assertEquals(single.outcome().step(), r.steps()[1 * 8 + 2]);
  }

  @Test
  void himmelblauHasFourBasins() {
    Objective h = BuiltinFunctions.byName("himmelblau").orElseThrow().factory().get();
    RunSetup gd = RunSetup.of(h, 0, 0).eta(0.01).steps(500).build();
    BasinMap.Result r = BasinMap.compute(gd, -5, 5, -5, 5, 40, 40, () -> false);
    assertEquals(4, r.minima().size());
    assertEquals(1600, Arrays.stream(r.counts()).sum() + r.escaped() + r.unsettled());
    // the four minima of the literature (f = 0 at each)
    List<double[]> known = List.of(new double[] {3, 2}, new double[] {-2.805118, 3.131312},
        new double[] {-3.779310, -3.283186}, new double[] {3.584428, -1.848126});
    for (double[] k : known) {
      assertTrue(r.minima().stream().anyMatch(m -> Math.hypot(m[0] - k[0], m[1] - k[1]) < 1e-5),
          "found " + Arrays.toString(k));
    }
    // the cell around (3.625, 1.875) lies in the basin of (3, 2)
    int basin = r.at(34, 12);
    assertArrayEquals(new double[] {3, 2}, new double[] {Math.round(r.minima().get(basin)[0] * 1e4) / 1e4,
        Math.round(r.minima().get(basin)[1] * 1e4) / 1e4});
  }

  @Test
  void refusesFunctionsOfOtherDimensions() {
    RunSetup oneD = RunSetup.of(Quadratic.weightedSquares(new double[] {1}, "x²"), 1).eta(0.1).build();
    SetupException e = assertThrows(SetupException.class, () -> BasinMap.compute(oneD, 0, 1, 0, 1, 4, 4, () -> false));
    assertEquals("the basin map needs a function of two variables; this one has 1", e.getMessage());
  }

  @Test
  void theBudgetIsBroughtIntoItsRange() {
    RunSetup short20 = RunSetup.of(BOWL, -5, -2).eta(0.1).steps(20).build();
    assertEquals(500, BasinMap.budgeted(short20, 500, 1000).steps());
    assertEquals(1000, BasinMap.budgeted(RunSetup.of(BOWL, -5, -2).eta(0.1).steps(5000).build(), 500, 1000).steps());
    RunSetup within = RunSetup.of(BOWL, -5, -2).eta(0.1).steps(700).build();
    assertEquals(within, BasinMap.budgeted(within, 500, 1000), "within the range: the setup itself");
  }
}
