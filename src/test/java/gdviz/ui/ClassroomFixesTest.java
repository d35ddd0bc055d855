package gdviz.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gdviz.plot.Figure;
import gdviz.plot.Viewport;
import gdviz.ui.playback.Frame;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** What a teacher's first pass found in the window, each fixed and checked as a user would meet it. */
class ClassroomFixesTest extends WindowUnderTest {
  @Override
  protected String preset() {
    return "quadratic-1d";
  }

  private void clickPlotCentre(FxRobot robot) {
    Node plot = robot.lookup("#functionPlot").query();
    Bounds b = plot.localToScreen(plot.getBoundsInLocal());
    robot.clickOn(b.getCenterX(), b.getCenterY(), MouseButton.PRIMARY);
  }

  /** Typing η, clicking the plot, then R: R resets, it does not type "r" into the field. */
  @Test
  void aClickOnThePlotOrEscLeavesTheFieldSoKeysAct(FxRobot robot) {
    TextField eta = robot.lookup("#etaField").query();
    robot.clickOn(eta).press(KeyCode.CONTROL).press(KeyCode.A).release(KeyCode.A).release(KeyCode.CONTROL);
    robot.write("0.01");
    clickPlotCentre(robot);
    assertEquals("10", model.setup().startTextProperty().get(), "the click that left the field did only that");
    robot.type(KeyCode.RIGHT).type(KeyCode.RIGHT);
    robot.type(KeyCode.R);
    assertEquals("0.01", eta.getText(), "nothing typed into η");
    assertEquals(0.01, model.method().etaProperty().get(), 0.0, "η committed when the field was left");
    assertEquals(1, (int) afterPulse(robot, () -> model.frameProperty().get().shown()), "R reset");
    robot.clickOn(eta).write("5");
    robot.type(KeyCode.ESCAPE);
    robot.type(KeyCode.SPACE);
    assertTrue(model.playingProperty().get(), "after Esc, Space plays");
    assertFalse(eta.getText().contains(" "), eta.getText());
  }

  /** The plane chooser of a 3-parameter loss, and a click with a start that has fewer coordinates. */
  @Test
  void clickingThePlaneOfAThreeParameterLossSetsAFullStart(FxRobot robot) {
    selectAtEnd(robot, "minibatch-linreg");
    ComboBox<String> planes = robot.lookup("#planeChooser").query();
    assertEquals(List.of("w₁, w₂", "w₁, b", "w₂, b"), planes.getItems());
    robot.interact(() -> planes.getSelectionModel().select(2));
    assertEquals(1, model.setup().xAxisProperty().get());
    assertEquals(2, model.setup().yAxisProperty().get());
    assertEquals("w₂", afterPulse(robot, () -> view.functionPlot().xTitle()));
    robot.interact(() -> model.setup().startTextProperty().set("0, 0"));
    clickPlotCentre(robot);
    String[] start = model.setup().startTextProperty().get().split(",\\s*");
    assertEquals(3, start.length, "a full start: " + model.setup().startTextProperty().get());
    robot.interact(() -> model.setup().startTextProperty().set("not a start"));
    clickPlotCentre(robot);
    assertEquals(3, model.setup().startTextProperty().get().split(",\\s*").length);
  }

  /** A diverging run's table: f = 2.1e11 keeps its exponent; no number is cut to "…". */
  @Test
  void theTableNeverCutsANumberOrItsExponent(FxRobot robot) {
    robot.interact(() -> {
      model.setup().stepsTextProperty().set("150");
      model.method().etaProperty().set(1.1);
      model.playback().end();
    });
    List<String[]> cells = afterPulse(robot, () -> {
      view.iterates().table().scrollTo(55);
      return visibleCells();
    });
    robot.interact(() -> { });
    cells = afterPulse(robot, this::visibleCells);
    boolean exponent = false;
    for (String[] c : cells) {
      String drawn = c[1];
      assertFalse(drawn.endsWith("…"), c[0] + ": " + drawn);
      assertEquals(c[2], drawn, "drawn whole");
      if (!drawn.isEmpty() && !c[0].equals("k")) {
        double v = Double.parseDouble(drawn);
        exponent |= drawn.contains("e") && Math.abs(v) > 1e10;
      }
    }
    assertTrue(exponent, "large values keep their exponent: " + cells.size() + " cells");
  }

  /** {column, drawn text, the cell's text} of every visible cell. */
  private List<String[]> visibleCells() {
    return view.iterates().table().lookupAll(".table-cell").stream().map(n -> (TableCell<?, ?>) n)
        .filter(c -> c.isVisible() && !c.isEmpty() && c.getText() != null && c.getParent().isVisible())
        .map(c -> new String[] {c.getTableColumn().getText(), c.getChildrenUnmodifiable().stream()
            .filter(n -> n instanceof javafx.scene.text.Text).map(n -> ((javafx.scene.text.Text) n).getText())
            .findFirst().orElse(""), c.getText()})
        .toList();
  }

  @Test
  void aFunctionOfTheUsersOwnIsNoLongerCalledByThePresetsName(FxRobot robot) {
    selectAtEnd(robot, "quadratic-2d");
    Label description = robot.lookup("#presetDescription").query();
    assertTrue(description.getText().startsWith("f = x1² + 2·x2²"), description.getText());
    robot.interact(() -> model.setup().functionTextProperty().set("x1^2 + 10*x2^2"));
    assertEquals("your own function, with the other settings of quadratic-2d", description.getText());
    assertEquals("f(x₁, x₂) = x₁² + 10x₂²", view.contents().title(), "the function typeset, as a slide prints it");
    assertEquals("my-function.png", view.contents().suggestedName("png"));
    robot.interact(() -> model.setup().functionTextProperty().set("x1^2 + 2*x2^2"));
    assertEquals("quadratic-2d.png", view.contents().suggestedName("png"), "back to the preset's function");
    assertEquals("f(x₁, x₂) = x₁² + 2x₂²", view.contents().title());
  }

  @Test
  void aRotatedRunShowsTheDerivativesOfItsRotatedFunction(FxRobot robot) {
    selectAtEnd(robot, "preconditioning");
    robot.interact(() -> model.runs().selectedProperty().set(2)); // gd-rotated
    String text = model.selected().derivativeTextProperty().get();
    assertTrue(text.startsWith("rotated by 45°: f(c·x1 − s·x2, s·x1 + c·x2)"), text);
    assertTrue(text.contains("∂f/∂x1 = ") && text.contains("∂f/∂x2 = ") && text.contains("c = cos 45° = 0.707107"),
        text);
    robot.interact(() -> model.runs().selectedProperty().set(0));
    assertEquals("∂f/∂x1 = 2*x1\n∂f/∂x2 = 200*x2", model.selected().derivativeTextProperty().get());
  }

  /** The banner sits above the plot, covering none of it, and wraps in a narrow window. */
  @Test
  void theBannerCoversNoDataAndWraps(FxRobot robot) {
    robot.interact(() -> model.method().etaProperty().set(1.1));
    Label banner = robot.lookup(".banner").query();
    robot.interact(view::pulse);
    assertTrue(banner.isVisible());
    Bounds b = banner.localToScene(banner.getBoundsInLocal());
    Node plot = view.functionPlot();
    Bounds p = plot.localToScene(plot.getBoundsInLocal());
    assertTrue(b.getMaxY() <= p.getMinY() + 0.5, "banner " + b + " above the plot " + p);
    assertTrue(banner.isWrapText());
    for (double width : new double[] {1400, 900}) {
      robot.interact(() -> banner.getScene().getWindow().setWidth(width));
      robot.interact(() -> { });
      String drawn = afterPulse(robot, () -> ((javafx.scene.text.Text) banner.lookup(".text")).getText());
      assertEquals(banner.getText().replace(" ", ""), drawn.replace("\n", "").replace(" ", ""),
          "wrapped, not cut, at " + width + " px");
    }
    robot.interact(() -> banner.getScene().getWindow().setWidth(1400));
  }

  /** F on a run that ran off frames what it did; after it, a calm run gets its own frame again. */
  @Test
  void fittingADivergingRunShowsItsFlightAndACalmRunRefits(FxRobot robot) {
    robot.interact(() -> {
      model.setup().stepsTextProperty().set("30");
      model.method().etaProperty().set(3); // |x| = 10·5^k: 9e21 at k = 30, diverging
      model.playback().end();
    });
    Frame f = afterPulse(robot, () -> model.frameProperty().get());
    assertEquals(gdviz.model.analysis.Outcome.Kind.DIVERGING, f.outcome().kind());
    double far = Math.abs(f.trajectory().x(30, 0));
    robot.type(KeyCode.F);
    Viewport v = afterPulse(robot, () -> view.functionPlot().world());
    assertTrue(v.xMax() >= far || v.xMin() <= -far, "the whole flight is in view: " + v + " for " + far);
    robot.interact(() -> model.method().etaProperty().set(0.2));
    Viewport calm = afterPulse(robot, () -> view.functionPlot().world());
    assertTrue(calm.xMax() - calm.xMin() < 50, "framed for the calm run again: " + calm);
  }

  @Test
  void theDifferenceQuotientLessonHidesWhatDrivesARun(FxRobot robot) {
    selectAtEnd(robot, "difference-quotient");
    assertFalse(shown(robot.lookup("#methodChooser").query()), "no method: the lesson runs none");
    assertFalse(shown(robot.lookup("#playButton").query()));
    assertNull(view.iterates().getScene(), "no iterates table");
    var slider = view.plots().derivativeCheck().hSlider();
    double width = afterPulse(robot, slider::getWidth);
    robot.interact(() -> slider.setValue(-10));
    assertEquals(1e-10, view.plots().derivativeCheck().h(), 0.0);
    robot.interact(() -> slider.setValue(-2));
    assertEquals(width, afterPulse(robot, slider::getWidth), 0.0, "the slider keeps its width as the read-out changes");
    robot.type(KeyCode.SPACE);
    assertFalse(model.playingProperty().get(), "Space drives no hidden run");
  }

  /** Visible, and so are all its ancestors. */
  private static boolean shown(Node n) {
    for (Node at = n; at != null; at = at.getParent()) {
      if (!at.isVisible()) {
        return false;
      }
    }
    return true;
  }

  @Test
  void optimizerFamilyOpensOnALogScaleAndDotsDoNotHideTheRuns(FxRobot robot) {
    selectAtEnd(robot, "optimizer-family");
    assertTrue(model.plotOptions().lossLogProperty().get());
    robot.interact(() -> model.runs().selectedProperty().set(0));
    var drawn = afterPulse(robot, () -> view.functionPlot().lastDrawn());
    assertTrue(drawn.dots() < drawn.count() / 3, drawn.dots() + " dots for " + drawn.count() + " points");
    selectAtEnd(robot, "quadratic-2d");
    assertFalse(model.plotOptions().lossLogProperty().get(), "the next example opens with its own scale");
  }

  @Test
  void theStatusLineReadsLikeTheTableAndAClickedStartIsRounded(FxRobot robot) {
    selectAtEnd(robot, "quadratic-2d");
    robot.interact(model.playback()::reset);
    Label status = robot.lookup("#statusStep").query();
    assertEquals("k = 0 of 20   x1 = -5, x2 = -2   f = 33", afterPulse(robot, status::getText));
    clickPlotCentre(robot);
    for (String coordinate : model.setup().startTextProperty().get().split(",\\s*")) {
      int decimals = coordinate.contains(".") ? coordinate.length() - coordinate.indexOf('.') - 1 : 0;
      assertTrue(decimals <= 2, "rounded to the plot's pixels: " + coordinate);
    }
  }

  @Test
  void parametersAreCalledWhatTheCourseCallsThem(FxRobot robot) {
    selectAtEnd(robot, "linreg-20pts");
    List<String> columns = afterPulse(robot, () -> view.iterates().table().getColumns().stream().map(c -> c.getText()).toList());
    assertEquals(List.of("k", "θ₀", "θ₁", "f", "|∇f|", "η"), columns);
    assertEquals("θ₀", afterPulse(robot, () -> view.functionPlot().xTitle()));
    assertEquals("θ₁", afterPulse(robot, () -> view.functionPlot().yTitle()));
    String note = afterPulse(robot, () -> view.plots().dataFit().note());
    assertTrue(note.contains("Error function = 405.98496249324046"), note);
    assertTrue(note.contains("(1./2*m) is m/2"), note);
  }

  /** The in-app export is what the screen shows: its view, the −∇f arrow, the data panel. */
  @Test
  void theExportIsWhatTheScreenShows(FxRobot robot) {
    selectAtEnd(robot, "linreg-20pts");
    Figure f = afterPulse(robot, () -> view.contents().currentFigure(Figure.View.ALL, true, false));
    assertNotNull(f.data(), "the data panel is on screen, so in the figure");
    assertTrue(f.runs().get(f.selected()).gradientArrow(), "−∇f is on screen");
    assertEquals(afterPulse(robot, () -> view.functionPlot().world()), f.panels().get(0).world());
    robot.interact(() -> model.plotOptions().gradientArrowProperty().set(false));
    assertFalse(afterPulse(robot, () -> view.contents().currentFigure(Figure.View.ALL, false, false)).runs().get(0)
        .gradientArrow());
    robot.interact(() -> model.plotOptions().gradientArrowProperty().set(true));
  }

  @Test
  void dragTheStartAndThePointerReadOutFollows(FxRobot robot) {
    selectAtEnd(robot, "quadratic-2d");
    double[] pts = afterPulse(robot, () -> view.functionPlot().lastDrawn().points().clone());
    Node plot = view.functionPlot();
    var origin = plot.localToScreen(0, 0);
    Label pointer = robot.lookup("#statusPointer").query();
    robot.drag(origin.getX() + pts[0], origin.getY() + pts[1], MouseButton.PRIMARY).moveBy(40, 0);
    String during = pointer.getText();
    robot.moveBy(40, 0);
    String later = pointer.getText();
    robot.release(MouseButton.PRIMARY);
    assertTrue(during.startsWith("x1 = "), during);
    assertFalse(during.equals(later), "the read-out follows the drag: " + during + " / " + later);
  }

  @Test
  void theShortcutListNamesEveryShortcut() {
    List<String> keys = java.util.Arrays.stream(Menus.SHORTCUTS).map(s -> s[0]).toList();
    for (String k : List.of("Space", "→ / ←", "Shift+→ / Shift+←", "N", "R, Home", "End", "C", "F", "T", "G", "L", "Esc", "Ctrl+O / Ctrl+S", "Ctrl+E",
        "Ctrl+Shift+E", "F1", "Ctrl+Q")) {
      assertTrue(keys.contains(k), k);
    }
  }
}
