package gdviz.ui.method;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gdviz.engine.Trajectory;
import gdviz.ui.WindowUnderTest;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** A schedule typed in the app changes the run's step sizes, the table and the step by hand. */
class ScheduleFieldTest extends WindowUnderTest {
  @Override
  protected String preset() {
    return "quadratic-1d";
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
    assertTrue(onFx(robot, () -> view.iterates().stepText().getText().replace('\u00A0', ' ')).contains("0.025·"), "the step by hand uses η₁₀");
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
