package gdviz.model.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gdviz.engine.DescentRun;
import gdviz.engine.RunResult;
import gdviz.model.optim.Methods;
import gdviz.model.preset.SetupResolver;
import gdviz.model.run.RunSetup;
import org.junit.jupiter.api.Test;

/** One rule says "diverging": for the outcome (status line, table, captions, CLI) and the banner alike. */
class DivergenceTest {
  private static RunSetup gd(String function, double eta, long steps, double... start) {
    return RunSetup.of(SetupResolver.function(function, null), start).eta(eta).steps(steps).build();
  }

  @Test
  void gdPastTwoOverLambdaOnAQuadraticIsDivergingThoughItNeverOverflows() {
    // 0.1·x1² + 2·x2²: λ = 0.2 and 4; η = 0.6 gives ηλ₂ = 2.4, |1 − 2.4| = 1.4 per step along x2
    RunResult r = DescentRun.run(gd("0.1*x1^2 + 2*x2^2", 0.6, 20, -5, -2));
    assertEquals(Outcome.Kind.DIVERGING, r.outcome().kind());
    assertEquals("diverging (stopped after 20 steps; ηλ₂ = 2.4 > 2 along v₂ = (0, 1): |x − x*| grows ×1.4 per step)",
        r.outcome().message());
    assertTrue(Math.abs(r.trajectory().x(20, 1)) > 1600, "x2 = " + r.trajectory().x(20, 1));
    assertEquals("diverging", r.outcome().label());
  }

  /** In ten dimensions the direction that blows up is named by its first three and last components, not all ten. */
  @Test
  void aDirectionInManyDimensionsIsShortened() {
    RunResult r = DescentRun.run(gd("x1^2+x2^2+x3^2+x4^2+x5^2+x6^2+x7^2+x8^2+x9^2+3*x10^2", 0.4, 20, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1));
    assertEquals("diverging (stopped after 20 steps; ηλ₁₀ = 2.4 > 2 along v₁₀ = (0, 0, 0, …, 1): |x − x*| grows ×1.4"
        + " per step)", r.outcome().message());
  }

  @Test
  void quadratic2dAtOnePointTwoTwoIsDiverging() {
    RunResult r = DescentRun.run(gd("x1^2 + 2*x2^2", 1.22, 20, -5, -2));
    assertEquals(Outcome.Kind.DIVERGING, r.outcome().kind());
    assertTrue(r.outcome().message().contains("ηλ₂ = 4.88 > 2 along v₂ = (0, 1)"), r.outcome().message());
  }

  @Test
  void exactlyTwoOverLOscillatesForEverAndEveryPartSaysSo() {
    RunSetup setup = gd("x1^2 + 2*x2^2", 0.5, 20, -5, -2);
    StepSizeBands bands = StepSizeBands.at(setup.objective(), setup.start());
    assertEquals(0.5, bands.stabilityLimit(), 0.0);
    assertEquals(StepSizeBands.Regime.NOT_CONVERGING, bands.regimeOf(0.5), "the slider's band");
    RunResult r = DescentRun.run(setup);
    assertEquals(Outcome.Kind.NOT_CONVERGING, r.outcome().kind(), "the outcome");
    assertEquals(2.0, Math.abs(r.trajectory().x(20, 1)), 0.0, "x2 flips between 2 and −2");
    assertEquals("stopped", r.outcome().label());
    assertEquals(r.outcome().message(), Divergence.banner(setup, r.outcome()), "and the banner says so");
    assertTrue(Divergence.banner(setup, null).startsWith("not converging: ηλ₂ = 2 along v₂ = (0, 1)"),
        "before the run ends too: " + Divergence.banner(setup, null));
  }

  @Test
  void belowTwoOverLNothingIsSaid() {
    RunSetup setup = gd("x1^2 + 2*x2^2", 0.45, 20, -5, -2);
    assertNull(Divergence.predict(setup));
    RunResult r = DescentRun.run(setup);
    assertEquals(Outcome.Kind.STOPPED, r.outcome().kind());
    assertNull(Divergence.banner(setup, r.outcome()));
  }

  @Test
  void aStartWithNothingAlongTheUnstableDirectionDoesNotDiverge() {
    // η = 0.9: ηλ₁ = 1.8 converges along x1, ηλ₂ = 3.6 would blow up along x2, where this start has nothing
    RunSetup along = gd("x1^2 + 2*x2^2", 0.9, 20, -5, 0);
    assertNull(Divergence.predict(along), "the start has no component along x2, where it would blow up");
    assertEquals(Outcome.Kind.STOPPED, DescentRun.run(along).outcome().kind());
  }

  @Test
  void otherMethodsOnAQuadraticAreJudgedByTheirDistanceToTheMinimum() {
    RunSetup momentum = RunSetup.of(SetupResolver.function("x1^2 + 2*x2^2", null), -5, -2)
        .method(Methods.require("momentum")).eta(1.2).steps(30).build(); // β = 0.9: stable only for η < 3.8/λ₂ = 0.95
    RunResult r = DescentRun.run(momentum);
    assertEquals(Outcome.Kind.DIVERGING, r.outcome().kind());
    assertTrue(r.outcome().detail().startsWith("|x − x*| grew from 5.38516 to "), r.outcome().detail());
    RunSetup calm = RunSetup.of(SetupResolver.function("x1^2 + 2*x2^2", null), -5, -2)
        .method(Methods.require("momentum")).eta(0.05).steps(30).build();
    assertEquals(Outcome.Kind.STOPPED, DescentRun.run(calm).outcome().kind());
  }

  @Test
  void aRunSettlingInAFartherMinimumIsNotCalledDiverging() {
    // Rastrigin from (2.6, 2.6) settles near its local minimum (3, 3): farther from x* = (0, 0), not diverging
    RunSetup setup = RunSetup.of(SetupResolver.function("rastrigin", null), 2.6, 2.6).eta(0.001).steps(500).build();
    assertEquals(Outcome.Kind.CONVERGED, DescentRun.run(setup).outcome().kind(), "converged, to a local minimum");
  }

  @Test
  void inOneVariableTheBannerSpeaksOfTwoOverL() {
    RunSetup setup = gd("x^2", 1.1, 10, 10);
    assertEquals("diverging: η = 1.1 > 2/L = 1: |x − x*| grows ×1.2 per step", Divergence.banner(setup, null));
  }

  @Test
  void aSaddleRunsAwayAlongItsDownwardCurve() {
    RunSetup setup = gd("x^2 - y^2", 0.1, 20, 1, 0.5);
    Divergence.Verdict v = Divergence.predict(setup);
    assertEquals(Outcome.Kind.DIVERGING, v.kind());
    assertTrue(v.detail().startsWith("f curves downwards along v₁ = (0, 1) (λ₁ = -2)"), v.detail());
  }

  /** No step taken (a lesson's question shows a scene so): nothing diverged yet, and no banner says it will. */
  @Test
  void aRunOfNoStepIsNotDiverging() {
    RunSetup s = gd("x^2", 1.1, 0, 10);
    Outcome none = Divergence.judge(s, Outcome.of(Outcome.Kind.STOPPED, 0), new double[] {10}, new double[] {10},
        new double[] {10});
    assertEquals(Outcome.Kind.STOPPED, none.kind());
    assertEquals(null, Divergence.banner(s, null), "no prediction before the run either");
    assertEquals(Outcome.Kind.DIVERGING, Divergence.judge(gd("x^2", 1.1, 1, 10), Outcome.of(Outcome.Kind.STOPPED, 1),
        new double[] {10}, new double[] {10}, new double[] {-12}).kind(), "one step: the rule applies");
  }
}
