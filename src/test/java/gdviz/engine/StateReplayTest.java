package gdviz.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gdviz.model.method.Sketch;
import gdviz.model.optim.Methods;
import gdviz.model.preset.SetupResolver;
import gdviz.model.run.RunSetup;
import org.junit.jupiter.api.Test;

/** A method's state at any iterate, replayed from the start: the very state the run had there. */
class StateReplayTest {
  private static RunSetup setup(String method, long steps) {
    return RunSetup.of(SetupResolver.function("x1^2 + 2*x2^2", null), 1, 1).method(Methods.require(method))
        .eta(1).steps(steps).build();
  }

  @Test
  void theSimplexAtAnIterateIsTheOneTheRunHadThere() {
    RunSetup nm = setup("neldermead", 10);
    var run = DescentRun.run(nm).trajectory();
    StateReplay replay = new StateReplay(nm);
    for (int k : new int[] {2, 5, 3, 10}) { // forward, and back again
      Sketch s = replay.at(k);
      assertEquals(3, s.polygon().size());
      assertArrayEquals(run.x(k), s.polygon().get(0), 0.0, "the iterate is the simplex's best point, k = " + k);
    }
    assertTrue(replay.at(0).isEmpty(), "nothing before the first step");
    assertTrue(new StateReplay(setup("gd", 10)).at(3).isEmpty(), "gd shows no state");
  }

  @Test
  void bfgsEllipseGoesThroughTheIterateAndMatchesTheContourOnceItHasLearnt() {
    RunSetup bfgs = setup("bfgs", 10);
    var run = DescentRun.run(bfgs).trajectory();
    Sketch s = new StateReplay(bfgs).at(1);
    // the model's contour through x: (x − c)ᵀ M⁻¹ (x − c) = 1
    double[] x = run.x(1);
    double[][] m = s.ellipse();
    double[] u = {x[0] - s.centre()[0], x[1] - s.centre()[1]};
    double det = m[0][0] * m[1][1] - m[0][1] * m[1][0];
    double q = (m[1][1] * u[0] * u[0] - 2 * m[0][1] * u[0] * u[1] + m[0][0] * u[1] * u[1]) / det;
    assertEquals(1, q, 1e-9, "the ellipse passes through the iterate");
  }
}
