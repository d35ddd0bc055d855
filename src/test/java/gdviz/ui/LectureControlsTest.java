package gdviz.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import javafx.scene.control.Slider;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * What a lecture needs from the keyboard: the playback speed with [ and ], the η slider stepping
 * through readable rates with the arrow keys, and the example's own η to return to (dragging back
 * landed on 0.163 for 0.2).
 */
class LectureControlsTest extends WindowUnderTest {
  @Override
  protected String preset() {
    return "quadratic-1d";
  }

  @Test
  void bracketsSetThePlaybackSpeedFromOneToAThousandStepsPerSecond(FxRobot robot) {
    robot.interact(() -> model.speedProperty().set(4));
    robot.type(KeyCode.CLOSE_BRACKET);
    assertEquals(5.6, onFx(robot, () -> model.speedProperty().get()));
    Slider speed = robot.lookup("#speedSlider").queryAs(Slider.class);
    assertEquals(Math.log10(5.6), onFx(robot, speed::getValue), 1e-9, "the slider follows the keys");
    for (int i = 0; i < 20; i++) {
      robot.type(KeyCode.CLOSE_BRACKET);
    }
    assertEquals(1000.0, onFx(robot, () -> model.speedProperty().get()));
    for (int i = 0; i < 20; i++) {
      robot.type(KeyCode.OPEN_BRACKET);
    }
    assertEquals(1.0, onFx(robot, () -> model.speedProperty().get()));
  }

  @Test
  void theEtaSliderStepsThroughRatesAndReturnsToTheExamplesEta(FxRobot robot) {
    assertEquals(0.2, onFx(robot, () -> model.method().exampleEtaProperty().get()), "quadratic-1d's own η");
    Slider track = robot.lookup("#etaSliderTrack").queryAs(Slider.class);
    int shown = onFx(robot, () -> model.frameProperty().get().shown());
    robot.interact(track::requestFocus);
    robot.type(KeyCode.RIGHT);
    assertEquals(0.25, onFx(robot, () -> model.method().etaProperty().get()), "→ on the slider: the next rate");
    robot.type(KeyCode.LEFT, 2);
    assertEquals(0.15, onFx(robot, () -> model.method().etaProperty().get()));
    assertEquals(shown, (int) onFx(robot, () -> model.frameProperty().get().shown()), "the arrows moved η, not the run");
    robot.interact(() -> view.root().requestFocus());
    robot.type(KeyCode.H);
    assertEquals(0.2, onFx(robot, () -> model.method().etaProperty().get()), "H: the example's η");
    robot.interact(() -> track.setValue(Math.log10(0.196))); // dragged back close to the mark
    assertEquals(0.2, onFx(robot, () -> model.method().etaProperty().get()), "snapped onto the example's η");
    robot.interact(() -> track.setValue(Math.log10(0.1)));
    assertEquals(0.1, onFx(robot, () -> model.method().etaProperty().get()), "far from the mark: where dragged");
  }
}
