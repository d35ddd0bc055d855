package gdviz.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gdviz.model.objective.Objective;
import gdviz.model.preset.Preset;
import gdviz.ui.method.EtaSlider;
import gdviz.ui.playback.Frame;
import gdviz.ui.widgets.LiveScrollPanes;
import java.util.Arrays;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** The main window as a user drives it, headless (Monocle), with runs executed synchronously. */
class MainViewTest extends WindowUnderTest {
  @Override
  protected String preset() {
    return "quadratic-1d";
  }

  private double[] drawnPoints(FxRobot robot) {
    return onFx(robot, () -> {
      view.pulse();
      return view.functionPlot().lastDrawn().points().clone();
    });
  }

  @Test
  void draggingTheEtaSliderRedrawsTheTrajectoryWhileDragging(FxRobot robot) {
    select(robot, "quadratic-2d");
    robot.interact(model.playback()::end);
    double[] before = drawnPoints(robot);
    double etaBefore = model.method().etaProperty().get();
    Node thumb = robot.lookup("#etaSliderTrack .thumb").query();
    robot.drag(thumb).moveBy(25, 0);
    double[] during = drawnPoints(robot);
    robot.moveBy(25, 0);
    double[] later = drawnPoints(robot);
    robot.release(javafx.scene.input.MouseButton.PRIMARY);
    assertTrue(model.method().etaProperty().get() > etaBefore, "η went up: " + model.method().etaProperty().get());
    assertFalse(Arrays.equals(before, during), "the path changed while the thumb was held");
    assertFalse(Arrays.equals(during, later), "and again as it moved on");
    assertArrayEquals(Arrays.copyOf(before, 2), Arrays.copyOf(later, 2), "the start marker stays where it was");
  }

  @Test
  void aFrameIsDrawnOnTheFxThreadOnly(FxRobot robot) {
    select(robot, "quadratic-1d");
    IllegalStateException off = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class, view::pulse);
    assertTrue(off.getMessage().contains("on the FX thread"), off.getMessage());
    robot.interact(view::pulse); // on it: fine
  }

  @Test
  void everyPresetShowsAPlotWithoutError(FxRobot robot) {
    for (Preset p : LIBRARY.all()) {
      select(robot, p.name());
      robot.interact(model.playback()::end);
      Frame frame = onFx(robot, () -> {
        view.pulse();
        return model.frameProperty().get();
      });
      assertNotNull(frame, p.name());
      assertEquals("", model.setup().problemProperty().get(), p.name());
      assertEquals("", model.setup().functionErrorProperty().get(), p.name());
      assertTrue(frame.trajectory().size() > 1, p.name() + " ran");
      assertTrue(view.functionPlot().lastDrawn().count() >= 2, p.name() + " drew its path");
      assertTrue(view.functionPlot().viewport() != null, p.name() + " has a viewport");
    }
  }

  @Test
  void aTypoShowsTheErrorWithItsColumnAndKeepsThePreviousPlot(FxRobot robot) {
    robot.interact(model.playback()::end);
    double[] before = drawnPoints(robot);
    Objective objectiveBefore = model.selected().objectiveProperty().get();
    TextField field = robot.lookup("#functionField").query();
    robot.clickOn(field).type(KeyCode.END);
    robot.write(" + sinn(x)");
    assertEquals("x^2 + sinn(x)", field.getText());
    Label error = robot.lookup(".error").match(Node::isVisible).query();
    assertEquals("unknown function 'sinn' at column 7", error.getText());
    assertEquals("unknown function 'sinn' at column 7", model.setup().functionErrorProperty().get());
    assertArrayEquals(before, drawnPoints(robot), "the last good plot stays");
    assertEquals(objectiveBefore, model.selected().objectiveProperty().get(), "and so does its function");
    // Fixing the typo clears the error and plots the new function.
    robot.eraseText(7).write("sin(x)");
    assertEquals("x^2 + sin(x)", field.getText());
    assertEquals("", model.setup().functionErrorProperty().get());
    assertFalse(error.isVisible());
    assertTrue(model.selected().objectiveProperty().get() != objectiveBefore);
  }

  @Test
  void playPauseStepAndReset(FxRobot robot) {
    assertEquals(1, model.frameProperty().get().shown(), "ready to play: only the start point");
    robot.clickOn("#functionPlot"); // focus away from text fields; sets the start where clicked
    robot.interact(() -> model.setup().startTextProperty().set("10"));
    robot.interact(model.playback()::reset);
    robot.type(KeyCode.RIGHT);
    assertEquals(2, shown(robot), "→ steps once");
    // the playback buttons sit low in the controls: scrolled into sight as a user would
    robot.interact(() -> robot.lookup("#controlsScroll").queryAs(javafx.scene.control.ScrollPane.class).setVvalue(1));
    robot.clickOn("Step");
    assertEquals(3, shown(robot));
    robot.clickOn("Reset");
    assertEquals(1, shown(robot));
    robot.type(KeyCode.SPACE);
    assertTrue(model.playingProperty().get(), "Space plays");
    long t = System.nanoTime();
    for (int i = 1; i <= 4; i++) {
      long now = t + i * 250_000_000L;
      robot.interact(() -> model.pulse(now));
    }
    int playedTo = shown(robot);
    assertTrue(playedTo > 1 && playedTo < 11, "one second at 4 steps/s: " + playedTo);
    robot.type(KeyCode.SPACE);
    assertFalse(model.playingProperty().get(), "Space pauses");
    robot.interact(() -> model.pulse(t + 5_000_000_000L));
    assertEquals(playedTo, shown(robot), "paused: nothing moves");
    robot.type(KeyCode.R);
    assertEquals(1, shown(robot), "R resets");
    robot.type(KeyCode.END);
    assertEquals(11, shown(robot), "End shows the whole run");
  }

  @Test
  void typingInATextFieldDoesNotTriggerShortcuts(FxRobot robot) {
    robot.interact(model.playback()::end);
    TextField start = robot.lookup("#functionField").query();
    robot.clickOn(start).press(KeyCode.CONTROL).press(KeyCode.A).release(KeyCode.A).release(KeyCode.CONTROL);
    robot.write("sqrt(x^2 + 1) r");
    assertEquals("sqrt(x^2 + 1) r", start.getText(), "r and the spaces went into the field");
    assertFalse(model.playingProperty().get());
  }

  private int shown(FxRobot robot) {
    return onFx(robot, () -> {
      view.pulse();
      return model.frameProperty().get().shown();
    });
  }

  @Test
  void anEtaPastTwoOverLShowsTheDivergenceBanner(FxRobot robot) {
    Label banner = robot.lookup(".banner").query();
    assertFalse(banner.isVisible(), "η = 0.2 converges");
    TextField eta = robot.lookup("#etaField").query();
    robot.clickOn(eta).press(KeyCode.CONTROL).press(KeyCode.A).release(KeyCode.A).release(KeyCode.CONTROL);
    robot.write("1.1").type(KeyCode.ENTER);
    robot.interact(view::pulse);
    assertTrue(banner.isVisible());
    assertEquals("diverging (stopped after 10 steps; η = 1.1 > 2/L = 1: |x − x*| grows ×1.2 per step)", banner.getText());
    // With a large budget the run itself runs off and says where.
    robot.interact(() -> {
      model.setup().stepsTextProperty().set("100000");
      model.method().etaProperty().set(3);
      view.pulse();
    });
    // |x_k| = 10·5^k passes 1e150 at k = ⌈149/log10(5)⌉ = 214
    assertEquals("diverged at step 214", banner.getText());
    robot.interact(() -> {
      model.method().etaProperty().set(0.5);
      view.pulse();
    });
    assertFalse(banner.isVisible(), "back below 2/L");
  }

  @Test
  void bandBoundariesOnQuadratic2dSitAtAQuarterAndAHalf(FxRobot robot) {
    select(robot, "quadratic-2d");
    EtaSlider slider = view.etaSlider();
    assertArrayEquals(new double[] {0.25, 0.5}, slider.bandBoundaries(), 1e-15);
    WritableImage strip = onFx(robot, () -> slider.strip().snapshot(null, null));
    Color below = strip.getPixelReader().getColor((int) slider.positionOf(0.2), 5);
    Color between = strip.getPixelReader().getColor((int) slider.positionOf(0.35), 5);
    Color beyond = strip.getPixelReader().getColor((int) slider.positionOf(0.7), 5);
    assertTrue(below.getHue() > 120 && below.getHue() < 200, "green below 1/L: hue " + below.getHue());
    assertTrue(between.getHue() >= 30 && between.getHue() < 60, "amber between: hue " + between.getHue());
    assertTrue(beyond.getHue() >= 0 && beyond.getHue() < 30, "red beyond 2/L: hue " + beyond.getHue());
    // the boundaries sit where the slider puts η = 0.25 and 0.5: move the thumb there and check the regime
    robot.interact(() -> model.method().etaProperty().set(0.24));
    assertEquals(gdviz.model.analysis.StepSizeBands.Regime.MONOTONE, model.selected().bandsProperty().get().regimeOf(0.24));
    assertEquals(gdviz.model.analysis.StepSizeBands.Regime.OSCILLATING, model.selected().bandsProperty().get().regimeOf(0.26));
    assertEquals(gdviz.model.analysis.StepSizeBands.Regime.DIVERGING, model.selected().bandsProperty().get().regimeOf(0.51));
  }

  @Test
  void movingTheThumbDoesNotRepaintTheBandsButNewBandsDo(FxRobot robot) {
    select(robot, "quadratic-2d");
    robot.interact(() -> { }); // laid out
    EtaSlider slider = view.etaSlider();
    int before = onFx(robot, slider::stripPaints);
    for (double eta : new double[] {0.01, 0.1, 0.3, 2}) {
      robot.interact(() -> {
        model.method().etaProperty().set(eta);
        view.pulse();
      });
    }
    robot.interact(() -> { });
    assertEquals(before, (int) onFx(robot, slider::stripPaints), "the thumb moved, the bands stayed");
    select(robot, "quadratic-1d"); // another function: other bands
    robot.interact(() -> { });
    assertTrue(onFx(robot, slider::stripPaints) > before, "new bands are painted");
    assertArrayEquals(model.selected().bandsProperty().get() == null ? new double[0]
        : new double[] {model.selected().bandsProperty().get().monotoneLimit(), model.selected().bandsProperty().get().stabilityLimit()},
        slider.bandBoundaries(), 0.0);
  }

  @Test
  void scrollPanesWithLiveContentDrawTheirViewportDirectly(FxRobot robot) {
    long scrollPanes = onFx(robot, () -> view.root().lookupAll(".scroll-pane").size());
    assertTrue(scrollPanes >= 2, "the controls and the step by hand scroll: " + scrollPanes);
    assertFalse(onFx(robot, () -> LiveScrollPanes.anyCached(view.root())), "no viewport kept as a cached image");
  }

  @Test
  void theLossPlotHasNoEmptyBackgroundLayer(FxRobot robot) {
    long visibleCanvases = onFx(robot, () -> view.root().lookup("#lossPlot").lookupAll("Canvas").stream()
        .filter(Node::isVisible).count());
    assertEquals(1L, visibleCanvases);
    long plotCanvases = onFx(robot, () -> view.functionPlot().lookupAll("Canvas").stream()
        .filter(Node::isVisible).count());
    assertEquals(2L, plotCanvases, "the function plot keeps its contour layer under the path");
  }

  @Test
  void tableRowsAreOneFillAndTheSelectedRowStandsOut(FxRobot robot) {
    select(robot, "quadratic-2d");
    robot.interact(() -> { });
    List<javafx.scene.control.TableRow<?>> rows = onFx(robot, () -> view.iterates().table().lookupAll(".table-row-cell")
        .stream().<javafx.scene.control.TableRow<?>>map(n -> (javafx.scene.control.TableRow<?>) n)
        .filter(r -> r.isVisible() && !r.isEmpty()).toList());
    assertTrue(rows.size() > 3, "rows shown: " + rows.size());
    javafx.scene.paint.Paint plain = null;
    javafx.scene.paint.Paint selected = null;
    for (javafx.scene.control.TableRow<?> r : rows) {
      var fills = r.getBackground().getFills();
      // two or more fills make JavaFX cache the row as an image and scale it back in every frame
      assertEquals(1, fills.size(), "row " + r.getIndex() + ": " + fills);
      if (r.isSelected()) {
        selected = fills.get(0).getFill();
      } else {
        plain = fills.get(0).getFill();
      }
    }
    assertNotNull(selected, "the current iterate's row is selected");
    assertNotNull(plain);
    assertFalse(plain.equals(selected), "selected " + selected + " vs " + plain);
    javafx.scene.control.TableRow<?> any = rows.get(0);
    assertTrue(any.getBorder() != null && any.getBorder().getStrokes().get(0).getWidths().getBottom() == 1,
        "a one-pixel line under each row");
  }

  @Test
  void clickingThePlotSetsTheStartAndDraggingTheStartMarkerMovesIt(FxRobot robot) {
    select(robot, "quadratic-2d");
    robot.interact(model.playback()::end);
    double[] points = drawnPoints(robot);
    Node plot = robot.lookup("#functionPlot").query();
    var origin = plot.localToScreen(0, 0);
    // drag the start marker (the first drawn point) 60 px to the right
    robot.drag(origin.getX() + points[0], origin.getY() + points[1], javafx.scene.input.MouseButton.PRIMARY)
        .moveBy(30, 0);
    String midDrag = model.setup().startTextProperty().get();
    robot.moveBy(30, 0).release(javafx.scene.input.MouseButton.PRIMARY);
    String[] moved = model.setup().startTextProperty().get().split(",\\s*");
    assertTrue(Double.parseDouble(moved[0]) > -5, "x1 moved right: " + model.setup().startTextProperty().get());
    assertEquals(-2, Double.parseDouble(moved[1]), 0.1, "x2 stayed");
    assertFalse(midDrag.equals("-5, -2"), "the start followed during the drag");
    assertEquals(Double.parseDouble(moved[0]), drawnX0(robot), 1e-3, "the run starts there");
  }

  private double drawnX0(FxRobot robot) {
    return onFx(robot, () -> {
      view.pulse();
      return model.frameProperty().get().trajectory().x(0, 0);
    });
  }

  @Test
  void methodParametersHaveTheirOwnSliders(FxRobot robot) {
    select(robot, "quadratic-2d");
    robot.interact(() -> model.method().methodProperty().set(gdviz.model.optim.Methods.require("adam")));
    assertNotNull(robot.lookup("#beta1Slider").query());
    assertNotNull(robot.lookup("#beta2Slider").query());
    robot.interact(model.playback()::end);
    double[] before = drawnPoints(robot);
    robot.interact(() -> model.method().knobs().put("beta1", (Object) (double) 0.5));
    assertFalse(Arrays.equals(before, drawnPoints(robot)), "moving β₁ re-runs");
    robot.interact(() -> model.method().methodProperty().set(gdviz.model.optim.Methods.require("sgd")));
    assertNotNull(robot.lookup("#noiseSlider").query());
  }
}
