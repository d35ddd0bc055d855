package gdviz.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gdviz.model.analysis.Outcome.Kind;
import gdviz.model.analysis.Outcome;
import gdviz.model.expr.ExpressionParser;
import gdviz.model.method.KnobValues;
import gdviz.model.method.Method;
import gdviz.model.objective.ExpressionObjective;
import gdviz.model.objective.Objective;
import gdviz.model.objective.Quadratic;
import gdviz.model.optim.Methods;
import gdviz.model.run.RunSetup;
import org.junit.jupiter.api.Test;

class DescentRunTest {
  private static Objective typed(String f) {
    return new ExpressionObjective(new ExpressionParser().parse(f));
  }

  private static RunSetup setup(Objective f, double[] start, Method m, double eta, long steps, Double tolGrad) {
    return new RunSetup("t", f, start, m, eta, KnobValues.NONE, steps, tolGrad, null, 0, false, null, null);
  }

  @Test
  void aMillionStepRunRecordsEveryIterate() {
    Objective bowl = Quadratic.weightedSquares(new double[] {1, 2}, "bowl");
    RunResult r = DescentRun.run(setup(bowl, new double[] {-5, -2}, Methods.require("gd"), 1e-7, 1_000_000, null));
    assertEquals(1_000_001, r.trajectory().size());
    assertEquals(Outcome.of(Kind.STOPPED, 1_000_000), r.outcome());
    // x1 shrinks by (1 − 2·1e-7) per step
    assertEquals(-5 * Math.pow(1 - 2e-7, 1_000_000), r.trajectory().x(1_000_000, 0), 1e-9);
    assertEquals(1_000_000, r.bestIndex());
  }

  @Test
  void divergenceIsDetectedAndLabelled() {
    RunResult r = DescentRun.run(setup(typed("x^2"), new double[] {10}, Methods.require("gd"), 1.1, 10_000, null));
    assertEquals(Kind.DIVERGED, r.outcome().kind());
    assertTrue(r.outcome().message().startsWith("diverged at step "), r.outcome().message());
    int last = r.trajectory().size() - 1;
    assertEquals(r.outcome().step(), last);
    // |x_k| = 10·1.2^k passes the bound 1e150 first at k = ⌈149/log10(1.2)⌉ = 1882 (x² still finite there)
    assertEquals((long) Math.ceil(149 / Math.log10(1.2)), r.outcome().step());
    assertTrue(Math.abs(r.trajectory().x(last, 0)) > 1e150 && Math.abs(r.trajectory().x(last - 1, 0)) <= 1e150);
  }

  @Test
  void leavingTheDomainIsLabelled() {
    // log(x) from 1 with η = 2: f'(1) = 1, x1 = 1 − 2·1 = −1, where log is undefined
    RunResult r = DescentRun.run(setup(typed("log(x)"), new double[] {1}, Methods.require("gd"), 2, 10, null));
    assertEquals(new Outcome(Kind.LEFT_DOMAIN, 1, "f is undefined there"), r.outcome());
    assertEquals("left the domain at step 1 (f is undefined there)", r.outcome().message());
  }

  @Test
  void aStartOutsideTheDomainIsLabelledAtStepZero() {
    RunResult r = DescentRun.run(setup(typed("sqrt(x)"), new double[] {-1}, Methods.require("gd"), 0.1, 10, null));
    assertEquals(Kind.LEFT_DOMAIN, r.outcome().kind());
    assertEquals(0, r.outcome().step());
    assertEquals(1, r.trajectory().size());
  }

  @Test
  void gradientToleranceStopsTheRunAtTheFirstStepBelowIt() {
    RunResult r = DescentRun.run(setup(typed("x^2"), new double[] {10}, Methods.require("gd"), 0.25, 1000, 1e-3));
    // x_k = 10·0.5^k, |f'| = 20·0.5^k ≤ 1e-3 first at k = 15
    assertEquals(Outcome.of(Kind.CONVERGED, 15), r.outcome());
    assertEquals("converged at step 15", r.outcome().message());
  }

  @Test
  void cancellationStopsARun() {
    Objective bowl = Quadratic.weightedSquares(new double[] {1, 2}, "bowl");
    RunResult r = DescentRun.run(7, setup(bowl, new double[] {1, 1}, Methods.require("gd"), 1e-9, 10_000_000, null),
        new Trajectory(2), () -> true);
    assertEquals(Kind.CANCELLED, r.outcome().kind());
    assertEquals(7, r.runId());
    assertTrue(r.trajectory().size() < 1000);
  }

  @Test
  void maximizingRecordsTheOriginalFunction() {
    RunSetup s = new RunSetup("max", typed("-(x - 3)^2"), new double[] {0}, Methods.require("gd"), 0.25, KnobValues.NONE,
        20, null, null, 0, true, null, null);
    RunResult r = DescentRun.run(s);
    assertEquals(-9, r.trajectory().value(0), 0.0, "f itself, not −f");
    assertEquals(6, r.trajectory().gradient(0, 0), 0.0, "∇f itself");
    assertEquals(3, r.trajectory().x(20, 0), 1e-5);
    assertEquals(20, r.bestIndex(), "the best is the highest point");
  }

  @Test
  void aSingularNewtonStepIsSaidNotDivergedThrough() {
    // f = x³ + x at 0: f'' = 0, the Newton step f'/f'' has no value: no NaN row, the reason said
    RunResult r = DescentRun.run(setup(typed("x^3 + x"), new double[] {0}, Methods.require("newton"), 1, 10, null));
    assertEquals(Kind.STOPPED, r.outcome().kind());
    assertEquals("stopped after 0 steps (Newton's step H⁻¹∇f is undefined: f″ = 0 here)", r.outcome().message());
    assertEquals(1, r.trajectory().size(), "only the start");
    // x³ and |x| at 0: ∇f = 0 too, a stationary point; and a singular Hessian in two variables
    for (String f : new String[] {"x^3", "abs(x)"}) {
      RunResult s = DescentRun.run(setup(typed(f), new double[] {0}, Methods.require("newton"), 1, 10, null));
      assertEquals("stopped after 0 steps (Newton's step H⁻¹∇f is undefined: f″ = 0 here and ∇f = 0, a stationary"
          + " point (not necessarily a minimum))", s.outcome().message(), f);
    }
    RunResult two = DescentRun.run(setup(typed("x1^2 + x2^3"), new double[] {1, 0}, Methods.require("newton"), 1, 10,
        null));
    assertEquals("stopped after 0 steps (Newton's step H⁻¹∇f is undefined: the Hessian is singular here)",
        two.outcome().message());
  }

  @Test
  void recomputedGradientsAreExactlyTheOnesTheRunComputed() {
    for (boolean maximize : new boolean[] {false, true}) {
      Objective f = typed("x1*cos(x2) + x2^2/3 - exp(-x1^2)");
      RunSetup s = new RunSetup("g", f, new double[] {0.7, -1.3}, Methods.require("momentum"), 0.05, KnobValues.NONE, 300,
          null, null, 0, maximize, null, null);
      Trajectory stored = new Trajectory(2);
      Trajectory recomputed = new Trajectory(2, f);
      DescentRun.run(1, s, stored, () -> false);
      DescentRun.run(1, s, recomputed, () -> false);
      assertEquals(stored.size(), recomputed.size());
      for (int k = 0; k < stored.size(); k++) {
        for (int i = 0; i < 2; i++) {
          assertEquals(stored.gradient(k, i), recomputed.gradient(k, i), 0.0, "k = " + k);
        }
        assertEquals(stored.eta(k), recomputed.eta(k), 0.0);
      }
    }
  }
}
