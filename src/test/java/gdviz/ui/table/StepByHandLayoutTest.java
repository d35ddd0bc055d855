package gdviz.ui.table;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gdviz.model.format.LineBreaks;
import gdviz.model.optim.Methods;
import gdviz.ui.WindowUnderTest;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** Step by hand clipped Adam's rule at the panel's edge and broke terms across lines. */
class StepByHandLayoutTest extends WindowUnderTest {
  @Override
  protected String preset() {
    return "quadratic-2d";
  }

  @Override
  protected double[] size() {
    return new double[] {1280, 720};
  }

  @Test
  void noTermIsCutOrBroken(FxRobot robot) {
    for (String method : new String[] {"adam", "rmsprop", "gd"}) {
      for (int scale : new int[] {100, 150}) {
        robot.interact(() -> {
          model.method().methodProperty().set(Methods.require(method));
          view.appearance().scaleProperty().set(scale);
          model.playback().end();
          view.pulse();
        });
        double[] widths = onFx(robot, () -> {
          view.root().applyCss();
          view.root().layout();
          javafx.scene.text.Text longest = new javafx.scene.text.Text(
              LineBreaks.longestRun(view.iterates().stepText().getText()));
          longest.setFont(view.iterates().stepText().getFont());
          return new double[] {view.iterates().stepText().getWidth(), longest.getLayoutBounds().getWidth()};
        });
        String text = onFx(robot, () -> view.iterates().stepText().getText());
        String at = method + " at " + scale + " %: ";
        assertTrue(widths[0] >= widths[1], at + "the panel " + widths[0] + " px for a term " + widths[1] + " px wide");
        String worked = text.split("\n\n")[0]; // the derivatives after it are as typed
        assertFalse(worked.contains(" −") || worked.contains("− ") || worked.contains(" / "),
            at + "a term may break: " + worked);
      }
    }
  }
}
