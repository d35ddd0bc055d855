package gdviz.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerLight;
import gdviz.engine.BasinMap;
import gdviz.model.preset.PresetLibrary;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.application.Application;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The basin map in the 2D plot: coarse, then full; a click on it runs from there to the minimum it shows. */
@ExtendWith(ApplicationExtension.class)
class BasinMapViewTest {
  private static final PresetLibrary LIBRARY = PresetLibrary.builtIn();
  private MainViewModel model;
  private MainView view;

  @Start
  void start(Stage stage) {
    Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
    model = new MainViewModel(LIBRARY, Runnable::run);
    view = new MainView(model);
    Scene scene = new Scene(view.root(), 1400, 880);
    view.installShortcuts(scene);
    model.presetProperty().set(LIBRARY.require("basins"));
    stage.setScene(scene);
    stage.show();
  }

  private <T> T onFx(FxRobot robot, Supplier<T> s) {
    Object[] out = new Object[1];
    robot.interact(() -> out[0] = s.get());
    @SuppressWarnings("unchecked")
    T t = (T) out[0];
    return t;
  }

  private BasinMap.Result map(FxRobot robot) {
    return onFx(robot, () -> {
      view.pulse();
      return view.functionPlot().basins();
    });
  }

  @Test
  void aClickOnABasinRunsToItsMinimum(FxRobot robot) throws Exception {
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> {
      BasinMap.Result r = map(robot);
      return r != null && r.nx() == 256;
    });
    BasinMap.Result r = map(robot);
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
