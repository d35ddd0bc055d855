package gdviz.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gdviz.model.SetupException;
import gdviz.model.analysis.Outcome.Kind;
import gdviz.model.format.Numbers;
import gdviz.model.method.KnobValues;
import gdviz.model.method.Method;
import gdviz.model.objective.Objective;
import gdviz.model.objective.Quadratic;
import gdviz.model.optim.Methods;
import gdviz.model.preset.SetupResolver;
import gdviz.model.run.RunSetup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Absurd learning rates, huge budgets, starts near the edge of the doubles: every run ends labelled. */
class ExtremeParametersTest {
  private static RunSetup setup(String f, double[] start, Method m, double eta, long steps) {
    Objective objective = SetupResolver.function(f, null);
    return new RunSetup("x", objective, start, m, eta, KnobValues.NONE, steps, null, null, 0, false, null, null);
  }

  @ParameterizedTest(name = "η = {0}")
  @ValueSource(doubles = {1e-12, 1e-9, 1e-6, 1e-3, 1, 1e3, 1e6, 1e9, 1e12})
  void everyLearningRateEndsWithALabelledOutcome(double eta) {
    for (Method m : new Method[] {Methods.require("gd"), Methods.require("momentum"), Methods.require("nesterov"), Methods.require("adagrad"), Methods.require("rmsprop"),
        Methods.require("adadelta"), Methods.require("adam"), Methods.require("newton"), Methods.require("precond"), Methods.require("linesearch"), Methods.require("sgd")}) {
      RunResult r = DescentRun.run(setup("x1^2 + 3*x2^2 + sin(x1*x2)", new double[] {3, -2}, m, eta, 2_000));
      assertTrue(r.trajectory().size() >= 1);
      assertTrue(r.outcome().message().matches("(converged at|stopped after|diverging \\(stopped after|not converging \\(stopped after|diverged at|left the domain at) .*"),
          m + " η = " + eta + ": " + r.outcome().message());
      int last = r.trajectory().size() - 1;
      if (r.outcome().kind() != Kind.DIVERGED && r.outcome().kind() != Kind.LEFT_DOMAIN) {
        assertTrue(Double.isFinite(r.trajectory().value(last)), "a run not labelled diverged ends finite");
      }
    }
  }

  @Test
  void hugeLearningRatesDivergeAtOnceAndSaySo() {
    RunResult r = DescentRun.run(setup("x^2", new double[] {1}, Methods.require("gd"), 1e12, 1000));
    assertEquals(Kind.DIVERGED, r.outcome().kind());
    assertTrue(r.outcome().step() < 20, r.outcome().message());
  }

  @Test
  void tenMillionStepsRunAndEnd() {
    Objective bowl = Quadratic.weightedSquares(new double[] {1}, "x^2");
    RunResult r = DescentRun.run(new RunSetup("long", bowl, new double[] {1}, Methods.require("gd"), 1e-9, KnobValues.NONE,
        10_000_000, null, null, 0, false, null, null));
    assertEquals(10_000_001, r.trajectory().size());
    assertEquals(Math.pow(1 - 2e-9, 10_000_000), r.trajectory().x(10_000_000, 0), 1e-9);
  }

  @ParameterizedTest
  @ValueSource(doubles = {1e300, -1e300, 1e151, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
  void startsBeyondTheBoundOrNotNumbersAreRefusedWithAMessage(double start) {
    SetupException e = assertThrows(SetupException.class,
        () -> setup("x^2", new double[] {start}, Methods.require("gd"), 0.1, 10));
    assertTrue(e.getMessage().startsWith("start coordinate 1 must be a finite number with |x| ≤ 1e150"),
        e.getMessage());
    assertTrue(e.getMessage().endsWith(", got " + Numbers.format(start)), "the value as typed: " + e.getMessage());
  }

  @Test
  void theRefusedStartIsQuotedAsAUserWritesIt() {
    SetupException e = assertThrows(SetupException.class,
        () -> setup("x^2", new double[] {1e300}, Methods.require("gd"), 0.1, 10));
    assertTrue(e.getMessage().endsWith("got 1e300"), e.getMessage());
  }

  @Test
  void aStartJustInsideTheBoundDivergesLabelled() {
    RunResult r = DescentRun.run(setup("x^4", new double[] {1e150}, Methods.require("gd"), 0.1, 10));
    // f = x⁴ = 1e600 overflows to +∞ at the start: labelled, not drawn as garbage
    assertEquals(Kind.DIVERGED, r.outcome().kind());
    assertEquals(0, r.outcome().step());
  }

  static java.util.stream.Stream<Method> methods() {
    return Methods.all().stream();
  }

  @ParameterizedTest
  @org.junit.jupiter.params.provider.MethodSource("methods")
  void everyMethodSurvivesAFunctionUndefinedAlmostEverywhere(Method m) {
    if (m.needsData()) {
      return;
    }
    RunSetup s = setup("sqrt(x1 - 5) + log(x2)", new double[] {6, 1}, m, 0.5, 200);
    RunResult r = DescentRun.run(s);
    assertTrue(r.outcome().message().matches("(converged at|stopped after|diverging \\(stopped after|not converging \\(stopped after|diverged at|left the domain at) .*"),
        m + ": " + r.outcome().message());
  }

  @Test
  void notANumberTypedAnywhereIsRefused() {
    assertThrows(SetupException.class, () -> setup("x^2", new double[] {1}, Methods.require("gd"), Double.NaN, 10));
    assertThrows(SetupException.class, () -> setup("x^2", new double[] {1}, Methods.require("gd"), Double.POSITIVE_INFINITY, 10));
    assertThrows(SetupException.class, () -> setup("x^2", new double[] {1}, Methods.require("gd"), 0.1, -1));
    RunResult r = DescentRun.run(setup("1/x", new double[] {0}, Methods.require("gd"), 0.1, 10));
    assertEquals(Kind.DIVERGED, r.outcome().kind(), "f = 1/0 = +∞ at the start");
  }
}
