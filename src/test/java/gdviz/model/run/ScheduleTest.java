package gdviz.model.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gdviz.engine.DescentRun;
import gdviz.model.SetupException;
import gdviz.model.expr.ExpressionParser;
import gdviz.model.objective.ExpressionObjective;
import gdviz.model.optim.Methods;
import gdviz.model.preset.RunOverrides;
import gdviz.model.preset.SetupResolver;
import org.junit.jupiter.api.Test;

class ScheduleTest {
  @Test
  void factorsWorkedOutByHand() {
    Schedule step = Schedule.parse("step:0.5:3");
    assertEquals(1.0, step.factor(0), 0.0);
    assertEquals(1.0, step.factor(2), 0.0);
    assertEquals(0.5, step.factor(3), 0.0);
    assertEquals(0.25, step.factor(7), 0.0);
    Schedule exp = Schedule.parse("exp:0.1");
    assertEquals(1.0, exp.factor(0), 0.0);
    assertEquals(Math.exp(-0.5), exp.factor(5), 0.0);
    Schedule poly = Schedule.parse("poly:0.5:2");
    assertEquals(1.0, poly.factor(0), 0.0);
    assertEquals(0.25, poly.factor(2), 0.0); // (1 + 0.5·2)^−2 = 1/4
    assertEquals(1.0 / 9, poly.factor(4), 0.0); // (1 + 2)^−2
    Schedule cosine = Schedule.parse("cosine:4:2:0.1");
    assertEquals(0.0, cosine.factor(0), 0.0); // warm-up from 0
    assertEquals(0.5, cosine.factor(1), 0.0);
    assertEquals(1.0, cosine.factor(2), 0.0); // the top of the cosine
    assertEquals(0.1 + 0.9 * (1 + Math.cos(Math.PI / 2)) / 2, cosine.factor(3), 0.0);
    assertEquals(0.1, cosine.factor(4), 0.0); // r from T on
    assertEquals(0.1, cosine.factor(1000), 0.0);
    assertEquals(1.0, Schedule.CONSTANT.factor(12345), 0.0);
  }

  @Test
  void writtenAsParsed() {
    assertEquals("step:0.5:10", Schedule.parse(" STEP:0.5:10 ").toString());
    assertEquals("cosine:100:10:0.1", Schedule.parse("cosine:100:10:0.1").toString());
    assertTrue(Schedule.parse("constant").isConstant());
    assertTrue(Schedule.parse("").isConstant());
  }

  @Test
  void mistakesAreNamed() {
    assertEquals("unknown schedule 'linear:2': use " + Schedule.FORMS,
        assertThrows(SetupException.class, () -> Schedule.parse("linear:2")).getMessage());
    assertEquals("schedule \"step:0.5\": step takes 2 numbers (step:γ:K, γ > 0, K a whole number ≥ 1)",
        assertThrows(SetupException.class, () -> Schedule.parse("step:0.5")).getMessage());
    assertEquals("schedule \"exp:fast\": \"fast\" is not a number (exp:λ, λ ≥ 0)",
        assertThrows(SetupException.class, () -> Schedule.parse("exp:fast")).getMessage());
    assertEquals("schedule \"cosine:10:10:0\" is out of range: cosine:T:W:r, T and W whole numbers with 0 ≤ W < T, "
        + "0 ≤ r ≤ 1", assertThrows(SetupException.class, () -> Schedule.parse("cosine:10:10:0")).getMessage());
  }

  @Test
  void aScheduledRunOfGdCheckedByHand() {
    // f = x², x₀ = 10, η = 0.2, step:0.5:2: η₀ = η₁ = 0.2, η₂ = η₃ = 0.1; x ← x − ηₖ·2x = (1 − 2ηₖ)·x
    RunSetup setup = RunSetup.of(new ExpressionObjective(new ExpressionParser().parse("x^2")), 10).eta(0.2).steps(4)
        .schedule(Schedule.parse("step:0.5:2")).build();
    var t = DescentRun.run(setup).trajectory();
    assertEquals(6.0, t.x(1, 0), 0.0); // 0.6·10
    assertEquals(3.5999999999999996, t.x(2, 0), 0.0); // 0.6·6
    assertEquals(2.88, t.x(3, 0), 0.0); // 3.5999999999999996 − 0.1·7.199999999999999
    assertEquals(0.2, t.eta(1), 0.0);
    assertEquals(0.2, t.eta(2), 0.0);
    assertEquals(0.1, t.eta(3), 0.0);
    assertEquals(0.1, t.eta(4), 0.0);
  }

  @Test
  void momentumWithAScheduleUsesTheScaledStepInItsUpdate() {
    // v ← β·v + ∇f, x ← x − ηₖ·v on f = x² from 1, β = 0.9 (the default), η = 0.1, exp:ln2 (ηₖ = 0.1·2^−k)
    RunSetup setup = RunSetup.of(new ExpressionObjective(new ExpressionParser().parse("x^2")), 1)
        .method(Methods.require("momentum")).eta(0.1).steps(2).schedule(Schedule.parse("exp:" + Math.log(2))).build();
    var t = DescentRun.run(setup).trajectory();
    // k = 0: v = 2, x = 1 − 0.1·2 = 0.8; k = 1: v = 0.9·2 + 1.6 = 3.4, x = 0.8 − 0.05·3.4 = 0.63
    // (with a constant η it would be 0.8 − 0.1·3.4 = 0.46)
    assertEquals(0.8, t.x(1, 0), 1e-15);
    assertEquals(0.63, t.x(2, 0), 1e-15);
  }

  @Test
  void aMethodThatChoosesItsOwnStepRefusesASchedule() {
    RunOverrides spec = RunOverrides.builder().function("x^2").start(1).method("cg").schedule("exp:0.1").build();
    assertEquals("the schedule exp:0.1 does not apply to cg: it chooses each step by a line search",
        assertThrows(SetupException.class, () -> SetupResolver.resolve(spec, "r", "d")).getMessage());
  }

  @Test
  void everyMethodWithoutItsOwnStepTakesOne() {
    for (var m : Methods.all()) {
      if (m.ownStep() == null && !m.needsData()) {
        var f = new ExpressionObjective(new ExpressionParser().parse("x1^2 + x2^2"));
        assertTrue(m.create(f, 0.1, gdviz.model.method.KnobValues.NONE, 0) instanceof gdviz.model.method.StepSized,
            m.id() + " takes a step size, so a schedule can set it");
      }
    }
  }
}
