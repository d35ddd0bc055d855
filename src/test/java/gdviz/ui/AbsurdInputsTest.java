package gdviz.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** What a class types on purpose, typed into the real fields: each gets a message, none an exception. */
class AbsurdInputsTest extends WindowUnderTest {
  @Override
  protected String preset() {
    return "quadratic-2d";
  }

  private void replace(FxRobot robot, String field, String text) {
    TextField f = robot.lookup(field).query();
    robot.interact(f::requestFocus); // focused at once: a mouse glide to every field took most of this test's time
    robot.press(KeyCode.CONTROL).press(KeyCode.A).release(KeyCode.A).release(KeyCode.CONTROL);
    robot.write(text, 0);
    robot.type(KeyCode.ENTER);
    robot.interact(view::pulse);
  }

  private List<String> visibleErrors(FxRobot robot) {
    return robot.lookup(".error").match(Node::isVisible).queryAllAs(Label.class).stream().map(Label::getText)
        .filter(t -> !t.isEmpty()).toList();
  }

  @Test
  void absurdFieldValuesGetMessagesAndTheLastGoodRunStays(FxRobot robot) {
    robot.interact(model.playback()::end);
    String[][] cases = {
        {"#startField", "NaN, 1", "start: 'NaN' is not a number"},
        {"#startField", "1e400, 2", "start: '1e400' is not a number"},
        {"#startField", "-5; abc", "start: 'abc' is not a number"},
        {"#startField", "1e300, 2", "start: '1e300' is too far out (|x| ≤ 1e150)", "its prefix 1e30 is a valid start"},
        {"#stepsField", "-3", "steps must be a whole number ≥ 0, got '-3'"},
        {"#stepsField", "1e9", "steps must be a whole number ≥ 0, got '1e9'", "its prefix 1 is a valid budget"},
        {"#seedField", "seven", "seed must be a whole number, got 'seven'"},
        {"#etaField", "Infinity", "η must be a positive number"},
        {"#etaField", "-0.1", "η must be a positive number"},
        {"#functionField", "x1^2 + ", "the function ends too early"},
        {"#functionField", "x1^2 + log(", "the function ends too early"},
        {"#functionField", "x1^2 + java.lang.Runtime", "unexpected character '.'"},
    };
    for (String[] c : cases) {
      var before = model.frameProperty().get();
      replace(robot, c[0], c[1]);
      List<String> errors = visibleErrors(robot);
      assertTrue(errors.stream().anyMatch(e -> e.startsWith(c[2])), c[1] + " → " + errors);
      var frame = model.frameProperty().get();
      if (c.length == 3) { // typed key by key: only an input with no valid prefix leaves the run alone
        assertEquals(before.trajectory(), frame.trajectory(), "the last good run is still shown after " + c[1]);
      }
      // put the field back
      replace(robot, c[0], switch (c[0]) {
        case "#startField" -> "-5, -2";
        case "#stepsField" -> "20";
        case "#seedField" -> "0";
        case "#etaField" -> "0.1";
        default -> "x1^2 + 2*x2^2";
      });
    }
    assertEquals(List.of(), visibleErrors(robot), "all fixed");
  }

  @Test
  void absurdButValidSettingsRunAndAreLabelled(FxRobot robot) {
    replace(robot, "#etaField", "1e12");
    robot.interact(model.playback()::end);
    var frame = model.frameProperty().get();
    assertEquals(1e12, frame.setup().eta(), 0.0);
    assertTrue(frame.banner() != null && frame.banner().startsWith("diverged at step"), frame.banner());
    replace(robot, "#etaField", "1e-12");
    robot.interact(model.playback()::end);
    assertFalse(model.frameProperty().get().banner() != null, "a tiny η just crawls");
    replace(robot, "#startField", "1e150, -1e150");
    replace(robot, "#functionField", "x1^4 + x2^4");
    robot.interact(model.playback()::end);
    frame = model.frameProperty().get();
    assertTrue(frame.banner().startsWith("diverged at step 0"), "f overflows at the start: " + frame.banner());
  }
}
