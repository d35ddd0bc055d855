package gdviz.model.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import gdviz.model.objective.DataObjective;
import gdviz.model.preset.PresetLibrary;
import gdviz.model.preset.RunOverrides;
import gdviz.model.preset.SetupResolver;
import gdviz.model.run.RunSetup;
import org.junit.jupiter.api.Test;

/** f* of the log-scale loss: the true minimum where it is known. */
class LossBaselineTest {
  private static LossBaseline of(String function, double... start) {
    return LossBaseline.of(RunSetup.of(SetupResolver.function(function, null), start).build());
  }

  @Test
  void knownForQuadraticsLeastSquaresAndBuiltInFunctions() {
    assertEquals(0, of("x1^2 + 2*x2^2", -5, -2).value(), 0.0);
    assertEquals(0, of("0.5*(x - 4)^2", 14).value(), 0.0);
    assertEquals(-8, of("(x - 3)^2 - 8", 0).value(), 1e-12);
    assertEquals(0, of("rosenbrock", -1.2, 1).value(), 0.0);
    assertEquals(0, of("himmelblau", 0, 0).value(), 0.0);
    assertEquals(1, of("cosh", 3).value(), 0.0);
    RunSetup linreg = PresetLibrary.builtIn().require("linreg-20pts").setups(RunOverrides.EMPTY).get(0);
    double[] exact = ((DataObjective) linreg.objective()).closedFormMinimizer();
    assertEquals(linreg.objective().value(exact), LossBaseline.of(linreg).value(), 0.0);
  }

  @Test
  void unknownElsewhere() {
    assertFalse(of("x*cos(0.5*x)", 10).known());
    assertFalse(of("x1^2 - x2^2", 1, 1).known(), "a saddle has no minimum");
  }

  @Test
  void whenMaximizingTheMaximum() {
    RunSetup climb = RunSetup.of(SetupResolver.function("-(x - 3)^2 + 5", null), 0).maximize(true).build();
    LossBaseline b = LossBaseline.of(climb);
    assertEquals(5, b.value(), 1e-12);
    assertEquals(1, b.gap(4, b.value()), 1e-12, "f* − f when climbing");
  }
}
