package gdviz.model.optim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import gdviz.engine.StateReplay;
import gdviz.model.method.Sketch;
import gdviz.model.objective.Quadratic;
import gdviz.model.run.RunSetup;
import org.junit.jupiter.api.Test;

/** The arrows and boxes drawn at an iterate: the parts of the next step, worked out by hand. */
class StateArrowsTest {
  private static final gdviz.model.objective.Objective BOWL = Quadratic.weightedSquares(new double[] {1, 25}, "bowl");

  @Test
  void momentumsNextStepIsTheVelocityKeptPlusTheNewGradient() {
    // x₀ = (−5, −2), η = 0.02, β = 0.7: v₁ = ∇f(x₀) = (−10, −100), x₁ = x₀ − η·v₁ = (−4.8, 0)
    RunSetup s = RunSetup.of(BOWL, -5, -2).method(Methods.byId("momentum").orElseThrow()).eta(0.02)
        .knobs(gdviz.model.method.KnobValues.of(java.util.Map.of("beta", 0.7))).build();
    Sketch at1 = new StateReplay(s).at(1);
    assertEquals(3, at1.arrows().size());
    assertEquals("−ηβv", at1.arrows().get(0).label());
    assertArrayEquals(new double[] {-4.8, 0}, at1.arrows().get(0).from());
    assertArrayEquals(new double[] {-0.02 * 0.7 * -10, -0.02 * 0.7 * -100}, at1.arrows().get(0).by());
    // ∇f(x₁) = (−9.6, 0)
    assertArrayEquals(new double[] {-0.02 * -9.6, -0.02 * 0.0}, at1.arrows().get(1).by());
    assertArrayEquals(new double[] {-0.02 * 0.7 * -10 + -0.02 * -9.6, -0.02 * 0.7 * -100 + -0.02 * 0.0},
        at1.arrows().get(2).by(), "the step: both added, as the method adds them");
  }

  @Test
  void adagradsBoxHasItsPerCoordinateStepSizesAsHalfSides() {
    RunSetup s = RunSetup.of(BOWL, -5, -2).method(Methods.byId("adagrad").orElseThrow()).eta(0.5)
        .knobs(gdviz.model.method.KnobValues.of(java.util.Map.of("eps", 1e-6))).build();
    Sketch at1 = new StateReplay(s).at(1);
    // s₁ = g₀² = (100, 10000); x₁ = x₀ − 0.5·g₀/√(s₁ + ε); at x₁ the next sizes use s₁ + g₁²
    double[] x1 = {-5 - 0.5 * -10 / Math.sqrt(100 + 1e-6), -2 - 0.5 * -100 / Math.sqrt(10000 + 1e-6)};
    double[] g1 = {2 * x1[0], 50 * x1[1]};
    double[] size = {0.5 / Math.sqrt(100 + g1[0] * g1[0] + 1e-6), 0.5 / Math.sqrt(10000 + g1[1] * g1[1] + 1e-6)};
    assertArrayEquals(new double[] {x1[0] - size[0], x1[1] - size[1]}, at1.polygon().get(0));
    assertArrayEquals(new double[] {x1[0] + size[0], x1[1] + size[1]}, at1.polygon().get(2));
    assertArrayEquals(new double[] {-size[0] * g1[0], -size[1] * g1[1]}, at1.arrows().get(1).by(), "the step");
  }

  @Test
  void theLineSearchsAcceptedTrialIsTheNextIterate() {
    RunSetup s = RunSetup.of(BOWL, -5, -2).method(Methods.byId("linesearch").orElseThrow()).eta(1).steps(3).build();
    var run = gdviz.engine.DescentRun.run(s).trajectory();
    Sketch at1 = new StateReplay(s).at(1);
    Sketch.Arrow step = at1.arrows().get(at1.arrows().size() - 1);
    assertEquals("step", step.label());
    assertEquals("✗ t = η", at1.arrows().get(0).label(), "t = 1 overshoots the steep direction");
    for (int i = 0; i < 2; i++) {
      assertEquals(run.x(2, i), step.from()[i] + step.by()[i], 1e-12, "x₂ where the accepted trial ends");
    }
  }

  @Test
  void theExactSearchShowsItsBracketAndTheMinimumFoundOnIt() {
    RunSetup s = RunSetup.of(BOWL, -5, -2).method(Methods.byId("linesearch").orElseThrow()).eta(1)
        .knobs(gdviz.model.method.KnobValues.of(java.util.Map.of("lineSearch", "exact"))).steps(3).build();
    var run = gdviz.engine.DescentRun.run(s).trajectory();
    Sketch at1 = new StateReplay(s).at(1);
    assertEquals(java.util.List.of("t = b", "step"), at1.arrows().stream().map(Sketch.Arrow::label).toList());
    double[] g1 = {2 * run.x(1, 0), 50 * run.x(1, 1)};
    assertArrayEquals(new double[] {-1 * g1[0], -1 * g1[1]}, at1.arrows().get(0).by(), "the bracket's end t = η = 1");
    Sketch.Arrow step = at1.arrows().get(1);
    for (int i = 0; i < 2; i++) {
      assertEquals(run.x(2, i), step.from()[i] + step.by()[i], 1e-12, "x₂ at the minimum found");
    }
  }
}
