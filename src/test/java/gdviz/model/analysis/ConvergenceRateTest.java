package gdviz.model.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import gdviz.engine.DescentRun;
import gdviz.model.analysis.ConvergenceRate.Rule;
import gdviz.model.method.KnobValues;
import gdviz.model.objective.Curvature;
import gdviz.model.objective.Objective;
import gdviz.model.objective.Quadratic;
import gdviz.model.optim.Methods;
import gdviz.model.run.RunSetup;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConvergenceRateTest {
  /** f = x1² + 10·x2²: Hessian diag(2, 20). */
  private static final Objective BOWL = Quadratic.weightedSquares(new double[] {1, 10}, "x1² + 10·x2²");

  @Test
  void factorsWorkedOutByHand() {
    assertEquals(0.8, ConvergenceRate.factor(Rule.GD, 0.1, 0, 2), 1e-15); // |1 − 0.2|
    assertEquals(1.0, ConvergenceRate.factor(Rule.GD, 0.1, 0, 20), 1e-15); // |1 − 2|: the edge
    // momentum, η = 0.05, β = 0.5, λ = 2: t² − 1.4t + 0.5, complex roots, |t| = √0.5
    assertEquals(Math.sqrt(0.5), ConvergenceRate.factor(Rule.MOMENTUM, 0.05, 0.5, 2), 1e-15);
    // momentum, η = 0.01, β = 0.1, λ = 2: t² − 1.08t + 0.1, real roots (1.08 ± √0.7664)/2
    assertEquals((1.08 + Math.sqrt(0.7664)) / 2, ConvergenceRate.factor(Rule.MOMENTUM, 0.01, 0.1, 2), 1e-15);
    // Nesterov, η = 0.05, β = 0.5, λ = 20: 1 − ηλ = 0: t² = 0, factor 0
    assertEquals(0.0, ConvergenceRate.factor(Rule.NESTEROV, 0.05, 0.5, 20), 1e-15);
    // Nesterov, η = 0.05, β = 0.5, λ = 2: t² − 1.35t + 0.45: disc 1.8225 − 1.8 = 0.0225, roots 0.75, 0.6
    assertEquals(0.75, ConvergenceRate.factor(Rule.NESTEROV, 0.05, 0.5, 2), 1e-15);
  }

  @Test
  void theOptimalMomentumPair() {
    // μ = 1, L = 100: η* = (2/11)², β* = (9/11)²
    double[] best = ConvergenceRate.optimalMomentum(1, 100);
    assertEquals((2.0 / 11) * (2.0 / 11), best[0], 1e-15);
    assertEquals((9.0 / 11) * (9.0 / 11), best[1], 1e-15);
    // at that pair every direction in [μ, L] contracts by √β* = 9/11; the ends sit on a double root,
    // where √(discriminant) turns rounding of 1e-16 into 1e-8
    Curvature c = new Curvature(new double[] {1, 100}, new double[][] {{1, 0}, {0, 1}});
    assertEquals(9.0 / 11, ConvergenceRate.rate(Rule.MOMENTUM, best[0], best[1], c), 1e-7);
    assertNull(ConvergenceRate.optimalMomentum(0, 100));
  }

  /** max |x| over iterates [from, to): the envelope of an oscillating error. */
  private static double envelope(gdviz.engine.Trajectory t, int from, int to) {
    double m = 0;
    for (int k = from; k < to; k++) {
      m = Math.max(m, Math.hypot(t.x(k, 0), t.x(k, 1)));
    }
    return m;
  }

  private static void predictedMatchesMeasured(String method, double eta, double beta) {
    RunSetup setup = RunSetup.of(BOWL, -5, -2).method(Methods.require(method)).eta(eta).steps(1200)
        .knobs(KnobValues.of(method.equals("gd") ? Map.of() : Map.of("beta", beta))).build();
    var t = DescentRun.run(setup).trajectory();
    Curvature c = Curvature.at(BOWL, new double[] {0, 0});
    double r = ConvergenceRate.rate(Rule.of(gdviz.model.optim.Methods.require(method)), eta, beta, c);
    // per-step contraction of |x_k − x*| (x* = 0) between two windows 1000 steps apart
    double measured = Math.pow(envelope(t, 1150, 1200) / envelope(t, 150, 200), 1.0 / 1000);
    assertEquals(r, measured, 0.01 * r, method + " η = " + eta + " β = " + beta);
  }

  @Test
  void theRatePredictedIsTheRateARunShows() {
    predictedMatchesMeasured("gd", 0.005, 0); // R = 1 − 0.01 = 0.99 (the flat direction)
    predictedMatchesMeasured("gd", 0.095, 0); // R = |1 − 1.9| = 0.9 (the steep one)
    predictedMatchesMeasured("momentum", 0.005, 0.5);
    predictedMatchesMeasured("momentum", 0.02, 0.9);
    predictedMatchesMeasured("nesterov", 0.005, 0.7);
  }
}
