package gdviz.model.method;

import static org.junit.jupiter.api.Assertions.assertEquals;

import gdviz.model.objective.Quadratic;
import gdviz.model.optim.Methods;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each method writes its own step with the run's numbers; one without its own writes its rule and the step taken. */
class StepOnPaperTest {
  private static final String KEEP = "\u00A0";

  private static StepOnPaper step(double before, double after, double gradient, double eta, Map<String, ?> knobs) {
    return new StepOnPaper(1, new double[] {before}, new double[] {after}, new double[] {gradient}, eta, false,
        Quadratic.weightedSquares(new double[] {1}, "x^2"), KnobValues.of(knobs));
  }

  @Test
  void gradientDescentWritesTheCoursesFirstStep() {
    // the course's f(x) = x² from 10 with η = 0.2: x₁ = 10 − 0.2·20 = 6
    assertEquals("x₁ = x₀ − η·f′(x₀)\n   = 10 − 0.2·20\n   = 6",
        Methods.require("gd").explain(step(10, 6, 20, 0.2, Map.of())));
  }

  @Test
  void theLineSearchNamesTheStepLengthItChose() {
    assertEquals("step length t = 0.5 chosen by an exact search (Brent)\nx₁ = x₀ − t·f′(x₀)\n   = 10 − 0.5·20\n   = 0",
        Methods.require("linesearch").explain(step(10, 0, 20, 0.5, Map.of("lineSearch", "exact"))));
  }

  @Test
  void newtonDividesByTheCurvature() {
    // f = x²: f″ = 2, so one step of η = 1 lands on 0
    assertEquals("x₁ = x₀ − η·f′(x₀)/f″(x₀)\n   = 10 − 1·20/2\n   = 0",
        Methods.require("newton").explain(step(10, 0, 20, 1, Map.of())));
  }

  @Test
  void aMethodWithoutItsOwnWritingGivesItsRuleAndTheStepTaken() {
    Method adamax = Methods.require("adamax");
    assertEquals(adamax.rule() + "\nhere f′(x₀) = 20,\nthe step taken x₁ − x₀ = -0.1,\nx₁ = 9.9",
        adamax.explain(step(10, 9.9, 20, 0.1, Map.of())));
    assertEquals("(1," + KEEP + "2)", gdviz.model.format.HandWriting.vector(new double[] {1, 2}));
  }
}
