package gdviz.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gdviz.plot.PlotTheme;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** Presentation mode, the UI scale, the side panels and the dark plots, used as a teacher would. */
class WindowAppearanceTest extends WindowUnderTest {
  @Override
  protected String preset() {
    return "quadratic-2d";
  }

  @Override
  protected double[] size() {
    return new double[] {1280, 720};
  }

  private boolean inWindow(FxRobot robot, String id) {
    return onFx(robot, () -> view.root().lookup(id) != null && view.root().lookup(id).getScene() != null);
  }

  @Test
  void f5PresentsThePlotsWithOneStripAndEscLeaves(FxRobot robot) {
    robot.clickOn("#lossPlot"); // no text field has the focus
    robot.type(KeyCode.F5);
    assertTrue(view.appearance().presentationProperty().get());
    assertNull(onFx(robot, () -> view.menuBar().getScene()), "no menus");
    assertTrue(!inWindow(robot, "#controlsScroll") && !inWindow(robot, "#sidePanel"), "no side panels");
    assertTrue(inWindow(robot, "#presentationStrip"));
    // the plots take the window's width
    double plots = onFx(robot, () -> view.plots().getWidth());
    assertTrue(plots > 1200, "plots " + plots + " px wide of 1280");
    // the strip drives the run: the method, η, play / step / reset
    @SuppressWarnings("unchecked")
    ComboBox<gdviz.model.method.Method> method = (ComboBox<gdviz.model.method.Method>) robot
        .lookup("#presentationStrip #presentationMethod").query();
    robot.interact(() -> method.setValue(gdviz.model.optim.Methods.byId("momentum").orElseThrow()));
    assertEquals("momentum", model.method().methodProperty().get().id());
    TextField eta = robot.lookup("#presentationStrip #etaField").queryAs(TextField.class);
    robot.clickOn(eta).eraseText(eta.getText().length()).write("0.02").type(KeyCode.ENTER);
    assertEquals(0.02, model.method().etaProperty().get(), 0.0);
    robot.interact(view::pulse); // the next frame (the app's timer; none in this test) runs the new η
    robot.clickOn(button(robot, "Reset"));
    assertEquals(1, (int) onFx(robot, () -> model.frameProperty().get().shown()), "reset: the start only");
    robot.clickOn(button(robot, "Step"));
    assertEquals(2, (int) onFx(robot, () -> model.frameProperty().get().shown()), "one step");
    String outcome = onFx(robot, () -> view.presentationStrip().outcome().getText());
    assertTrue(outcome.startsWith("stopped after") || outcome.startsWith("converged"), outcome);
    robot.type(KeyCode.ESCAPE);
    assertTrue(!view.appearance().presentationProperty().get());
    assertNotNull(onFx(robot, () -> view.menuBar().getScene()));
    assertTrue(inWindow(robot, "#controlsScroll") && inWindow(robot, "#sidePanel"));
  }

  private static Button button(FxRobot robot, String text) {
    return robot.lookup("#presentationStrip .button").match((Button b) -> b.getText().equals(text)).queryAs(Button.class);
  }

  @Test
  void ctrlPlusScalesTheControlsAndThePlots(FxRobot robot) {
    robot.clickOn("#lossPlot");
    robot.press(KeyCode.CONTROL).type(KeyCode.EQUALS).release(KeyCode.CONTROL);
    assertEquals(110, view.appearance().scaleProperty().get());
    assertEquals(1.1, onFx(robot, () -> view.functionPlot().scale()), 1e-12);
    assertEquals(1.1, onFx(robot, () -> view.plots().lossPlot().scale()), 1e-12);
    assertTrue(onFx(robot, () -> view.root().getStyle()).contains("-fx-font-size: 15.4px"));
    double font = onFx(robot, () -> robot.lookup("#startField").queryAs(TextField.class).getFont().getSize());
    assertEquals(15.4, font, 1e-5, "the controls' text grows (a float inside JavaFX)");
    robot.press(KeyCode.CONTROL).type(KeyCode.MINUS).type(KeyCode.MINUS).release(KeyCode.CONTROL);
    assertEquals(90, view.appearance().scaleProperty().get());
    robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT0).release(KeyCode.CONTROL);
    assertEquals(100, view.appearance().scaleProperty().get());
    assertEquals(1.0, onFx(robot, () -> view.functionPlot().scale()), 0.0);
  }

  @Test
  void ctrl1AndCtrl2HideAndShowTheSidePanels(FxRobot robot) {
    double before = onFx(robot, () -> view.plots().getWidth());
    robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT2).release(KeyCode.CONTROL);
    assertTrue(!inWindow(robot, "#sidePanel"), "iterates hidden");
    robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT1).release(KeyCode.CONTROL);
    assertTrue(!inWindow(robot, "#controlsScroll"), "controls hidden");
    double after = onFx(robot, () -> view.plots().getWidth());
    assertTrue(after > before + 500, "the plots took the room: " + before + " → " + after);
    robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT1).type(KeyCode.DIGIT2).release(KeyCode.CONTROL);
    assertTrue(inWindow(robot, "#sidePanel") && inWindow(robot, "#controlsScroll"));
  }

  @Test
  void theDarkThemeDarkensThePlotsToo(FxRobot robot) {
    robot.interact(() -> view.appearance().themeProperty().set(PlotTheme.DARK));
    assertSame(PlotTheme.DARK, model.plotOptions().themeProperty().get());
    java.awt.Color paper = PlotTheme.DARK.paper();
    Color expected = Color.rgb(paper.getRed(), paper.getGreen(), paper.getBlue());
    for (Node plot : new Node[] {view.functionPlot(), view.plots().lossPlot()}) {
      Color fill = (Color) onFx(robot, () -> ((Region) plot).getBackground().getFills().get(0).getFill());
      assertEquals(expected, fill, plot.getId());
    }
    // the loss plot's page, as rendered: a pixel of its left margin
    var image = onFx(robot, () -> view.plots().lossPlot().snapshot(null, null));
    Color margin = image.getPixelReader().getColor(4, (int) image.getHeight() / 2);
    assertEquals(expected.getRed(), margin.getRed(), 0.02);
    assertEquals(expected.getBlue(), margin.getBlue(), 0.02);
  }
}
