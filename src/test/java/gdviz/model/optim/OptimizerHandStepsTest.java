package gdviz.model.optim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gdviz.model.data.LinearRegressionLoss.Intercept;
import gdviz.model.data.LinearRegressionLoss.Scale;
import gdviz.model.data.LinearRegressionLoss;
import gdviz.model.method.Optimizer;
import gdviz.model.objective.Objective;
import gdviz.model.objective.Quadratic;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Two steps of every optimizer on f(x1, x2) = x1² + 2·x2² from (1, 1), where ∇f = (2·x1, 4·x2),
 * against numbers worked out by hand (the working is in each comment).
 */
class OptimizerHandStepsTest {
  private static final double TOL = 1e-6;
  private final Objective bowl = Quadratic.weightedSquares(new double[] {1, 2}, "x1^2 + 2*x2^2");

  /** Runs two steps and returns the two iterates and the two step sizes used. */
  private double[][] twoSteps(Optimizer o, Objective f, double... start) {
    double[] x = start.clone();
    double[] g = new double[x.length];
    f.gradient(x, g);
    double eta1 = o.step(f, x, g);
    double[] x1 = x.clone();
    f.gradient(x, g);
    double eta2 = o.step(f, x, g);
    return new double[][] {x1, x.clone(), {eta1, eta2}};
  }

  @Test
  void gradientDescent() {
    // x1 = (1 − 0.1·2, 1 − 0.1·4) = (0.8, 0.6); x2 = (0.8 − 0.1·1.6, 0.6 − 0.1·2.4) = (0.64, 0.36)
    double[][] r = twoSteps(new GradientDescent(0.1), bowl, 1, 1);
    assertArrayEquals(new double[] {0.8, 0.6}, r[0], TOL);
    assertArrayEquals(new double[] {0.64, 0.36}, r[1], TOL);
    assertArrayEquals(new double[] {0.1, 0.1}, r[2], 0);
  }

  @Test
  void noisyGradientDescentAddsSeededGaussianNoise() {
    // The noise is σ·ξ with ξ drawn in order from java.util.Random(seed).nextGaussian().
    Random xi = new Random(5);
    double n1 = xi.nextGaussian();
    double n2 = xi.nextGaussian();
    double n3 = xi.nextGaussian();
    double n4 = xi.nextGaussian();
    double sigma = 0.5;
    double a1 = 1 - 0.1 * (2 + sigma * n1);
    double b1 = 1 - 0.1 * (4 + sigma * n2);
    double a2 = a1 - 0.1 * (2 * a1 + sigma * n3);
    double b2 = b1 - 0.1 * (4 * b1 + sigma * n4);
    double[][] r = twoSteps(new NoisyGradientDescent(0.1, sigma, 5), bowl, 1, 1);
    assertArrayEquals(new double[] {a1, b1}, r[0], 1e-15);
    assertArrayEquals(new double[] {a2, b2}, r[1], 1e-15);
  }

  @Test
  void noiselessSgdIsGradientDescent() {
    double[][] r = twoSteps(new NoisyGradientDescent(0.1, 0, 5), bowl, 1, 1);
    assertArrayEquals(new double[] {0.64, 0.36}, r[1], TOL);
  }

  @Test
  void momentum() {
    // β = 0.5: v1 = g0 = (2, 4), x1 = (0.8, 0.6); g1 = (1.6, 2.4), v2 = 0.5·(2, 4) + (1.6, 2.4) = (2.6, 4.4),
    // x2 = (0.8 − 0.26, 0.6 − 0.44) = (0.54, 0.16)
    double[][] r = twoSteps(new Momentum(2, 0.1, 0.5), bowl, 1, 1);
    assertArrayEquals(new double[] {0.8, 0.6}, r[0], TOL);
    assertArrayEquals(new double[] {0.54, 0.16}, r[1], TOL);
  }

  @Test
  void nesterovTakesTheGradientAtTheLookAheadPoint() {
    // β = 0.5: v1 = ∇f(1, 1) = (2, 4), x1 = (0.8, 0.6); look-ahead x1 − 0.1·0.5·v1 = (0.7, 0.4), gradient
    // (1.4, 1.6), v2 = (1 + 1.4, 2 + 1.6) = (2.4, 3.6), x2 = (0.8 − 0.24, 0.6 − 0.36) = (0.56, 0.24)
    double[][] r = twoSteps(new Nesterov(2, 0.1, 0.5), bowl, 1, 1);
    assertArrayEquals(new double[] {0.8, 0.6}, r[0], TOL);
    assertArrayEquals(new double[] {0.56, 0.24}, r[1], TOL);
  }

  @Test
  void adaGrad() {
    // s1 = (4, 16): x1 = 1 − 0.1·2/√4 = 0.9 (both coordinates); g1 = (1.8, 3.6), s2 = (7.24, 28.96),
    // x2 = 0.9 − 0.18/√7.24 = 0.9 − 0.0668965 = 0.8331035 (and 0.9 − 0.36/√28.96, the same)
    double[][] r = twoSteps(new AdaGrad(2, 0.1, 1e-6), bowl, 1, 1);
    assertArrayEquals(new double[] {0.9, 0.9}, r[0], TOL);
    assertArrayEquals(new double[] {0.8331035, 0.8331035}, r[1], TOL);
  }

  @Test
  void rmsProp() {
    // γ = 0.9: s1 = 0.1·(4, 16) = (0.4, 1.6), x1 = 1 − 0.2/√0.4 = 0.6837722; g1 = (1.3675445, 2.7350889),
    // s2 = 0.36 + 0.1·1.3675445² = 0.5470178, x2 = 0.6837722 − 0.13675445/√0.5470178 = 0.4988708
    double[][] r = twoSteps(new RmsProp(2, 0.1, 0.9, 1e-6), bowl, 1, 1);
    assertArrayEquals(new double[] {0.6837723, 0.6837723}, r[0], TOL);
    assertArrayEquals(new double[] {0.4988709, 0.4988709}, r[1], TOL);
  }

  @Test
  void adadelta() {
    // ρ = 0.9, ε = 1e-5: s1 = 0.4, Δ = √1e-5/√0.40001·2 = 0.0100000, x1 = 0.99, u1 = 0.1·Δ² = 1e-5;
    // g1 = 1.98, s2 = 0.36 + 0.1·1.98² = 0.75204, Δ = √2e-5/√0.75205·1.98 = 0.0102106, x2 = 0.9797894
    double[][] r = twoSteps(new Adadelta(2, 1.0, 0.9, 1e-5), bowl, 1, 1);
    assertArrayEquals(new double[] {0.99, 0.99}, r[0], TOL);
    assertArrayEquals(new double[] {0.9797894, 0.9797893}, r[1], TOL);
  }

  @Test
  void adamCorrectsTheBias() {
    // t = 1: m̂ = g, v̂ = g², so x1 = 1 − 0.1·g/|g| = 0.9. t = 2 (first coordinate): g = 1.8,
    // m = 0.9·0.2 + 0.1·1.8 = 0.36, m̂ = 0.36/0.19 = 1.8947368; v = 0.999·0.004 + 0.001·3.24 = 0.007236,
    // v̂ = 0.007236/0.001999 = 3.6198099; x2 = 0.9 − 0.1·1.8947368/1.9025798 = 0.8004122
    double[][] r = twoSteps(new Adam(2, 0.1, 0.9, 0.999, 1e-8), bowl, 1, 1);
    assertArrayEquals(new double[] {0.9, 0.9}, r[0], TOL);
    assertArrayEquals(new double[] {0.8004122, 0.8004122}, r[1], TOL);
  }

  @Test
  void dampedNewtonHalvesTheDistanceOnAQuadratic() {
    // H = diag(2, 4): H⁻¹∇f = x, so x ← x − 0.5·x: (0.5, 0.5) then (0.25, 0.25)
    double[][] r = twoSteps(new Newton(2, 0.5, false), bowl, 1, 1);
    assertArrayEquals(new double[] {0.5, 0.5}, r[0], TOL);
    assertArrayEquals(new double[] {0.25, 0.25}, r[1], TOL);
  }

  @Test
  void newtonWithAbsoluteHessianLeavesASaddleInsteadOfJumpingOntoIt() {
    // f = x1² − x2²: H = diag(2, −2). Plain: H⁻¹∇f = (x1, x2) → (0.5, 0.5), (0.25, 0.25), towards the saddle.
    // |H| = diag(2, 2): |H|⁻¹∇f = (x1, −x2) → (0.5, 1.5), (0.25, 2.25), away from it.
    Objective saddle = Quadratic.weightedSquares(new double[] {1, -1}, "x1^2 - x2^2");
    double[][] plain = twoSteps(new Newton(2, 0.5, false), saddle, 1, 1);
    assertArrayEquals(new double[] {0.25, 0.25}, plain[1], TOL);
    double[][] abs = twoSteps(new Newton(2, 0.5, true), saddle, 1, 1);
    assertArrayEquals(new double[] {0.5, 1.5}, abs[0], TOL);
    assertArrayEquals(new double[] {0.25, 2.25}, abs[1], TOL);
  }

  @Test
  void diagonalPreconditioningDividesByTheDiagonalOfTheHessian() {
    // f = x1² + x1·x2 + 2·x2² (A = [[2, 1], [1, 4]]): ∇f = (2x1 + x2, x1 + 4x2), diag H = (2, 4).
    // From (1, 1): g = (3, 5), x1 = (1 − 3/2, 1 − 5/4) = (−0.5, −0.25);
    // g = (−1.25, −1.5), x2 = (−0.5 + 0.625, −0.25 + 0.375) = (0.125, 0.125)
    Objective coupled = new Quadratic(new double[][] {{2, 1}, {1, 4}}, new double[2], 0, "coupled");
    double[][] r = twoSteps(new DiagonalPreconditioning(2, 1.0), coupled, 1, 1);
    assertArrayEquals(new double[] {-0.5, -0.25}, r[0], TOL);
    assertArrayEquals(new double[] {0.125, 0.125}, r[1], TOL);
  }

  @Test
  void preconditioningUsesTheAbsoluteDiagonal() {
    // f = x1² − x2²: diag H = (2, −2), |diag| = (2, 2): x ← x − (x1, −x2) moves x2 away from the saddle
    Objective saddle = Quadratic.weightedSquares(new double[] {1, -1}, "x1^2 - x2^2");
    double[][] r = twoSteps(new DiagonalPreconditioning(2, 1.0), saddle, 1, 1);
    assertArrayEquals(new double[] {0, 2}, r[0], TOL);
    assertArrayEquals(new double[] {0, 4}, r[1], TOL);
  }

  @Test
  void backtrackingHalvesUntilArmijoHolds() {
    // From (1, 1): f = 3, g = (2, 4), |g|² = 20. t = 1 gives (−1, −3), f = 19: too much; t = 0.5 gives
    // (0, −1), f = 2 ≤ 3 − 1e-4·0.5·20. Then g = (0, −4), |g|² = 16: t = 1 → f(0, 3) = 18, t = 0.5 →
    // f(0, 1) = 2 > 2 − 0.0008, t = 0.25 → (0, 0), f = 0: accepted.
    double[][] r = twoSteps(new BacktrackingLineSearch(2, 1.0), bowl, 1, 1);
    assertArrayEquals(new double[] {0, -1}, r[0], TOL);
    assertArrayEquals(new double[] {0, 0}, r[1], TOL);
    assertArrayEquals(new double[] {0.5, 0.25}, r[2], 0);
  }

  @Test
  void exactLineSearchMinimizesAlongTheGradient() {
    // φ(t) = (1 − 2t)² + 2(1 − 4t)², φ'(t) = 72t − 20 = 0 → t = 5/18, x1 = (4/9, −1/9).
    // Then g = (8/9, −4/9): φ'(t) = 2.370370·t − 0.987654 = 0 → t = 5/12, x2 = (2/27, 2/27).
    double[][] r = twoSteps(new ExactLineSearch(2, 0, 1), bowl, 1, 1);
    assertArrayEquals(new double[] {4.0 / 9, -1.0 / 9}, r[0], 1e-7);
    assertArrayEquals(new double[] {2.0 / 27, 2.0 / 27}, r[1], 1e-7);
    assertArrayEquals(new double[] {5.0 / 18, 5.0 / 12}, r[2], 1e-7);
  }

  @Test
  void candidatesKeepTheStepWithTheLowestValue() {
    // From (1, 1): η = 1 → f(−1, −3) = 19, η = 0.1 → f(0.8, 0.6) = 1.36, η = 0.01 → 2.8036: keep 0.1.
    // From (0.8, 0.6): η = 0.1 → f(0.64, 0.36) = 0.6688 beats η = 1 (7.12) and η = 0.01: keep 0.1.
    double[][] r = twoSteps(new StepSizeCandidates(2), bowl, 1, 1);
    assertArrayEquals(new double[] {0.8, 0.6}, r[0], TOL);
    assertArrayEquals(new double[] {0.64, 0.36}, r[1], TOL);
    assertArrayEquals(new double[] {0.1, 0.1}, r[2], 0);
    // On f = ½x² from 4, η = 1 lands exactly on the minimum and wins; then g = 0 and nothing moves.
    Objective half = Quadratic.weightedSquares(new double[] {0.5}, "x^2/2");
    double[][] h = twoSteps(new StepSizeCandidates(1), half, 4);
    assertArrayEquals(new double[] {0}, h[0], 0);
    assertEquals(1.0, h[2][0]);
  }

  @Test
  void candidatesThatOverflowCountAsInfinity() {
    // f = x⁴ at x = 1e70: ∇f = 4e210, so even η = 1e-5 gives |x| ≈ 4e205 and f overflows to +∞. Every
    // candidate is +∞, none is chosen, and x stays where it is (step size 0) instead of becoming NaN.
    Objective quartic = new gdviz.model.objective.ExpressionObjective(new gdviz.model.expr.ExpressionParser().parse("x^4"));
    double[] x = {1e70};
    double[] g = new double[1];
    quartic.gradient(x, g);
    double eta = new StepSizeCandidates(1).step(quartic, x, g);
    assertEquals(1e70, x[0]);
    assertEquals(0, eta);
  }

  @Test
  void minibatchVisitsBatchesInOrderAndStopsAfterItsEpochs() {
    // Data (x, y) = (1, 2), (2, 4), ŷ = θ·x, loss ½(ŷ − y)², batch size 1, no shuffling, η = 0.1, θ0 = 0.
    // Sample 1: r = 0 − 2, gradient r·x = −2, θ1 = 0.2. Sample 2: r = 0.4 − 4 = −3.6, gradient −7.2,
    // θ2 = 0.2 + 0.72 = 0.92; one epoch done.
    LinearRegressionLoss data = new LinearRegressionLoss(new double[][] {{1}, {2}}, new double[] {2, 4},
        Intercept.NONE, Scale.MEAN_HALF, "tiny");
    MinibatchSgd sgd = new MinibatchSgd(data, 0.1, 1, 1, false, 0);
    double[] theta = {0};
    double[] g = new double[1];
    sgd.step(data, theta, g);
    assertEquals(0.2, theta[0], 1e-12);
    assertFalse(sgd.finished());
    sgd.step(data, theta, g);
    assertEquals(0.92, theta[0], 1e-12);
    assertTrue(sgd.finished());
  }

  @Test
  void minibatchOfTheWholeDataSetIsGradientDescent() {
    LinearRegressionLoss data = new LinearRegressionLoss(new double[][] {{1}, {2}, {3}}, new double[] {1, 3, 2},
        Intercept.FIRST, Scale.MEAN_HALF, "three points");
    double[][] batch = twoSteps(new MinibatchSgd(data, 0.05, 3, 5, true, 9), data, 0.5, 0.5);
    double[][] full = twoSteps(new GradientDescent(0.05), data, 0.5, 0.5);
    assertArrayEquals(full[1], batch[1], 1e-12);
  }

  @Test
  void shrinkingStepResetsAfterImprovementAndShrinksOtherwise() {
    // One sample (x, y) = (1, 2), loss (θ − 2)², per-sample gradient 2(θ − 2), α0 = 0.1, θ0 = 0.
    // Epoch 1: loss 4 is the best so far, α = 0.1, θ1 = 0 + 0.1·4 = 0.4.
    // Epoch 2: loss 2.56 < 4, α = 0.1, θ2 = 0.4 + 0.1·3.2 = 0.72.
    LinearRegressionLoss one = new LinearRegressionLoss(new double[][] {{1}}, new double[] {2}, Intercept.NONE,
        Scale.SUM, "one point");
    double[][] r = twoSteps(new ShrinkingStepSgd(one, 0.1, 3, 0), one, 0);
    assertArrayEquals(new double[] {0.4}, r[0], 1e-12);
    assertArrayEquals(new double[] {0.72}, r[1], 1e-12);

    // At the exact fit θ = 2 the loss never improves on 0: α shrinks 0.1 → 0.09 → 0.081 → 0.0729 and
    // after 3 epochs without improvement the method finishes.
    ShrinkingStepSgd atFit = new ShrinkingStepSgd(one, 0.1, 3, 0);
    double[] theta = {2};
    double[] g = new double[1];
    assertEquals(0.1, atFit.step(one, theta, g), 1e-15);
    assertEquals(0.09, atFit.step(one, theta, g), 1e-15);
    assertEquals(0.081, atFit.step(one, theta, g), 1e-15);
    assertFalse(atFit.finished());
    assertEquals(0.0729, atFit.step(one, theta, g), 1e-15);
    assertTrue(atFit.finished());
  }
}
