package gdviz.model.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gdviz.engine.DescentRun;
import gdviz.engine.RunResult;
import gdviz.engine.Trajectory;
import gdviz.model.analysis.Outcome;
import gdviz.model.method.KnobValues;
import gdviz.model.objective.Rosenbrock;
import gdviz.model.run.RunSetup;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Conjugate gradients and BFGS with their default line search, the strong Wolfe conditions, on
 * Rosenbrock's function from (−1.2, 1) until every |∂f/∂xᵢ| ≤ 10⁻⁵ (SciPy's gtol): within twice
 * SciPy's iteration counts (CG 37, BFGS 33 as the issue counts them; scipy.optimize.minimize reports
 * nit = 36 and 32), and every accepted step meets both conditions. With Armijo's search CG needed
 * 1,120 iterations — students would have learnt that CG is slow.
 */
class WolfeLineSearchTest {
  @ParameterizedTest(name = "{0}: at most {1} steps, c₂ = {2}")
  @CsvSource({"cg, 74, 0.1", "bfgs, 66, 0.9"})
  void rosenbrockWithinTwiceSciPysIterations(String method, int atMost, double c2) {
    Rosenbrock f = new Rosenbrock(1, 100);
    RunSetup setup = RunSetup.of(f, -1.2, 1).method(Methods.require(method)).eta(1).steps(1000).tolGrad(1e-5).build();
    RunResult r = DescentRun.run(setup);
    assertEquals(Outcome.Kind.CONVERGED, r.outcome().kind(), r.outcome().message());
    assertTrue(r.outcome().step() <= atMost, method + " took " + r.outcome().step() + " steps");
    Trajectory t = r.trajectory();
    for (int k = 0; k + 1 < t.size(); k++) {
      // s = x_{k+1} − x_k = t·d: both conditions are invariant under the step's length along d
      double[] s = {t.x(k + 1, 0) - t.x(k, 0), t.x(k + 1, 1) - t.x(k, 1)};
      double slope0 = t.gradient(k, 0) * s[0] + t.gradient(k, 1) * s[1];
      double slope1 = t.gradient(k + 1, 0) * s[0] + t.gradient(k + 1, 1) * s[1];
      assertTrue(slope0 < 0, "step " + k + " goes downhill");
      assertTrue(t.value(k + 1) <= t.value(k) + WolfeSearch.C1 * slope0, "step " + k + ": sufficient decrease");
      assertTrue(Math.abs(slope1) <= c2 * Math.abs(slope0), "step " + k + ": curvature condition, |φ′(t)| = "
          + Math.abs(slope1) + " > " + c2 + "·|φ′(0)| = " + c2 * Math.abs(slope0));
    }
  }

  @ParameterizedTest(name = "{0} with armijo and exact still runs")
  @CsvSource({"cg", "bfgs"})
  void theOtherSearchesRemainOneKnobAway(String method) {
    for (String rule : new String[] {"armijo", "exact"}) {
      RunSetup setup = RunSetup.of(new Rosenbrock(1, 100), -1.2, 1).method(Methods.require(method))
          .knobs(KnobValues.of(Map.of("lineSearch", rule))).eta(1).steps(3000).tolGrad(1e-5).build();
      assertEquals(Outcome.Kind.CONVERGED, DescentRun.run(setup).outcome().kind(), method + " with " + rule);
    }
  }
}
