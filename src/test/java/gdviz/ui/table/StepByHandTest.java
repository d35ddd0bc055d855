package gdviz.ui.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gdviz.engine.DescentRun;
import gdviz.engine.Trajectory;
import gdviz.model.optim.Methods;
import gdviz.model.preset.SetupResolver;
import gdviz.model.run.RunSetup;
import org.junit.jupiter.api.Test;

class StepByHandTest {
  private static String step(String function, String method, double eta, int k, double... start) {
    RunSetup s = RunSetup.of(SetupResolver.function(function, null), start).method(Methods.require(method)).eta(eta)
        .steps(10).build();
    Trajectory t = DescentRun.run(s).trajectory();
    return StepByHand.explain(s, t, k);
  }

  @Test
  void aNegativeFactorIsWrittenInParentheses() {
    // x² from 10 with η = 1.1: x₁ = −12, f′(x₁) = −24
    String text = step("x^2", "gd", 1.1, 2, 10);
    assertTrue(text.contains("= -12 − 1.1·(-24)\n"), text);
    String newton = step("x*cos(0.47*x)", "newton", 1, 1, 10);
    assertTrue(newton.matches("(?s).*= 10 − 1·\\(-[0-9.e-]+\\)/\\(-?[0-9.e-]+\\).*")
        || newton.matches("(?s).*= 10 − 1·[0-9.e-]+/\\(-[0-9.e-]+\\).*")
        || newton.matches("(?s).*= 10 − 1·\\(-[0-9.e-]+\\)/[0-9.e-]+.*")
        || newton.matches("(?s).*= 10 − 1·[0-9.e-]+/[0-9.e-]+.*"), newton);
  }

  @Test
  void aVectorNeverBreaksAcrossLines() {
    String text = step("x1^2 + 2*x2^2", "gd", 0.1, 1, -5, -2);
    assertTrue(text.contains("(-5,\u00A0-2)"), "no breakable space inside a vector: " + text);
    assertTrue(text.contains("0.1·(-10,\u00A0-8)"), text);
  }

  /** Momentum from (−5, −2), η = 0.1: v₁ = ∇f(x₀) = (−10, −8), x₁ = (−4, −1.2): the step went by +(1, 0.8). */
  @Test
  void theStepTakenIsTheNewPointMinusTheOld() {
    String text = step("x1^2 + 2*x2^2", "momentum", 0.1, 1, -5, -2);
    assertTrue(text.contains("the step taken x₁ − x₀ = (1,\u00A00.8)"), "not x₀ − x₁: " + text);
  }

  @Test
  void theKnobsTheStepUsedAreListedFromTheDeclaration() {
    String text = step("x1^2 + 2*x2^2", "momentum", 0.1, 1, -5, -2);
    assertTrue(text.endsWith("with β\u00A0=\u00A00.9"), text);
    assertEquals("", StepByHand.knobValues(RunSetup.of(SetupResolver.function("x^2", null), 1).build()));
  }
}
