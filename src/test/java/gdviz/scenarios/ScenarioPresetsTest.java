package gdviz.scenarios;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gdviz.engine.DescentRun;
import gdviz.engine.RunResult;
import gdviz.engine.Trajectory;
import gdviz.model.analysis.Outcome;
import gdviz.model.objective.DataObjective;
import gdviz.model.objective.DifferenceQuotient;
import gdviz.model.objective.Objective;
import gdviz.model.optim.StepSizeCandidates;
import gdviz.model.preset.Preset;
import gdviz.model.preset.PresetLibrary;
import gdviz.model.preset.RunOverrides;
import gdviz.model.preset.SetupResolver;
import gdviz.model.run.RunSetup;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.stat.regression.SimpleRegression;
import org.junit.jupiter.api.Test;

/** Every classroom example of SCENARIOS.md, run from its shipped preset, with its stated numbers. */
class ScenarioPresetsTest {
  private static final PresetLibrary PRESETS = PresetLibrary.builtIn();

  private static RunOverrides eta(double eta) {
    return RunOverrides.EMPTY.overriddenBy(new RunOverridesBuilder().eta(eta).build());
  }

  private static RunResult run(String preset, RunOverrides overrides) {
    List<RunSetup> setups = PRESETS.require(preset).setups(overrides);
    assertEquals(1, setups.size(), preset + " is a single run");
    return DescentRun.run(setups.get(0));
  }

  private static RunResult run(String preset) {
    return run(preset, RunOverrides.EMPTY);
  }

  private static Map<String, RunResult> runAll(String preset) {
    Map<String, RunResult> results = new LinkedHashMap<>();
    for (RunSetup s : PRESETS.require(preset).setups(RunOverrides.EMPTY)) {
      results.put(s.label(), DescentRun.run(s));
    }
    return results;
  }

  private static double x(RunResult r, int k) {
    return r.trajectory().x(k, 0);
  }

  private static double last(RunResult r, int i) {
    return r.trajectory().x(r.trajectory().size() - 1, i);
  }

  private static double lastValue(RunResult r) {
    return r.trajectory().value(r.trajectory().size() - 1);
  }

  @Test
  void quadratic1dConvergesToTheExactTextbookValue() {
    RunResult r = run("quadratic-1d");
    assertEquals(11, r.trajectory().size(), "10 steps give 11 points");
    assertEquals(0.06046617599999997, x(r, 10), 0.0, "x10 as an exact double");
    assertEquals(Outcome.Kind.STOPPED, r.outcome().kind());
  }

  @Test
  void quadratic1dWithTooSmallALearningRateIsStillFarAway() {
    RunResult r = run("quadratic-1d", eta(0.05));
    // the course prints x10 = 3.4867844009999995 (x_k = 10·0.9^k, a third of the way from the start)
    assertEquals(3.4867844009999995, x(r, 10), 0.0);
    for (int k = 1; k <= 10; k++) {
      assertTrue(x(r, k) < x(r, k - 1) && x(r, k) > 0, "monotone, never crossing 0");
    }
  }

  @Test
  void quadratic1dWithTooLargeALearningRateOvershootsAndGrows() {
    RunResult r = run("quadratic-1d", eta(1.1));
    for (int k = 1; k <= 10; k++) {
      assertTrue(Math.signum(x(r, k)) == -Math.signum(x(r, k - 1)), "alternates sign at step " + k);
      assertTrue(Math.abs(x(r, k)) > Math.abs(x(r, k - 1)), "|x| grows at step " + k);
    }
    assertEquals(61.917364224000096, x(r, 10), 0.0, "the course prints x10 = 61.917364224000096");
    assertEquals(Outcome.Kind.DIVERGING, r.outcome().kind(), "η = 1.1 > 2/L = 1: diverging, though it never overflows");
  }

  @Test
  void nonconvexWithHighEtaLandsInAPoorLocalMinimum() {
    RunSetup setup = PRESETS.require("nonconvex-1d").setups(RunOverrides.EMPTY).get(0);
    Objective f = setup.objective();
    RunResult r = DescentRun.run(setup);
    Trajectory t = r.trajectory();
    assertEquals(-1.528165927635083, t.x(10, 0), 0.0, "the course prints x10 = -1.528165927635083");
    // The local extrema of x·cos(c·x) on [−10, 10], by dense sampling (independent of the optimizer).
    List<Double> minima = new java.util.ArrayList<>();
    List<Double> maxima = new java.util.ArrayList<>();
    double step = 1e-3;
    for (double x = -10 + step; x < 10; x += step) {
      double a = f.value(new double[] {x - step});
      double b = f.value(new double[] {x});
      double c = f.value(new double[] {x + step});
      if (b < a && b < c) {
        minima.add(x);
      } else if (b > a && b > c) {
        maxima.add(x);
      }
    }
    double end = last(r, 0);
    double poor = minima.stream().min(java.util.Comparator.comparingDouble(m -> Math.abs(m - end))).orElseThrow();
    double deep = minima.stream().min(java.util.Comparator.comparingDouble(m -> f.value(new double[] {m})))
        .orElseThrow();
    double low = maxima.stream().filter(m -> m < poor).max(Double::compare).orElse(-10.0);
    double high = maxima.stream().filter(m -> m > poor).min(Double::compare).orElse(10.0);
    for (int k = 2; k < t.size(); k++) {
      double x = t.x(k, 0);
      assertTrue(x > low && x < high, "iterate " + k + " = " + x + " is caught in the basin (" + low + ", " + high + ")");
    }
    assertTrue(Math.abs(end - poor) < Math.abs(t.x(2, 0) - poor), "and bounces towards its minimum " + poor);
    assertTrue(f.value(new double[] {poor}) > f.value(new double[] {deep}) + 5,
        "a poor minimum: f(" + poor + ") against f(" + deep + ")");
    assertTrue(Math.abs(10 - deep) < Math.abs(10 - poor), "the deep minimum was the nearer one");
  }

  @Test
  void quadratic2dApproachesTheOriginSlowlyButSteadily() {
    RunResult r = run("quadratic-2d");
    Trajectory t = r.trajectory();
    assertEquals(21, t.size());
    for (int k = 1; k < t.size(); k++) {
      assertTrue(t.value(k) < t.value(k - 1), "f decreases at every step");
      assertTrue(Math.abs(t.x(k, 0)) < Math.abs(t.x(k - 1, 0)) && Math.abs(t.x(k, 1)) < Math.abs(t.x(k - 1, 1)));
    }
    // the course's train_2d, in its order of arithmetic: g = (2·x1, 4·x2), x ← x − η·g, 20 times
    double x1 = -5;
    double x2 = -2;
    for (int i = 0; i < 20; i++) {
      double g1 = 2 * x1;
      double g2 = 4 * x2;
      x1 = x1 - 0.1 * g1;
      x2 = x2 - 0.1 * g2;
    }
    assertEquals(x1, t.x(20, 0), 0.0);
    assertEquals(x2, t.x(20, 1), 0.0);
    assertEquals(-0.057646075230342354, t.x(20, 0), 0.0);
    assertEquals(-7.312316880125945e-05, t.x(20, 1), 0.0);
    // and what it prints: 'epoch 20, x1 -0.057646, x2 -0.000073'
    assertEquals("epoch 20, x1 -0.057646, x2 -0.000073", String.format(java.util.Locale.ROOT,
        "epoch %d, x1 %f, x2 %f", 20, t.x(20, 0), t.x(20, 1)));
  }

  @Test
  void noisySgdTakesAMoreTortuousPathThanGd() {
    Trajectory sgd = run("noisy-sgd-2d").trajectory();
    Trajectory gd = run("quadratic-2d").trajectory();
    assertTrue(pathLength(sgd) > 1.2 * pathLength(gd), pathLength(sgd) + " vs " + pathLength(gd));
    assertTrue(turns(sgd) > turns(gd), "changes of direction: " + turns(sgd) + " vs " + turns(gd));
    // Seeded: the same seed gives the same path, another seed another one.
    assertEquals(sgd.x(20, 0), run("noisy-sgd-2d").trajectory().x(20, 0), 0.0);
    RunOverrides otherSeed = RunOverrides.EMPTY.overriddenBy(new RunOverridesBuilder().seed(2L).build());
    assertNotEquals(sgd.x(20, 0), run("noisy-sgd-2d", otherSeed).trajectory().x(20, 0));
  }

  @Test
  void newtonOnCoshConvergesToZero() {
    RunResult r = run("newton-cosh");
    assertEquals(0.0, x(r, 10), 0.0, "the course prints x10 = 0.0");
    // far from 0 Newton moves by tanh(c·x)/c ≈ 2 per step
    assertEquals(10 - Math.tanh(5) / 0.5, x(r, 1), 1e-12);
  }

  @Test
  void newtonOnTheNonconvexFunctionGoesUphillAndDampingHelps() {
    RunSetup setup = PRESETS.require("newton-nonconvex").setups(RunOverrides.EMPTY).get(0);
    Objective f = setup.objective();
    RunResult full = DescentRun.run(setup);
    assertEquals(26.83413291324767, full.trajectory().x(10, 0), 0.0, "the course prints x10 = 26.83413291324767");
    double[][] h = new double[1][1];
    double[] end = {last(full, 0)};
    f.hessian(end, h);
    assertTrue(lastValue(full) > full.trajectory().value(0) + 10, "f went up: " + lastValue(full));
    assertTrue(h[0][0] < 0, "it settled where f'' < 0, a maximum");

    RunResult damped = run("newton-nonconvex", eta(0.5));
    assertEquals(7.269860168684531, damped.trajectory().x(10, 0), 0.0, "the course prints x10 = 7.269860168684531");
    f.hessian(new double[] {last(damped, 0)}, h);
    assertTrue(lastValue(damped) < full.trajectory().value(0) - 5, "damped Newton went down: " + lastValue(damped));
    assertTrue(h[0][0] > 0, "towards a minimum");
  }

  @Test
  void preconditioningFixesTheAxisAlignedCaseNotTheRotatedOne() {
    Map<String, RunResult> runs = runAll("preconditioning");
    assertEquals(List.of("gd", "precond", "gd-rotated", "precond-rotated"), List.copyOf(runs.keySet()));
    Trajectory aligned = runs.get("precond").trajectory();
    assertEquals(0, aligned.value(1), 1e-20, "diag(H) is H: one step to the minimum");
    Trajectory rotated = runs.get("precond-rotated").trajectory();
    double start = rotated.value(0);
    assertTrue(lastValue(runs.get("precond-rotated")) > 0.1 * start,
        "rotated: still far after 50 steps, f = " + lastValue(runs.get("precond-rotated")));
    assertTrue(lastValue(runs.get("gd")) > 1e-3, "plain gd is slow on the ill-conditioned quadratic");
  }

  @Test
  void lineSearchChoosesTheStepLengthPerStepAndFindsTheMinimum() {
    RunResult r = run("line-search");
    Trajectory t = r.trajectory();
    assertEquals(Outcome.Kind.CONVERGED, r.outcome().kind());
    // f'(x) = 0 where e^x = 2·e^(−2x−3), i.e. x* = (ln 2 − 3)/3
    assertEquals((Math.log(2) - 3) / 3, last(r, 0), 1e-9);
    boolean varied = false;
    for (int k = 1; k < t.size(); k++) {
      assertTrue(t.value(k) < t.value(k - 1), "Armijo: f decreases");
      varied |= t.eta(k) != t.eta(1);
    }
    assertTrue(varied, "the step length differs between steps");

    RunOverrides exact = RunOverrides.EMPTY.overriddenBy(new RunOverridesBuilder().lineSearch("exact").build());
    RunResult e = run("line-search", exact);
    assertEquals(Outcome.Kind.CONVERGED, e.outcome().kind());
    assertEquals((Math.log(2) - 3) / 3, last(e, 0), 1e-6);
    for (int k = 1; k < e.trajectory().size(); k++) {
      assertTrue(e.trajectory().eta(k) >= 0 && e.trajectory().eta(k) <= 1, "t within the bracket [0, η]");
    }
  }

  @Test
  void minibatchLinearRegressionRecoversTheWeightsAtEveryBatchSize() {
    Map<String, RunResult> runs = runAll("minibatch-linreg");
    assertEquals(List.of("batch=1", "batch=10", "batch=100", "batch=1000", "batch=10000"),
        List.copyOf(runs.keySet()));
    int[] batches = {1, 10, 100, 1000, 10000};
    int i = 0;
    for (RunResult r : runs.values()) {
      int b = batches[i++];
      assertAll("batch " + b,
          () -> assertEquals(3 * 10000 / b, r.trajectory().size() - 1, "3 epochs"),
          () -> assertEquals(2, last(r, 0), 0.01),
          () -> assertEquals(-3.4, last(r, 1), 0.01),
          () -> assertEquals(4.2, last(r, 2), 0.01));
    }
  }

  @Test
  void linreg20ptsStopsAtTheGradientToleranceNearTheLeastSquaresSolution() {
    RunSetup setup = PRESETS.require("linreg-20pts").setups(RunOverrides.EMPTY).get(0);
    RunResult r = DescentRun.run(setup);
    Trajectory t = r.trajectory();
    int end = t.size() - 1;
    assertEquals(Outcome.Kind.CONVERGED, r.outcome().kind());
    // the course prints: Optimal parameters Theta: 0.5158328581734093 0.9699216324486175
    assertEquals(4035, end, "steps");
    assertEquals(0.5158328581734093, t.x(end, 0), 0.0);
    assertEquals(0.9699216324486175, t.x(end, 1), 0.0);
    // and: Error function: 405.98496249324046 — its (1./2*m) is m/2, so that is (m/2)·Σr² = 400·J
    gdviz.model.data.LinearRegressionLoss loss = (gdviz.model.data.LinearRegressionLoss) setup.objective();
    assertEquals(405.98496249324046, loss.reportedValue(t.x(end)), 0.0);
    assertEquals(400 * t.value(end), loss.reportedValue(t.x(end)), 1e-9);
    assertEquals(List.of("θ₀", "θ₁"), setup.parameterNames());
    assertTrue(Math.abs(t.gradient(end, 0)) <= 1e-5 && Math.abs(t.gradient(end, 1)) <= 1e-5);
    assertTrue(Math.abs(t.gradient(end - 1, 0)) > 1e-5 || Math.abs(t.gradient(end - 1, 1)) > 1e-5,
        "it stops at the first such step");
    for (int k = 1; k < t.size(); k++) {
      assertTrue(t.value(k) <= t.value(k - 1), "J falls");
    }
    // The least-squares line computed independently of our code:
    SimpleRegression ols = new SimpleRegression();
    double[] y = {3, 4, 5, 5, 2, 4, 7, 8, 11, 8, 12, 11, 13, 13, 16, 17, 18, 17, 19, 21};
    for (int i = 0; i < 20; i++) {
      ols.addData(i + 1, y[i]);
    }
    // |θ − θ*| ≤ |∇J|/λmin(H) ≈ 1.4e-5/0.23 ≈ 6e-5
    assertEquals(ols.getIntercept(), t.x(end, 0), 1e-4);
    assertEquals(ols.getSlope(), t.x(end, 1), 1e-4);
    double[] closed = ((DataObjective) setup.objective()).closedFormMinimizer();
    assertEquals(ols.getIntercept(), closed[0], 1e-12);
    assertEquals(ols.getSlope(), closed[1], 1e-12);
  }

  @Test
  void differenceQuotientCoincidesWithTheExactDerivative() {
    Preset p = PRESETS.require("difference-quotient");
    assertEquals(Preset.KIND_DIFFERENCE_QUOTIENT, p.kind());
    Objective f = SetupResolver.objective(p.base(), p.description());
    List<DifferenceQuotient.Sample> samples = DifferenceQuotient.table(f, -10, 10, 21, p.derivativeCheck().h());
    assertEquals(21, samples.size());
    for (DifferenceQuotient.Sample s : samples) {
      // (f(x+h) − f(x))/h = 2x + h for x²: the curves differ by h = 1e-5, up to rounding
      assertEquals(2 * s.x()[0], s.exact()[0], 0.0);
      assertEquals(1e-5, s.estimate()[0] - s.exact()[0], 1e-8);
    }
    // The partial version for vectors: Σ vᵢ² at (1, −2, 3)
    Objective sphere = SetupResolver.function("sphere3", null);
    DifferenceQuotient.Sample v = DifferenceQuotient.sample(sphere, new double[] {1, -2, 3}, 1e-5);
    assertEquals(2, v.exact()[0], 0.0);
    assertEquals(-4, v.exact()[1], 0.0);
    assertEquals(6, v.exact()[2], 0.0);
    assertTrue(v.maxError() < 2e-5);
  }

  @Test
  void stepSizeCandidatesReachAValueNearZero() {
    RunResult r = run("step-size-candidates");
    Trajectory t = r.trajectory();
    for (int i = 0; i < 3; i++) {
      double s = t.x(0, i);
      assertTrue(s == Math.rint(s) && s >= -10 && s <= 10, "random integer start");
    }
    assertEquals(Outcome.Kind.CONVERGED, r.outcome().kind());
    assertTrue(lastValue(r) < 1e-5, "f = " + lastValue(r));
    int end = t.size() - 1;
    assertTrue(Math.abs(t.value(end - 1) - t.value(end)) < 1e-6, "stopped when f improved by less than 1e-6");
    for (int k = 1; k < t.size(); k++) {
      double used = t.eta(k);
      assertTrue(java.util.Arrays.stream(StepSizeCandidates.CANDIDATES).anyMatch(c -> c == used));
    }
  }

  @Test
  void shrinkingStepSgdReturnsTheBestThetaSeen() {
    RunSetup setup = PRESETS.require("shrinking-step-sgd").setups(RunOverrides.EMPTY).get(0);
    RunResult r = DescentRun.run(setup);
    Trajectory t = r.trajectory();
    assertEquals(Outcome.Kind.STOPPED, r.outcome().kind());
    assertTrue(t.size() - 1 < setup.steps(), "ended by its own rule, not the budget");
    for (int k = 0; k < t.size(); k++) {
      assertTrue(t.value(r.bestIndex()) <= t.value(k), "the best is the lowest point");
    }
    double theta = t.x(r.bestIndex(), 0);
    double exact = ((DataObjective) setup.objective()).closedFormMinimizer()[0];
    assertEquals(exact, theta, 1e-3);
    assertEquals(101, ((DataObjective) setup.objective()).sampleCount());
  }

  @Test
  void maximizeClimbs() {
    RunResult r = run("maximize");
    Trajectory t = r.trajectory();
    for (int k = 1; k < t.size(); k++) {
      assertTrue(t.value(k) >= t.value(k - 1), "f rises at step " + k);
    }
    // x·exp(−x²/2) has its maximum at x = 1, value e^(−1/2)
    assertEquals(1, last(r, 0), 1e-6);
    assertEquals(Math.exp(-0.5), lastValue(r), 1e-12);
  }

  @Test
  void halfSquareShiftReachesFourToThreeDecimals() {
    RunResult r = run("half-square-shift");
    assertEquals(101, r.trajectory().size());
    assertEquals(4.000265613988876, last(r, 0), 0.0);
    assertEquals("4.000", String.format(java.util.Locale.ROOT, "%.3f", last(r, 0)));
    assertEquals("0.000", String.format(java.util.Locale.ROOT, "%.3f", lastValue(r)));
  }

  @Test
  void optimizerFamilyRacesSeveralMethodsOnOneSurface() {
    Map<String, RunResult> runs = runAll("optimizer-family");
    assertEquals(List.of("gd", "momentum", "nesterov", "adagrad", "rmsprop", "adadelta", "adam", "adamw", "amsgrad",
        "lion", "cg", "bfgs", "neldermead"), List.copyOf(runs.keySet()));
    for (var e : runs.entrySet()) {
      RunResult r = e.getValue();
      // the quasi-Newton methods reach (1, 1) and say when; the others are still on their way after 1000 steps
      boolean there = List.of("cg", "bfgs", "neldermead").contains(e.getKey());
      assertEquals(there ? Outcome.Kind.CONVERGED : Outcome.Kind.STOPPED, r.outcome().kind(), e.getKey());
      if (there) {
        assertTrue(r.outcome().message().endsWith("(the run went on to step 1000)"), r.outcome().message());
      }
      assertTrue(lastValue(r) < r.trajectory().value(0), e.getKey() + " descends");
    }
    assertTrue(lastValue(runs.get("adam")) < lastValue(runs.get("gd")), "adam beats plain gd on Rosenbrock");
    assertTrue(lastValue(runs.get("momentum")) < lastValue(runs.get("gd")), "momentum beats plain gd");
    for (String quasiNewton : List.of("cg", "bfgs", "neldermead")) {
      assertTrue(lastValue(runs.get(quasiNewton)) < 1e-10, quasiNewton + " reaches the valley's end: "
          + lastValue(runs.get(quasiNewton)));
    }
  }

  @Test
  void everyShippedPresetResolvesAndRuns() {
    for (Preset p : PRESETS.all()) {
      if (p.kind().equals(Preset.KIND_RUN)) {
        for (RunSetup s : p.setups(RunOverrides.EMPTY)) {
          RunResult r = DescentRun.run(s);
          assertTrue(r.trajectory().size() > 1, p.name() + " / " + s.label());
        }
      }
    }
    assertEquals(18, PRESETS.all().size(),
        "one preset per row of SCENARIOS.md, stability (the stability lab) and basins (the basin map)");
    assertTrue(PRESETS.byName("stability").isPresent());
    assertTrue(PRESETS.byName("basins").isPresent());
  }

  private static double pathLength(Trajectory t) {
    double length = 0;
    for (int k = 1; k < t.size(); k++) {
      length += Math.hypot(t.x(k, 0) - t.x(k - 1, 0), t.x(k, 1) - t.x(k - 1, 1));
    }
    return length;
  }

  /** Number of steps whose direction turns by more than 45° from the previous step's. */
  private static int turns(Trajectory t) {
    int turns = 0;
    for (int k = 2; k < t.size(); k++) {
      double ax = t.x(k - 1, 0) - t.x(k - 2, 0);
      double ay = t.x(k - 1, 1) - t.x(k - 2, 1);
      double bx = t.x(k, 0) - t.x(k - 1, 0);
      double by = t.x(k, 1) - t.x(k - 1, 1);
      double cos = (ax * bx + ay * by) / (Math.hypot(ax, ay) * Math.hypot(bx, by));
      if (cos < Math.cos(Math.PI / 4)) {
        turns++;
      }
    }
    return turns;
  }
}
