package gdviz.ui.plots;

import static org.junit.jupiter.api.Assertions.assertTrue;

import gdviz.ui.WindowUnderTest;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * A window resized across a fold keeps every plot at its least size and places the divider as the
 * new fold asks: the row of plots below was 0 px tall after a window grew from a small one, and the
 * function plot was held at its least 260 px in a larger one.
 */
class FoldOnResizeTest extends WindowUnderTest {
  @Override
  protected String preset() {
    return "stability"; // the loss, the sweep and the momentum map below the function plot
  }

  @Override
  protected double[] size() {
    return new double[] {800, 500};
  }

  private void resize(FxRobot robot, double width, double height) {
    robot.interact(() -> {
      Window w = view.root().getScene().getWindow();
      w.setX(0);
      w.setY(0);
      w.setWidth(width);
      w.setHeight(height);
    });
    robot.interact(() -> { }); // the divider a new fold asks for is placed after its first pulse
    robot.interact(() -> { });
  }

  private double[] upperAndLower(FxRobot robot) {
    return onFx(robot, () -> {
      Node holder = view.root().lookup("#plotArrangement");
      SplitPane column = holder.lookupAll(".split-pane").stream().map(n -> (SplitPane) n)
          .filter(s -> s.getOrientation() == javafx.geometry.Orientation.VERTICAL).findFirst().orElseThrow();
      return new double[] {column.getItems().get(0).getLayoutBounds().getHeight(),
          column.getItems().get(1).getLayoutBounds().getHeight()};
    });
  }

  @Test
  void aWindowThatGrowsGivesTheRowBelowItsShareAndTheFunctionPlotItsOwn() {
    FxRobot robot = new FxRobot();
    resize(robot, 1400, 880);
    double[] grown = upperAndLower(robot);
    assertTrue(grown[1] >= 120, "the row below the function plot: " + grown[1] + " px");
    assertTrue(Math.abs(grown[0] - grown[1]) < 0.1 * (grown[0] + grown[1]), "half each: " + grown[0] + " / " + grown[1]);
    resize(robot, 1900, 1100);
    double[] larger = upperAndLower(robot);
    assertTrue(larger[0] > 400, "the function plot in a larger window: " + larger[0] + " px");
    assertTrue(Math.abs(larger[0] - larger[1]) < 0.1 * (larger[0] + larger[1]), "half each: " + larger[0] + " / " + larger[1]);
  }
}
