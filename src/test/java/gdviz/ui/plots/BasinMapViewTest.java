package gdviz.ui.plots;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gdviz.engine.BasinMap;
import gdviz.ui.WindowUnderTest;
import javafx.geometry.Point2D;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** The basin map in the 2D plot: coarse, then full; a click on it runs from there to the minimum it shows. */
class BasinMapViewTest extends WindowUnderTest {
  @Override
  protected String preset() {
    return "basins";
  }

  private BasinMap.Result map(FxRobot robot) {
    return onFx(robot, () -> {
      view.pulse();
      return view.functionPlot().basins();
    });
  }

  @Test
  void aClickOnABasinRunsToItsMinimum(FxRobot robot) throws Exception {
    BasinMap.Result r = map(robot); // the coarse map, then the full one (background work runs inline here)
    assertEquals(256, r.nx(), "the full map");
    assertEquals(4, r.minima().size(), "Himmelblau's four minima");
    assertEquals(-6.0, r.yMin(), "the preset's rectangle");
    // the cell under world point (3.5, −4) and the minimum it shows
    int i = (int) Math.floor((3.5 - r.xMin()) / (r.xMax() - r.xMin()) * r.nx());
    int j = (int) Math.floor((r.yMax() - -4) / (r.yMax() - r.yMin()) * r.ny());
    double[] shown = r.minima().get(r.at(i, j));
    Point2D at = onFx(robot, () -> {
      var v = view.functionPlot().viewport();
      return view.functionPlot().localToScreen(v.toPixelX(3.5), v.toPixelY(-4));
    });
    robot.clickOn(at);
    double[] end = onFx(robot, () -> {
      view.pulse();
      var t = model.frameProperty().get().trajectory();
      return t.x(t.size() - 1);
    });
    assertTrue(Math.hypot(end[0] - shown[0], end[1] - shown[1]) < 1e-2,
        "the run from the click ends at (" + end[0] + ", " + end[1] + "), the map shows (" + shown[0] + ", " + shown[1] + ")");
    assertTrue(Math.abs(onFx(robot, () -> model.frameProperty().get().setup().start()[0]) - 3.5) < 0.05,
        "the click set the start");
    robot.type(KeyCode.A);
    assertNull(map(robot), "A hides the map");
  }
}
