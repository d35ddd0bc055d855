package gdviz.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gdviz.engine.Trajectory;
import gdviz.ui.playback.Frame;
import gdviz.ui.playback.FrameSource;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * What a frame costs, counted rather than timed (a busy machine changes the time, not the count):
 * the iterates it reads from the run and the table cells it writes. A frame reads what is new and
 * what it draws — never the whole run again — and writes the rows in sight, not the run's rows.
 */
class FrameWorkTest extends WindowUnderTest {
  /** Reads a frame may spend besides the new iterates: the step by hand, the arrows, the axes. */
  private static final long FIXED_READS = 10_000;

  @Override
  protected String preset() {
    return "quadratic-2d";
  }

  /** What one frame did: iterates read, new iterates shown, new iterates computed, cells written, iterates shown. */
  private record Work(long read, long newShown, long newComputed, long written, int shown) {}

  /** One frame (a pulse, then CSS and layout as the window's pulse does them) after {@code action}. */
  private Work frame(FxRobot robot, Runnable action) {
    return onFx(robot, () -> {
      Frame before = model.frameProperty().get();
      Trajectory t = before.trajectory();
      long reads = t.reads();
      long writes = view.iterates().cellWrites();
      action.run();
      view.pulse();
      view.root().applyCss();
      view.root().layout();
      Frame f = model.frameProperty().get();
      boolean same = f.trajectory() == t;
      // the window also looks at what was computed and not yet shown (the f* of the whole run so far)
      return new Work(same ? t.reads() - reads : f.trajectory().reads(), f.shown() - (same ? before.shown() : 0),
          f.trajectory().size() - (same ? before.trajectory().size() : 0), view.iterates().cellWrites() - writes,
          f.shown());
    });
  }

  /** The table's cells in sight: rows of its height (26 px each, one more cut at the bottom) × columns shown. */
  private long cellsInSight(FxRobot robot) {
    return onFx(robot, () -> {
      var table = view.iterates().table();
      long columns = table.getColumns().stream().filter(javafx.scene.control.TableColumn::isVisible).count();
      return (long) (Math.ceil(table.getHeight() / table.getFixedCellSize()) + 1) * columns;
    });
  }

  @Test
  void aStreamingRunIsReadOnceAndAStepBackDoesNotReadItAgain(FxRobot robot) {
    robot.interact(() -> {
      model.setup().stepsTextProperty().set("1000000"); // computed at once here (the worker runs inline)
      model.method().etaProperty().set(1e-7);
    });
    int frames = 0;
    Work f;
    do {
      f = frame(robot, () -> { });
      frames++;
      assertTrue(f.newShown() <= FrameSource.MAX_NEW_PER_FRAME, "at most so many new iterates per frame: " + f);
      assertTrue(f.read() <= 4 * f.newShown() + 2 * f.newComputed() + FIXED_READS, "frame " + frames + ": " + f);
    } while (f.shown() < 1_000_001 && frames < 100);
    assertEquals(1_000_001, f.shown(), "the whole run came in");
    assertEquals(0, frame(robot, () -> { }).read(), "nothing new: nothing read");
    Work back = frame(robot, model.playback()::stepBack);
    assertEquals(1_000_000, back.shown());
    assertTrue(back.read() <= FIXED_READS, "a step back reads " + back.read() + " iterates, not the run's million");
    Work forward = frame(robot, model.playback()::step);
    assertTrue(forward.read() <= FIXED_READS, "a step forward reads " + forward.read());
  }

  @Test
  void aFrameRewritesTheCellsInSightNotTheRunsRows(FxRobot robot) {
    robot.interact(() -> {
      model.setup().stepsTextProperty().set("300000");
      model.method().etaProperty().set(1e-7);
    });
    Work f;
    int frames = 0;
    long cells = cellsInSight(robot);
    do {
      f = frame(robot, () -> { });
      // a new run: its rows arrive, the rows kept are rewritten with its numbers, the selection scrolls
      // and the flow lays out the rows it gained (each cell in sight written up to about five times);
      // then each frame of the same run moves the rows in sight once. A table that wrote the run's rows
      // would write 401 rows (IterateRows.WINDOW) × the columns
      long bound = (frames == 0 ? 6 : 2) * cells;
      assertTrue(f.written() <= bound, "frame " + frames + " wrote " + f.written() + " cells; " + cells + " are in sight");
    } while (f.shown() < 300_001 && ++frames < 100);
    for (double eta : new double[] {0.05, 0.06, 0.07, 0.3, 0.7}) { // a slider moving, diverging at the end
      Work moved = frame(robot, () -> model.method().etaProperty().set(eta));
      assertTrue(moved.written() <= 6 * cells, "η = " + eta + ": " + moved.written() + " cells written of " + cells);
    }
  }

  /**
   * Runs that stop at different steps (each η diverges at another step) keep the table's row count:
   * a new count makes JavaFX lay the table out again inside the frame, which was most of a stability
   * lab slider frame's layout (8–17 ms).
   */
  @Test
  void runsThatStopAtDifferentStepsKeepTheTablesRowCount(FxRobot robot) {
    robot.interact(() -> model.setup().stepsTextProperty().set("2000"));
    java.util.Set<Integer> lengths = new java.util.TreeSet<>();
    java.util.Set<Integer> rowCounts = new java.util.TreeSet<>();
    for (double eta : new double[] {0.6, 0.65, 0.7, 0.8, 0.9}) {
      frame(robot, () -> model.method().etaProperty().set(eta));
      lengths.add(onFx(robot, () -> model.frameProperty().get().trajectory().size()));
      rowCounts.add(onFx(robot, () -> view.iterates().table().getItems().size()));
    }
    assertTrue(lengths.size() > 1, "the runs stop at different steps: " + lengths);
    assertEquals(1, rowCounts.size(), "rows for runs of " + lengths + " iterates: " + rowCounts);
  }

  /**
   * A run that stops a step or two from the last one leaves the table where it is while its last
   * row is in sight: the selection moves, the cells rewrite themselves in place (the rows past the
   * run blank), and the table does not scroll — a scroll lays out every row in sight again (3–8 ms
   * of a stability lab frame).
   */
  @Test
  void aRunEndingNearTheLastOneLeavesTheTablesRowsWhereTheyAre(FxRobot robot) {
    robot.interact(() -> model.setup().stepsTextProperty().set("2000"));
    // these runs diverge after 350, 354 and 357 iterates: the last row moves within the 12 rows in sight
    frame(robot, () -> model.method().etaProperty().set(0.92));
    java.util.Set<Integer> lengths = new java.util.TreeSet<>();
    for (double eta : new double[] {0.915, 0.91, 0.915, 0.92}) {
      int top = onFx(robot, this::firstRowInSight);
      frame(robot, () -> model.method().etaProperty().set(eta));
      int size = onFx(robot, () -> model.frameProperty().get().trajectory().size());
      lengths.add(size);
      assertEquals(top, onFx(robot, this::firstRowInSight), "η = " + eta + ": the last row, " + (size - 1)
          + ", was in sight");
      assertEquals(size - 1, onFx(robot, () -> view.iterates().table().getSelectionModel().getSelectedIndex()));
      assertEquals(Integer.toString(size - 1), onFx(robot, () -> iterateNumberShown(size - 1)), "the run's last row");
      assertEquals("", onFx(robot, () -> iterateNumberShown(size)), "the row past the run is blank");
    }
    assertEquals(3, lengths.size(), "the runs stop at different steps: " + lengths);
  }

  /** The k column's text in row {@code row}, as drawn ("" when blank). */
  private String iterateNumberShown(int row) {
    for (javafx.scene.Node n : view.iterates().table().lookupAll(".table-row-cell")) {
      if (n instanceof javafx.scene.control.TableRow<?> r && r.isVisible() && r.getIndex() == row) {
        var k = (javafx.scene.control.TableCell<?, ?>) r.lookup(".table-cell");
        return k.getText() == null ? "" : k.getText();
      }
    }
    throw new AssertionError("row " + row + " is not in sight");
  }

  private int firstRowInSight() {
    var flow = (javafx.scene.control.skin.VirtualFlow<?>) view.iterates().table().lookup(".virtual-flow");
    return flow.getFirstVisibleCell().getIndex();
  }

  /**
   * A slider move changes the η field, the thumb and the factors per eigen-direction, none of which
   * changes the controls' size: the controls panel is not laid out again (it measured every wrapped
   * text in it in each slider frame).
   */
  @Test
  void aSliderMoveDoesNotLayOutTheControlsPanel(FxRobot robot) {
    frame(robot, () -> model.method().etaProperty().set(0.05));
    for (double eta : new double[] {0.06, 0.07, 0.3}) {
      boolean laidOut = onFx(robot, () -> {
        model.method().etaProperty().set(eta);
        view.pulse();
        view.root().applyCss();
        boolean panel = ((javafx.scene.Parent) view.root().lookup("#controls")).isNeedsLayout();
        view.root().layout();
        return panel;
      });
      assertTrue(!laidOut, "η = " + eta + ": the controls panel was asked to lay out again");
    }
  }

  /**
   * Between two diverging runs the banner says other numbers in as many lines: the plots are not
   * laid out again (the column of plots laid out the function plot again for every new text).
   */
  @Test
  void aNewWarningOfAsManyLinesLeavesThePlotsAsLaidOut(FxRobot robot) {
    robot.interact(() -> model.setup().stepsTextProperty().set("2000"));
    frame(robot, () -> model.method().etaProperty().set(0.92));
    String before = onFx(robot, () -> view.plots().banner().getText());
    assertTrue(before.startsWith("diverg"), before);
    double height = onFx(robot, () -> view.plots().banner().getHeight());
    boolean asked = onFx(robot, () -> {
      model.method().etaProperty().set(0.915);
      view.pulse();
      view.root().applyCss();
      boolean plots = view.plots().banner().getParent().isNeedsLayout();
      view.root().layout();
      return plots;
    });
    String after = onFx(robot, () -> view.plots().banner().getText());
    assertTrue(!after.equals(before), "another warning: " + after);
    assertEquals(height, onFx(robot, () -> view.plots().banner().getHeight()), "as many lines");
    assertTrue(!asked, "the plots were asked to lay out again for " + after);
  }
}
