package gdviz.model.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gdviz.model.preset.SetupResolver;
import org.junit.jupiter.api.Test;

class StepSizeBandsTest {
  @Test
  void quadratic2dHasExactBandsAtAQuarterAndAHalf() {
    // H = diag(2, 4): L = 4, μ = 2
    StepSizeBands b = StepSizeBands.at(SetupResolver.function("x1^2 + 2*x2^2", null), new double[] {-5, -2});
    assertEquals(0.25, b.monotoneLimit(), 1e-15);
    assertEquals(0.5, b.stabilityLimit(), 1e-15);
    assertEquals(1.0 / 3, b.optimalStep(), 1e-15);
    assertFalse(b.local(), "exact for a quadratic");
    assertEquals(StepSizeBands.Regime.MONOTONE, b.regimeOf(0.1));
    assertEquals(StepSizeBands.Regime.OSCILLATING, b.regimeOf(0.3));
    assertEquals(StepSizeBands.Regime.DIVERGING, b.regimeOf(0.6));
  }

  @Test
  void quadratic1dDivergesBeyondOne() {
    StepSizeBands b = StepSizeBands.at(SetupResolver.function("x^2", null), new double[] {10});
    assertEquals(1, b.stabilityLimit(), 0.0);
    assertEquals(0.5, b.optimalStep(), 0.0, "in 1D the best step jumps to the minimum");
    assertEquals(StepSizeBands.Regime.DIVERGING, b.regimeOf(1.1));
  }

  @Test
  void nonQuadraticsAreLocal() {
    // cosh(0.5x): f'' = 0.25·cosh(0.5x), at 0: 0.25
    StepSizeBands b = StepSizeBands.at(SetupResolver.function("cosh(0.5*x)", null), new double[] {0});
    assertTrue(b.local());
    assertEquals(8, b.stabilityLimit(), 1e-12);
  }

  @Test
  void rotationKeepsTheEigenvalues() {
    StepSizeBands b = StepSizeBands.at(SetupResolver.function("illcond-rotated", null), new double[] {1, 2});
    assertEquals(200, b.largest(), 1e-9);
    assertEquals(2, b.smallest(), 1e-9);
    assertFalse(b.local());
  }

  @Test
  void noBandsWithoutPositiveCurvature() {
    assertNull(StepSizeBands.at(SetupResolver.function("-x^2", null), new double[] {1}));
  }
}
