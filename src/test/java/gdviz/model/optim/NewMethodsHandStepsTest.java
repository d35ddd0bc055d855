package gdviz.model.optim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import gdviz.model.method.KnobValues;
import gdviz.model.method.Optimizer;
import gdviz.model.objective.Objective;
import gdviz.model.objective.Quadratic;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Two steps of each method added with the knob declarations, on f(x1, x2) = x1² + 2·x2² from (1, 1)
 * where ∇f = (2·x1, 4·x2), against numbers worked out by hand (the working is in each comment).
 * Each is built as the command line builds it: from its declaration in the registry.
 */
class NewMethodsHandStepsTest {
  private static final double TOL = 1e-6;
  private final Objective bowl = Quadratic.weightedSquares(new double[] {1, 2}, "x1^2 + 2*x2^2");

  private Optimizer create(String id, double eta, Map<String, ?> knobs) {
    KnobValues k = KnobValues.of(knobs);
    Methods.require(id).validate(bowl, k);
    return Methods.require(id).create(bowl, eta, k, 0);
  }

  private double[][] twoSteps(Optimizer o) {
    double[] x = {1, 1};
    double[] g = new double[2];
    bowl.gradient(x, g);
    o.step(bowl, x, g);
    double[] x1 = x.clone();
    bowl.gradient(x, g);
    o.step(bowl, x, g);
    return new double[][] {x1, x.clone()};
  }

  @Test
  void adamWPullsTowardsZeroBesideTheAdaptiveStep() {
    // λ = 0.1. Step 1: m̂ = g = (2, 4), v̂ = g² = (4, 16): m̂/√v̂ = (1, 1); x = 1 − 0.1·(1 + 0.1·1) = 0.89.
    // Step 2: g = (1.78, 3.56); m = (0.358, 0.716), v = (0.0071644, 0.0286576); m̂ = m/0.19,
    // v̂ = v/0.001999: m̂/√v̂ = 0.99528 in both; x = 0.89 − 0.1·(0.99528 + 0.1·0.89) = 0.781572
    double[][] r = twoSteps(create("adamw", 0.1, Map.of("weightDecay", 0.1)));
    assertArrayEquals(new double[] {0.89, 0.89}, r[0], TOL);
    assertArrayEquals(new double[] {0.781572, 0.781572}, r[1], TOL);
  }

  @Test
  void adamaxDividesByTheLargestRecentGradient() {
    // Step 1: m = 0.1·g = (0.2, 0.4), u = |g| + ε = (2, 4) (+1e-8), η/(1 − β₁) = 1: x = 1 − 0.2/2 = 1 − 0.4/4 = 0.9.
    // Step 2: g = (1.8, 3.6); m = 0.9·m + 0.1·g = (0.36, 0.72); u = max(0.999·u, |g|) = (1.998, 3.996), the old
    // maximum decayed; η/(1 − 0.81) = 0.5263158: x = 0.9 − 0.5263158·0.36/1.998 = 0.8051683, the same for x2
    double[][] r = twoSteps(create("adamax", 0.1, Map.of()));
    assertArrayEquals(new double[] {0.9, 0.9}, r[0], TOL);
    assertArrayEquals(new double[] {0.8051683, 0.8051683}, r[1], TOL);
  }

  @Test
  void amsGradAsTheFrameworksComputeIt() {
    // torch.optim.Adam(amsgrad=True): step 1: m = 0.1·g = (0.2, 0.4), v = 0.001·g² = (0.004, 0.016) = v̂;
    // η/(1 − β₁) = 1 and √v̂/√(1 − β₂) = (2, 4): x = 1 − 0.2/2 = 1 − 0.4/4 = 0.9 (less ε's 5e-10): a step of η.
    // Step 2: g = (1.8, 3.6); m = (0.36, 0.72), v = (0.007236, 0.028944) = v̂ (larger); η/(1 − 0.81) = 0.526316,
    // √v̂/√0.001999 = (1.902583, 3.805166): x = 0.9 − 0.526316·0.36/1.902583 = 0.800412, and the same for x2
    double[][] r = twoSteps(create("amsgrad", 0.1, Map.of()));
    assertArrayEquals(new double[] {0.9, 0.9}, r[0], TOL);
    assertArrayEquals(new double[] {0.800412, 0.800412}, r[1], TOL);
  }

  @Test
  void amsGradAsThePaperWritesItWithBiasCorrectionOff() {
    // Reddi et al., Algorithm 2. Step 1: m = 0.1·g = (0.2, 0.4), v = 0.001·g² = (0.004, 0.016) = v̂;
    // x = 1 − 0.1·0.2/√0.004 = 1 − 0.1·0.4/√0.016 = 0.683772.
    // Step 2: g = (1.367544, 2.735089); m = (0.316754, 0.633509), v = (0.005866, 0.023465) = v̂ (larger);
    // x = 0.683772 − 0.1·0.316754/√0.005866 = 0.270205, and the same for x2
    double[][] r = twoSteps(create("amsgrad", 0.1, Map.of("biasCorrection", false)));
    assertArrayEquals(new double[] {0.683772, 0.683772}, r[0], TOL);
    assertArrayEquals(new double[] {0.270205, 0.270205}, r[1], 2e-6);
  }

  /** The example: 0.1·x1² + 2·x2² from (−5, −2), η = 0.1: torch's first step is 0.1 per coordinate, not 0.316. */
  @Test
  void amsGradsFirstStepIsEtaAsInTorch() {
    Objective f = Quadratic.weightedSquares(new double[] {0.1, 2}, "0.1*x1^2 + 2*x2^2");
    Optimizer o = Methods.require("amsgrad").create(f, 0.1, KnobValues.NONE, 0);
    double[] x = {-5, -2};
    double[] g = new double[2];
    f.gradient(x, g);
    o.step(f, x, g);
    assertArrayEquals(new double[] {-4.9, -1.9}, x, 1e-8);
  }

  @Test
  void conjugateGradientsEndOnATwoVariableQuadraticInTwoSteps() {
    // d = −g = (−2, −4); f(1 − 2t, 1 − 4t) is least at t = 20/72 = 5/18: x = (4/9, −1/9).
    // g = (8/9, −4/9); β = gᵀ(g − g₀)/g₀ᵀg₀ = (80/81)/20 = 4/81; d = (−80/81, 20/81); t = 0.45: x = (0, 0)
    double[][] r = twoSteps(create("cg", 1, Map.of()));
    assertArrayEquals(new double[] {4.0 / 9, -1.0 / 9}, r[0], 1e-8);
    assertArrayEquals(new double[] {0, 0}, r[1], 1e-8);
  }

  @Test
  void bfgsLearnsTheInverseHessian() {
    // With Armijo's search: H = I, d = (−2, −4); from t = 1: f(−1, −3) = 19, too high; t = 1/2: x = (0, −1),
    // f = 2. s = (−1, −2), y = (−2, −8), ρ = 1/18: H = (I − ρsyᵀ)(I − ρysᵀ) + ρssᵀ = [338 −44; −44 92]/324.
    // d = −H·(0, −4) = (−176, 368)/324; t = 1 is accepted: x = (−44/81, 11/81)
    Bfgs bfgs = (Bfgs) create("bfgs", 1, Map.of("lineSearch", "armijo"));
    double[] x = {1, 1};
    double[] g = {2, 4};
    assertEquals(0.5, bfgs.step(bowl, x, g), 0.0, "the step length Armijo chose");
    assertArrayEquals(new double[] {0, -1}, x, 1e-15);
    double[][] h = bfgs.inverseHessian();
    assertArrayEquals(new double[] {338.0 / 324, -44.0 / 324}, h[0], 1e-12);
    assertArrayEquals(new double[] {-44.0 / 324, 92.0 / 324}, h[1], 1e-12);
    bowl.gradient(x, g);
    bfgs.step(bowl, x, g);
    assertArrayEquals(new double[] {-44.0 / 81, 11.0 / 81}, x, 1e-12);
  }

  @Test
  void bfgsWithTheWolfeSearchByDefault() {
    // φ(t) = f((1, 1) + t·(−2, −4)) = (1 − 2t)² + 2(1 − 4t)²: φ(0) = 3, φ′(0) = −20, φ(1) = 19 > 3 − 0.002:
    // zoom on [0, 1]; the quadratic through φ(0), φ′(0), φ(1) has its minimum at t = 20/(2·36) = 5/18, where
    // φ′ = 0 (φ is that quadratic): both conditions hold. x = (1 − 10/18, 1 − 20/18) = (4/9, −1/9)
    Bfgs bfgs = (Bfgs) create("bfgs", 1, Map.of());
    double[] x = {1, 1};
    double[] g = {2, 4};
    assertEquals(5.0 / 18, bfgs.step(bowl, x, g), 1e-15, "the step length the Wolfe search chose");
    assertArrayEquals(new double[] {4.0 / 9, -1.0 / 9}, x, 1e-15);
  }

  /** The cubic through two points' values and slopes has its minimum where the search looks (N&W 3.59). */
  @Test
  void theZoomInterpolatesACubicExactly() {
    // φ(t) = (t − 1)³ − 3(t − 1) + 2 has its minimum at t = 2; on [1.5, 3]: φ(1.5) = 0.625, φ′(1.5) = −2.25,
    // φ(3) = 4, φ′(3) = 9: the cubic through them is φ itself
    assertEquals(2, WolfeSearch.interpolate(1.5, 0.625, -2.25, 3, 4, 9), 1e-12);
    // a quadratic from one end's value and slope and the other's value: φ(t) = (t − 0.4)², on [0, 1]
    assertEquals(0.4, WolfeSearch.interpolate(0, 0.16, -0.8, 1, 0.36, Double.NaN), 1e-12);
    // the quadratic through φ(0) = 1, φ′(0) = −10, φ(1) = 100 has its minimum at 10/218, too near an end:
    // the middle instead
    assertEquals(0.5, WolfeSearch.interpolate(0, 1, -10, 1, 100, Double.NaN), 1e-12);
  }

  @Test
  void nelderMeadReflectsAndExpandsItsSimplex() {
    // δ = 1: (1, 1) f = 3, (2, 1) f = 6, (1, 2) f = 9. Centroid of the best two (1.5, 1); reflecting the
    // worst gives (2, 0), f = 4: better than the second, kept; the best is still (1, 1).
    // Centroid (1.5, 0.5); reflecting (2, 1) gives (1, 0), f = 1, the best yet: expanded to (0.5, −0.5),
    // f = 0.75, even better: the simplex is (0.5, −0.5), (1, 1), (2, 0), and the iterate its best point
    NelderMead nm = (NelderMead) create("neldermead", 1, Map.of("simplexSize", 1.0));
    double[][] r = twoSteps(nm);
    assertArrayEquals(new double[] {1, 1}, r[0], 1e-15);
    assertArrayEquals(new double[] {0.5, -0.5}, r[1], 1e-15);
    var simplex = nm.sketch().polygon();
    assertArrayEquals(new double[] {0.5, -0.5}, simplex.get(0), 1e-15);
    assertArrayEquals(new double[] {1, 1}, simplex.get(1), 1e-15);
    assertArrayEquals(new double[] {2, 0}, simplex.get(2), 1e-15);
  }
}
