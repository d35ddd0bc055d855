package gdviz.ui.playback;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** ← steps back, Shift+← and Shift+→ jump 10, and the iterate slider scrubs all compared runs together. */
class StepBackTest extends gdviz.ui.WindowUnderTest {
  @Override
  protected String preset() {
    return "quadratic-1d";
  }

  /** The iterate each run shows (k), after the next frame. */
  private List<Integer> shownK(FxRobot robot) {
    return onFx(robot, () -> {
      view.pulse();
      return model.frameProperty().get().runs().stream().map(Frame.RunFrame::current).toList();
    });
  }

  @Test
  void arrowKeysStepBackAndJumpTen(FxRobot robot) {
    robot.interact(() -> {
      model.setup().stepsTextProperty().set("25");
      view.root().requestFocus();
    });
    robot.type(KeyCode.END);
    assertEquals(List.of(25), shownK(robot), "End: the last iterate of 25 steps");
    robot.type(KeyCode.LEFT);
    assertEquals(List.of(24), shownK(robot), "← one step back");
    robot.press(KeyCode.SHIFT).type(KeyCode.LEFT).release(KeyCode.SHIFT);
    assertEquals(List.of(14), shownK(robot), "Shift+← ten back");
    robot.press(KeyCode.SHIFT).type(KeyCode.LEFT).type(KeyCode.LEFT).release(KeyCode.SHIFT);
    assertEquals(List.of(0), shownK(robot), "no further back than the start point");
    robot.press(KeyCode.SHIFT).type(KeyCode.RIGHT).release(KeyCode.SHIFT);
    assertEquals(List.of(10), shownK(robot), "Shift+→ ten forward");
    robot.type(KeyCode.RIGHT);
    assertEquals(List.of(11), shownK(robot), "→ one forward");
    assertEquals("k = 11 of 25", onFx(robot, () -> view.iterateSlider().readout()), "the iterate slider follows");
    assertEquals(11.0, onFx(robot, () -> view.iterateSlider().slider().getValue()));
  }

  @Test
  void theIterateSliderScrubsEveryComparedRun(FxRobot robot) {
    robot.interact(() -> {
      model.setup().stepsTextProperty().set("40");
      model.compareLearningRates();
      view.pulse();
    });
    int runs = onFx(robot, () -> model.frameProperty().get().runs().size());
    assertEquals(3, runs, "too small / just right / too large");
    robot.interact(() -> view.iterateSlider().slider().setValue(7));
    assertEquals(List.of(7, 7, 7), shownK(robot), "one playhead for every run");
    // a click near the track's right end: the last iterate of the longest run
    Bounds track = onFx(robot, () -> view.iterateSlider().slider().lookup(".track").localToScreen(
        view.iterateSlider().slider().lookup(".track").getBoundsInLocal()));
    robot.clickOn(track.getMaxX() - 2, track.getCenterY());
    List<Integer> atEnd = shownK(robot);
    int longest = onFx(robot, () -> model.frameProperty().get().runs().stream()
        .mapToInt(r -> r.trajectory().size() - 1).max().orElseThrow());
    assertEquals(longest, atEnd.stream().mapToInt(Integer::intValue).max().orElseThrow(),
        "the track's end is the longest run's last iterate");
    robot.clickOn(track.getMinX() + 2, track.getCenterY());
    assertEquals(List.of(0, 0, 0), shownK(robot), "the track's start is the start point of every run");
  }
}
