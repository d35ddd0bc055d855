package gdviz.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerLight;
import gdviz.engine.Trajectory;
import gdviz.model.preset.PresetLibrary;
import java.util.function.Supplier;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A schedule typed in the app changes the run's step sizes, the table and the step by hand. */
@ExtendWith(ApplicationExtension.class)
class ScheduleFieldTest {
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
    model.presetProperty().set(LIBRARY.require("quadratic-1d"));
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

  private void type(FxRobot robot, String text) {
    TextField field = robot.lookup("#scheduleField").queryAs(TextField.class);
    robot.interact(() -> field.setText(""));
    robot.clickOn(field).write(text).type(KeyCode.ENTER);
    robot.interact(view::pulse);
  }

  @Test
  void stepHalvingEveryThreeSteps(FxRobot robot) {
    type(robot, "step:0.5:3");
    Trajectory t = onFx(robot, () -> model.frameProperty().get().trajectory());
    assertEquals(0.2, t.eta(3), 0.0);
    assertEquals(0.1, t.eta(4), 0.0); // the update from x₃
    assertEquals(0.025, t.eta(10), 0.0);
    assertEquals(1.7279999999999998, t.x(4, 0), 0.0); // 2.16 − 0.1·4.32
    robot.interact(() -> model.playback().end());
    assertTrue(onFx(robot, () -> view.stepText().getText()).contains("0.025·"), "the step by hand uses η₁₀");
    // back to constant: the run's own setting overrides the schedule it had
    type(robot, "constant");
    assertEquals(0.2, (double) onFx(robot, () -> model.frameProperty().get().trajectory().eta(10)), 0.0);
  }

  @Test
  void aMistakeIsNamedAndTheRunStays(FxRobot robot) {
    type(robot, "step:0.5:3");
    type(robot, "step:0.5");
    Label error = robot.lookup(".error").match((Label l) -> l.isVisible() && l.getText().startsWith("schedule"))
        .queryAs(Label.class);
    assertEquals("schedule \"step:0.5\": step takes 2 numbers (step:γ:K, γ > 0, K a whole number ≥ 1)",
        error.getText());
    assertEquals(0.1, (double) onFx(robot, () -> model.frameProperty().get().trajectory().eta(4)), 0.0,
        "the last good schedule stays");
  }
}
