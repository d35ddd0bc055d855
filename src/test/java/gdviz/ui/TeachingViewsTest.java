package gdviz.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gdviz.engine.Trajectory;
import gdviz.model.format.Numbers;
import gdviz.model.objective.DataObjective;
import gdviz.model.objective.RotatedObjective;
import gdviz.ui.playback.Frame;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.image.WritableImage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** Compare mode, the data-set views, one step by hand and the rotation toggle, driven headless. */
class TeachingViewsTest extends WindowUnderTest {
  @Override
  protected String preset() {
    return "quadratic-1d";
  }

  private List<String> legendLabels(FxRobot robot) {
    return afterPulse(robot, () -> view.legend().lookupAll(".legend-entry").stream()
        .map(n -> ((Label) n).getText()).toList());
  }

  @Test
  void compareModeShowsOneLegendEntryPerRunAndHidingARunRemovesItsPath(FxRobot robot) {
    selectAtEnd(robot, "optimizer-family");
    assertEquals(List.of("gd", "momentum", "nesterov", "adagrad", "rmsprop", "adadelta", "adam", "adamw", "amsgrad",
        "lion", "cg", "bfgs", "neldermead"), legendLabels(robot));
    assertEquals(7, (int) afterPulse(robot, () -> view.functionPlot().drawnPathCount()), "the newer six wait unticked");
    assertFalse(model.runs().list().get(7).visible());
    robot.clickOn("#legend-visible-1"); // hide momentum
    assertFalse(model.runs().list().get(1).visible());
    assertEquals(6, (int) afterPulse(robot, () -> view.functionPlot().drawnPathCount()), "momentum's path is gone");
    robot.clickOn("#legend-visible-1");
    assertEquals(7, (int) afterPulse(robot, () -> view.functionPlot().drawnPathCount()), "and back");
    // clicking a label selects that run for editing
    robot.clickOn("#legend-label-6");
    assertEquals(6, model.runs().selectedProperty().get());
    assertEquals(gdviz.model.optim.Methods.require("adam"), model.method().methodProperty().get());
    assertEquals(0.05, model.method().etaProperty().get(), 0.0);
    robot.clickOn("#legend-visible-11"); // bfgs
    assertEquals(8, (int) afterPulse(robot, () -> view.functionPlot().drawnPathCount()), "ticked: drawn");
  }

  /**
   * optimizer-family with gd selected: unticking gd removes its path, ring, arrow and loss, and the
   * controls, table and status line move to the first run still shown; with every run unticked
   * nothing is drawn and the table and status say so.
   */
  @Test
  void unTickingTheSelectedRunHidesItEverywhere(FxRobot robot) {
    selectAtEnd(robot, "optimizer-family");
    assertEquals(0, model.runs().selectedProperty().get(), "gd is selected");
    robot.clickOn("#legend-visible-0");
    assertEquals(6, (int) afterPulse(robot, () -> view.functionPlot().drawnPathCount()), "gd's path is gone");
    assertEquals(1, model.runs().selectedProperty().get(), "momentum, the first run shown, is selected");
    assertEquals(gdviz.model.optim.Methods.require("momentum"), model.method().methodProperty().get());
    Frame frame = afterPulse(robot, () -> model.frameProperty().get());
    assertEquals("momentum", frame.selectedRun().label(), "the table and status follow it");
    assertEquals(6, (int) afterPulse(robot, () -> view.plots().lossPlot().seriesCount()), "six losses");
    for (int i = 1; i < 7; i++) {
      robot.clickOn("#legend-visible-" + i);
    }
    assertEquals(0, (int) afterPulse(robot, () -> view.functionPlot().drawnPathCount()), "none drawn");
    assertEquals("every run is hidden: tick one in the legend", afterPulse(robot, () -> ((Label) robot.lookup("#statusStep")
        .query()).getText()));
    assertTrue(afterPulse(robot, () -> view.iterates().lookup("#iteratesHeading") instanceof Label l ? l.getText() : "")
        .endsWith("every run is hidden: tick one in the legend"));
  }

  @Test
  void oneClickComparesLearningRatesTooSmallJustRightTooLarge(FxRobot robot) {
    selectAtEnd(robot, "quadratic-1d");
    assertTrue(legendLabels(robot).isEmpty(), "a single run needs no legend");
    robot.clickOn("η: too small / right / too large");
    assertEquals(List.of("η = 0.05 (crawls)", "η = 0.2 (converges)", "η = 1.1 (diverges)"), legendLabels(robot));
    Frame frame = afterPulse(robot, () -> model.frameProperty().get());
    assertEquals(3, frame.runs().size());
    assertEquals(0.05, frame.runs().get(0).setup().eta(), 0.0);
    assertEquals(0.2, frame.runs().get(1).setup().eta(), 0.0);
    assertEquals(1.1, frame.runs().get(2).setup().eta(), 0.0);
    assertEquals(0.06046617599999997, frame.runs().get(1).trajectory().x(10, 0), 0.0);
    assertEquals(3, (int) afterPulse(robot, () -> view.functionPlot().drawnPathCount()));
  }

  @Test
  void oneClickAddsDampedNewtonBesideNewton(FxRobot robot) {
    selectAtEnd(robot, "newton-nonconvex");
    // the button sits low in the controls: scrolled into sight as a user would
    robot.interact(() -> robot.lookup("#controlsScroll").queryAs(javafx.scene.control.ScrollPane.class).setVvalue(1));
    robot.clickOn("Add damped Newton");
    assertEquals(List.of("newton, η = 1", "damped newton, η = 0.5"), legendLabels(robot));
    Frame frame = afterPulse(robot, () -> model.frameProperty().get());
    assertEquals(0.5, frame.runs().get(1).setup().eta(), 0.0);
    assertTrue(frame.runs().get(1).trajectory().value(10) < frame.runs().get(0).trajectory().value(10),
        "damped Newton ends lower");
  }

  @Test
  void selectingATableRowShowsThatStepByHand(FxRobot robot) {
    selectAtEnd(robot, "quadratic-1d");
    robot.interact(() -> view.iterates().table().scrollTo(0));
    TableRow<?> row = robot.lookup(".table-row-cell")
        .match((TableRow<?> r) -> r.getIndex() == 1 && r.isVisible()).query();
    robot.clickOn(row);
    Trajectory t = afterPulse(robot, () -> model.frameProperty().get().trajectory());
    assertEquals(2, (int) afterPulse(robot, () -> model.frameProperty().get().shown()), "the plots highlight iterate 1");
    String expected = "x₁ = x₀ − η·f′(x₀)\n"
        + "   = " + Numbers.compact(t.x(0, 0)) + " − " + Numbers.compact(t.eta(1)) + "·"
        + Numbers.compact(t.gradient(0, 0)) + "\n"
        + "   = " + Numbers.compact(t.x(1, 0));
    String text = afterPulse(robot, () -> view.iterates().stepText().getText().replace('\u00A0', ' '));
    assertTrue(text.startsWith(expected), text);
    assertTrue(text.startsWith("x₁ = x₀ − η·f′(x₀)\n   = 10 − 0.2·20\n   = 6"), "the textbook numbers: " + text);
    assertTrue(text.contains("f'(x) = 2*x"), "with the symbolic derivative");

    selectAtEnd(robot, "newton-cosh");
    // the new run's 11 iterates (the rows below them blank: the table is padded to its height)
    assertEquals(10, (int) view.iterates().table().getItems().get(10), "the new run's rows: the table must still refill");
    List<String> blank = afterPulse(robot, () -> view.iterates().table().lookupAll(".table-cell").stream()
        .map(n -> (javafx.scene.control.TableCell<?, ?>) n)
        .filter(c -> c.getTableRow() != null && c.getTableRow().getIndex() > 10 && c.isVisible())
        .map(c -> c.getText() == null ? "" : c.getText()).filter(s -> !s.isEmpty()).toList());
    assertEquals(List.of(), blank, "no numbers past the run's last iterate");
    robot.interact(() -> view.iterates().table().scrollTo(0)); // the table followed the run to its end: scroll up
    TableRow<?> first = robot.lookup(".table-row-cell")
        .match((TableRow<?> r) -> r.getIndex() == 1 && r.isVisible()).query();
    robot.clickOn(first);
    String newton = afterPulse(robot, () -> view.iterates().stepText().getText().replace('\u00A0', ' '));
    // f'(10) = 0.5·sinh(5), f''(10) = 0.25·cosh(5)
    assertTrue(newton.startsWith("x₁ = x₀ − η·f′(x₀)/f″(x₀)\n   = 10 − 1·" + Numbers.compact(0.5 * Math.sinh(5))
        + "/" + Numbers.compact(0.25 * Math.cosh(5))), newton);
    assertTrue(newton.contains("f''(x) = c^2*cosh(c*x)"), "and f'' for Newton: " + newton);
  }

  @Test
  void aNewEtaRewritesTheTablesCellsWithTheNewRunsNumbers(FxRobot robot) {
    selectAtEnd(robot, "quadratic-1d");
    for (double eta : new double[] {0.3, 0.05, 0.9}) {
      robot.interact(() -> {
        model.method().etaProperty().set(eta);
        view.pulse();
        view.iterates().table().scrollTo(0);
      });
      robot.interact(() -> { }); // one more pulse: the scrolled rows are laid out
      Trajectory t = afterPulse(robot, () -> model.frameProperty().get().trajectory());
      assertEquals(eta, t.eta(1), 0.0);
      for (int k = 1; k <= 3; k++) {
        int index = k;
        TableRow<?> row = robot.lookup(".table-row-cell")
            .match((TableRow<?> r) -> r.getIndex() == index && r.isVisible()).query();
        java.util.Map<String, String> cells = new java.util.HashMap<>();
        robot.interact(() -> row.getChildrenUnmodifiable().stream()
            .filter(n -> n instanceof javafx.scene.control.TableCell<?, ?>)
            .map(n -> (javafx.scene.control.TableCell<?, ?>) n)
            .forEach(c -> cells.put(c.getTableColumn().getText(), c.getText())));
        assertEquals(Integer.toString(k), cells.get("k"));
        assertEquals(gdviz.model.format.Numbers.compact(t.x(k, 0)), cells.get("x"), "x of iterate " + k + " at η = " + eta);
        assertEquals(gdviz.model.format.Numbers.compact(t.value(k)), cells.get("f"), "f of iterate " + k + " at η = " + eta);
        assertEquals(gdviz.model.format.Numbers.compact(eta), cells.get("η"));
      }
    }
  }

  @Test
  void aNewRunRedrawsTheCellsTextWithoutLayingOutTheRows(FxRobot robot) {
    selectAtEnd(robot, "quadratic-2d");
    robot.interact(() -> { }); // laid out
    int size = afterPulse(robot, () -> model.frameProperty().get().trajectory().size());
    for (double eta : new double[] {0.011, 0.023, 0.017}) {
      List<Integer> rowsAsked = new java.util.ArrayList<>();
      robot.interact(() -> {
        model.method().etaProperty().set(eta);
        view.pulse();
        // a row asked to lay out is re-styled and re-laid out whole by the table in the next pulse
        view.iterates().table().lookupAll(".table-row-cell").stream()
            .map(n -> (TableRow<?>) n)
            .filter(r -> r.isVisible() && !r.isEmpty() && r.isNeedsLayout())
            .forEach(r -> rowsAsked.add(r.getIndex()));
      });
      assertEquals(size, (int) afterPulse(robot, () -> model.frameProperty().get().trajectory().size()),
          "same length, same rows: only the numbers change");
      assertEquals(List.of(), rowsAsked, "new numbers in cells of fixed size leave the rows' layout alone (η = "
          + eta + ")");
      robot.interact(() -> { }); // a pulse: the cells lay out their new text
      Trajectory t = afterPulse(robot, () -> model.frameProperty().get().trajectory());
      List<String[]> shown = afterPulse(robot, () -> view.iterates().table().lookupAll(".table-cell").stream()
          .map(n -> (javafx.scene.control.TableCell<?, ?>) n)
          .filter(c -> c.isVisible() && !c.isEmpty() && c.getText() != null && c.getParent().isVisible())
          .map(c -> new String[] {c.getText(), c.getChildrenUnmodifiable().stream()
              .filter(n -> n instanceof javafx.scene.text.Text)
              .map(n -> ((javafx.scene.text.Text) n).getText()).findFirst().orElse(null),
              c.getTableColumn().getText(), String.valueOf(c.getItem()), c.getEllipsisString()})
          .toList());
      assertTrue(shown.size() > 10, "cells shown: " + shown.size());
      for (String[] cell : shown) {
        String text = cell[0];
        String drawn = cell[1];
        assertEquals(text, drawn, "column " + cell[2] + ", iterate " + cell[3] + ": drawn whole, never cut");
        if (cell[2].equals("f")) {
          // the run's f in as many digits as the cell has room for
          assertEquals(gdviz.model.format.Numbers.fit(t.value(Integer.parseInt(cell[3])), text.length()), text, "η = " + eta);
        }
      }
    }
  }

  @Test
  void noNumberInTheTableIsCutShortIn1d(FxRobot robot) {
    for (String preset : new String[] {"quadratic-1d", "nonconvex-1d", "half-square-shift"}) {
      selectAtEnd(robot, preset);
      robot.interact(() -> { });
      List<String> cut = afterPulse(robot, () -> view.iterates().table().lookupAll(".table-cell").stream()
          .map(n -> (javafx.scene.control.TableCell<?, ?>) n)
          .filter(c -> c.isVisible() && c.getParent().isVisible() && !c.isEmpty() && c.getText() != null)
          .filter(c -> c.getChildrenUnmodifiable().stream().filter(n -> n instanceof javafx.scene.text.Text)
              .map(n -> ((javafx.scene.text.Text) n).getText()).noneMatch(c.getText()::equals))
          .map(c -> c.getTableColumn().getText() + " of iterate " + c.getItem() + ": " + c.getText() + " in " + c.getWidth() + " px")
          .toList());
      assertEquals(List.of(), cut, preset + ": drawn in full");
    }
  }

  @Test
  void iterateNumbersOfALongRunAreNotCutShort(FxRobot robot) throws InterruptedException {
    selectAtEnd(robot, "quadratic-1d");
    robot.interact(() -> model.setup().stepsTextProperty().set("2000000"));
    for (int i = 0; i < 500 && !afterPulse(robot, () -> {
      var f = model.frameProperty().get();
      return f.outcome() != null && f.trajectory().size() == 2_000_001 && f.shown() == 2_000_001;
    }); i++) {
      Thread.sleep(20);
    }
    robot.interact(() -> { }); // laid out
    List<String> kCells = afterPulse(robot, () -> view.iterates().table().lookupAll(".table-cell").stream()
        .map(n -> (javafx.scene.control.TableCell<?, ?>) n)
        .filter(c -> c.isVisible() && c.getParent().isVisible() && !c.isEmpty() && c.getText() != null
            && c.getTableColumn().getText().equals("k"))
        .map(c -> c.getText() + " drawn as " + c.getChildrenUnmodifiable().stream()
            .filter(n -> n instanceof javafx.scene.text.Text).map(n -> ((javafx.scene.text.Text) n).getText())
            .findFirst().orElse(""))
        .toList());
    assertTrue(kCells.size() > 5, "k cells: " + kCells);
    assertTrue(kCells.stream().anyMatch(c -> c.startsWith("2000000 ")), "the last iterate's row: " + kCells);
    for (String c : kCells) {
      String[] parts = c.split(" drawn as ");
      assertEquals(parts[0], parts.length > 1 ? parts[1] : "", "seven digits drawn in full");
    }
  }

  @Test
  void linreg20ptsShowsTheFittedLineAndTheClosedFormMarker(FxRobot robot) {
    selectAtEnd(robot, "linreg-20pts");
    Frame frame = afterPulse(robot, () -> model.frameProperty().get());
    double[] exact = ((DataObjective) frame.setup().objective()).closedFormMinimizer();
    assertArrayEquals(exact, afterPulse(robot, () -> view.functionPlot().marker()), 0.0, "marked on the contour");
    assertNotNull(robot.lookup("#dataFit").query(), "the scatter with the fitted line is shown");
    assertArrayEquals(frame.trajectory().x(frame.current()), afterPulse(robot, () -> view.plots().dataFit().theta()), 0.0,
        "the line is the current iterate's");
    // playing moves the line: back to the start, the line is θ = (1, 1)
    robot.interact(model.playback()::reset);
    assertArrayEquals(new double[] {1, 1}, afterPulse(robot, () -> view.plots().dataFit().theta()), 0.0);
  }

  @Test
  void theRotationToggleChangesTheContoursOfPreconditioning(FxRobot robot) {
    selectAtEnd(robot, "preconditioning");
    WritableImage before = afterPulse(robot, () -> view.functionPlot().snapshot(null, null));
    assertFalse(view.functionPlot().shownObjective() instanceof RotatedObjective);
    CheckBox rotate = robot.lookup("Rotate the coordinates by 45°").query();
    robot.clickOn(rotate);
    robot.interact(view::pulse);
    WritableImage after = afterPulse(robot, () -> view.functionPlot().snapshot(null, null));
    assertTrue(view.functionPlot().shownObjective() instanceof RotatedObjective);
    int differing = 0;
    for (int y = 60; y < before.getHeight() - 60; y += 7) {
      for (int x = 80; x < before.getWidth() - 40; x += 7) {
        if (before.getPixelReader().getArgb(x, y) != after.getPixelReader().getArgb(x, y)) {
          differing++;
        }
      }
    }
    assertTrue(differing > 500, "the heat map and contours turned: " + differing + " sampled pixels changed");
    // precond no longer lands on the minimum in one step
    Frame frame = afterPulse(robot, () -> model.frameProperty().get());
    assertTrue(frame.runs().get(1).trajectory().value(1) > 1, "precond on the rotated function: "
        + frame.runs().get(1).trajectory().value(1));
  }

  @Test
  void theDifferenceQuotientPresetOpensItsOwnView(FxRobot robot) {
    selectAtEnd(robot, "difference-quotient");
    Node lesson = robot.lookup("#derivativeCheck").query();
    assertTrue(lesson.isVisible());
    assertEquals(1e-5, view.plots().derivativeCheck().h(), 0.0);
    robot.interact(() -> view.plots().derivativeCheck().hSlider().setValue(-8));
    assertEquals(1e-8, view.plots().derivativeCheck().h(), 0.0);
    selectAtEnd(robot, "quadratic-1d");
    assertFalse(lesson.isVisible());
  }
}
