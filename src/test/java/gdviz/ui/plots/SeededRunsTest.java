package gdviz.ui.plots;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gdviz.ui.WindowUnderTest;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** Many seeded runs of a noisy run: drawn with their spread once computed; refused for gd with a reason. */
class SeededRunsTest extends WindowUnderTest {
  @Override
  protected String preset() {
    return "noisy-sgd-2d";
  }

  private gdviz.plot.SpreadPainter.Picture spread(FxRobot robot) {
    return onFx(robot, () -> {
      view.pulse();
      return view.functionPlot().spread();
    });
  }

  /** In 3D the seeded runs lie on the surface, at the step shown, as in the 2D view. */
  @Test
  void theSurfaceIn3dDrawsTheSeededRunsToo(FxRobot robot) {
    robot.interact(() -> {
      model.plotOptions().surfaceProperty().set(true);
      view.pulse();
    });
    var onSurface = onFx(robot, () -> view.plots().surface().spread());
    assertNotNull(onSurface, "the seeded runs on the surface");
    assertEquals(50, onSurface.spread().runs().size());
    assertEquals(onFx(robot, () -> view.functionPlot().spread().k()), onSurface.k(), "at the step the 2D view shows");
    robot.interact(() -> {
      model.plotOptions().seededRunsProperty().set(false);
      view.pulse();
    });
    assertNull(onFx(robot, () -> view.plots().surface().spread()), "none when they are off");
  }

  @Test
  void thePresetOpensWithFiftySeededRunsAndTheirBand(FxRobot robot) throws Exception {
    assertTrue(onFx(robot, () -> model.plotOptions().seededRunsProperty().get()), "noisy-sgd-2d shows them");
    var picture = spread(robot); // computed as the window opened (background work runs inline here)
    assertNotNull(picture, "the fifty runs are drawn");
    assertEquals(50, picture.spread().runs().size());
    assertEquals(21, picture.spread().length(), "20 steps");
    // seeds 1, 2, …: the first seeded run is the run itself
    var own = onFx(robot, () -> model.frameProperty().get().trajectory());
    assertEquals(own.value(20), picture.spread().runs().get(0).trajectory().value(20));
    assertEquals("median of 50 seeded runs (dashed), 10–90 % band", onFx(robot, () -> view.plots().lossPlot().note()));
    robot.interact(() -> view.root().requestFocus());
    robot.type(KeyCode.END);
    assertEquals(20, spread(robot).k(), "the ellipse follows the step shown");
    robot.type(KeyCode.N);
    assertNull(spread(robot), "N hides them");
    assertEquals("", onFx(robot, () -> view.plots().lossPlot().note()));
  }

  @Test
  void aCountChangeComputesAgain(FxRobot robot) throws Exception {
    robot.interact(() -> model.plotOptions().seededCountProperty().set(7));
    var p = spread(robot);
    assertNotNull(p, "the seven runs are drawn");
    assertEquals(7, p.spread().runs().size());
  }

  @Test
  void aMethodWithoutRandomnessSaysWhy(FxRobot robot) {
    robot.interact(() -> model.presetProperty().set(LIBRARY.require("quadratic-2d")));
    robot.interact(() -> model.plotOptions().seededRunsProperty().set(true));
    assertNull(spread(robot));
    assertEquals("many seeded runs: gd does not draw on the seed (try sgd, minibatch or shrinking)",
        onFx(robot, () -> view.plots().lossPlot().note()));
  }
}
