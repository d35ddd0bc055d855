package gdviz.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import gdviz.model.analysis.Outcome;
import gdviz.model.optim.Methods;
import gdviz.model.preset.SetupResolver;
import gdviz.model.run.RunSetup;
import org.junit.jupiter.api.Test;

/** What a run's outcome says is what happened: it got there, it never moved, f went up. */
class TruthfulOutcomesTest {
  private static Outcome run(String function, String method, double eta, long steps, double... start) {
    return DescentRun.run(RunSetup.of(SetupResolver.function(function, null), start).method(Methods.require(method))
        .eta(eta).steps(steps).build()).outcome();
  }

  /** BFGS reaches (1, 1) on Rosenbrock and repeats it to its budget: it says when it got there. */
  @Test
  void aRunThatGotThereSaysWhen() {
    Outcome o = run("rosenbrock", "bfgs", 1, 1000, -1.2, 1);
    assertEquals(Outcome.Kind.CONVERGED, o.kind());
    assertEquals("converged at step 32 (the run went on to step 1000)", o.message());
    // with a tolerance of its own the run stops there, as before
    Outcome stopped = DescentRun.run(RunSetup.of(SetupResolver.function("rosenbrock", null), -1.2, 1)
        .method(Methods.require("bfgs")).eta(1).steps(1000).tolGrad(1e-5).build()).outcome();
    assertEquals("converged at step 31", stopped.message());
  }

  /** η = 1e-17 on x² from 1: 1 − 2e-17 rounds to 1, x never moves — not "η = 2/L, flips sign". */
  @Test
  void anEtaTooSmallToMoveXSaysSo() {
    assertEquals("stopped after 100 steps (x never moved: η = 1e-17 is too small, x − η·∇f rounds back to x)",
        run("x^2", "gd", 1e-17, 100, 1).message());
    assertEquals("stopped after 100 steps (x never moved: η = 1e-17 is too small, x − η·∇f rounds back to x)",
        run("x1^2 + 2*x2^2", "gd", 1e-17, 100, 1, 1).message(), "in 2D not 'ηλ₂ = 2 along v₂'");
  }

  /** Adam with η = 1e6 from (−5, −2): f ends far above where it began. */
  @Test
  void fEndingHigherThanItBeganIsNotConverging() {
    Outcome o = run("x1^2 + 2*x2^2", "adam", 1e6, 50, -5, -2);
    assertEquals(Outcome.Kind.NOT_CONVERGING, o.kind());
    assertEquals(true, o.message().startsWith("not converging (stopped after 50 steps; f rose from 33 to "),
        o.message());
    assertEquals(true, o.message().endsWith(": is η = 1000000 too large for adam?)"), o.message());
    assertEquals(Outcome.Kind.NOT_CONVERGING, run("x1^2 + 2*x2^2", "amsgrad", 1e6, 50, -5, -2).kind());
  }
}
