package gdviz.ui.table;

import gdviz.engine.Trajectory;
import gdviz.ui.playback.Frame;
import gdviz.ui.widgets.LiveScrollPanes;
import java.util.List;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.property.LongProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;

/**
 * The iterates table of the selected run — k, one column per parameter (named as the run names
 * them), f, |∇f| and η (the step size used) — following the current iterate, and under it the
 * current step written out by hand. Selecting a row shows that iterate. A number never loses its
 * magnitude for lack of room: a narrow cell shows fewer significant digits, never a cut.
 */
public final class IteratesView extends VBox {
  private final TableView<Integer> iterTable = new TableView<>();
  private final Label stepText = new Label();
  private final Label heading = new Label("Iterates");
  private final IntConsumer showIterate;
  private final Supplier<String> derivatives;
  private final IterateRows tableRows = new IterateRows();
  private java.util.function.Function<Frame, gdviz.model.method.Sketch> sketches = f -> gdviz.model.method.Sketch.NONE;
  private Trajectory tableTrajectory;
  private final LongProperty tableVersion = new SimpleLongProperty();
  private boolean syncingTable;
  private int shownIterate;
  /** The table's scrolling part, and the rows that fit in it (a short run's rows are padded to these). */
  private Region flow;
  private int fits;
  /** Rows for the iterates the shown run will have, while it is still coming in (up to the window). */
  private int plannedRows;
  private final IterateColumns columns;

  /**
   * @param showIterate shows iterate k everywhere (a row picked)
   * @param derivatives the selected run's derivative formulas, shown under the step
   */
  public IteratesView(IntConsumer showIterate, Supplier<String> derivatives) {
    this.showIterate = showIterate;
    this.derivatives = derivatives;
    setId("sidePanel");
    getStyleClass().add("side-panel");
    setSpacing(6);
    setMinWidth(300);
    columns = new IterateColumns(iterTable, this, () -> tableTrajectory, tableVersion);
    widthProperty().addListener((obs, old, w) -> columns.fitPanel());
    setPadding(new javafx.geometry.Insets(8));
    heading.setId("iteratesHeading");
    heading.getStyleClass().add("section");
    heading.setWrapText(true);
    heading.setMinHeight(Region.USE_PREF_SIZE);
    iterTable.setId("iterTable");
    VBox.setVgrow(iterTable, Priority.ALWAYS);
    stepText.setId("stepText");
    stepText.getStyleClass().add("formula");
    stepText.setWrapText(true);
    ScrollPane stepScroll = new ScrollPane(stepText);
    stepScroll.setId("stepScroll");
    stepScroll.setFitToWidth(true); // and sideways where a term is wider than the panel
    stepText.fontProperty().addListener((obs, old, f) -> fitStepWidth()); // the UI scale changed
    stepScroll.setPrefHeight(230);
    stepScroll.setMinHeight(120);
    LiveScrollPanes.uncache(stepScroll);
    Label stepHeading = new Label("One step by hand");
    stepHeading.getStyleClass().add("section");
    getChildren().addAll(heading, iterTable, stepHeading, stepScroll);
    build();
  }

  public TableView<Integer> table() {
    return iterTable;
  }

  /**
   * How many times the table's cells have written their numbers so far: counted work, for the
   * tests that check a frame rewrites the rows in sight, not every row of a run.
   */
  public long cellWrites() {
    return columns.cellWrites();
  }

  /** The columns at this UI scale (1 = 100 %). */
  public void setScale(double scale) {
    columns.setScale(scale);
  }

  public Label stepText() {
    return stepText;
  }


  private void build() {
    iterTable.setPlaceholder(new Label("no iterates yet"));
    iterTable.setItems(tableRows);
    iterTable.setFixedCellSize(26); // one height for every row: the table never measures a million cells
    iterTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    // widths for six significant digits in the table's font (main.css): no number cut short in 1D;
    // in 2D the point takes what the panel has left
    columns.show(List.of("x"));
    iterTable.getSelectionModel().selectedIndexProperty().addListener((obs, old, row) -> {
      if (syncingTable || row.intValue() < 0) {
        return;
      }
      if (tableRows.filled(row.intValue())) {
        showIterate.accept(tableRows.get(row.intValue()));
      } else { // a blank row below a short run: the current iterate stays selected
        Platform.runLater(() -> syncSelection(shownIterate));
      }
    });
    // rows for the table's height from the start (IterateRows): again whenever the height changes
    iterTable.skinProperty().addListener((obs, old, skin) -> watchHeight());
    watchHeight();
  }

  private void watchHeight() {
    if (iterTable.lookup(".virtual-flow") instanceof Region flow && flow != this.flow) {
      this.flow = flow;
      flow.heightProperty().addListener((o, before, after) -> Platform.runLater(this::fitRows));
    }
  }

  /** Table rows that fit in the table's height (26 px each). */
  private int rowsThatFit() {
    if (flow == null) {
      return 0;
    }
    return (int) Math.floor(rowsHeight() / iterTable.getFixedCellSize());
  }

  private void fitRows() {
    fits = rowsThatFit();
    if (tableTrajectory == null) {
      return;
    }
    syncingTable = true;
    try {
      tableRows.show(shownIterate, tableRows.available(), Math.max(fits, plannedRows));
      syncSelection(shownIterate);
    } finally {
      syncingTable = false;
    }
  }

  /**
   * Selects iterate k's row and keeps it in sight. The table scrolls only when the row would be out
   * of sight (then it shows three rows above it): a scroll lays out every row in sight again, which
   * took 3–8 ms of a stability lab frame when each η stopped its run a step or two from the last.
   */
  private void syncSelection(int k) {
    int row = k - tableRows.start();
    if (row >= 0 && row < tableRows.size() && iterTable.getSelectionModel().getSelectedIndex() != row) {
      boolean syncing = syncingTable;
      syncingTable = true;
      try {
        iterTable.getSelectionModel().clearAndSelect(row);
        if (!wholeInSight(row)) {
          iterTable.scrollTo(Math.max(0, row - 3));
        }
      } finally {
        syncingTable = syncing;
      }
    }
  }

  /** Whether row {@code row} is in sight, whole (not cut at the top or the bottom of the table). */
  private boolean wholeInSight(int row) {
    if (!(flow instanceof VirtualFlow<?> rows) || rows.getVisibleCell(row) == null) {
      return false;
    }
    var cell = rows.getVisibleCell(row);
    javafx.geometry.Bounds b = rows.sceneToLocal(cell.localToScene(cell.getLayoutBounds()));
    return cell.isVisible() && b.getMinY() >= -0.5 && b.getMaxY() <= rowsHeight() + 0.5;
  }

  /** The height the table's rows have: the scrolling part's, less the horizontal scroll bar. */
  private double rowsHeight() {
    double height = flow.getHeight();
    for (var bar : flow.lookupAll(".scroll-bar")) {
      if (bar instanceof ScrollBar b && b.getOrientation() == Orientation.HORIZONTAL && b.isVisible()) {
        height -= b.getHeight();
      }
    }
    return height;
  }

  /** What the plot draws of the method's state at the frame's iterate, to be named with its numbers here. */
  public void setSketches(java.util.function.Function<Frame, gdviz.model.method.Sketch> drawn) {
    sketches = drawn;
  }

  /** No run to show (every run unticked in the legend): no rows, the heading says why. */
  public void showNone(String why) {
    heading.setText("Iterates — " + why);
    syncingTable = true;
    try {
      tableTrajectory = null;
      tableRows.show(0, 0, fits);
      tableVersion.set(tableVersion.get() + 1);
    } finally {
      syncingTable = false;
    }
    showStep("");
  }

  /** The window of rows around the frame's current iterate, that iterate selected, and its step written out. */
  public void show(Frame frame) {
    Trajectory t = frame.trajectory();
    int size = t.size();
    heading.setText(frame.outcome() == null ? "Iterates" : "Iterates — " + frame.outcome().message());
    syncingTable = true;
    try {
      boolean anotherRun = t != tableTrajectory;
      tableTrajectory = t;
      columns.show(frame.setup().parameterNames());
      // sized for the run's step budget at once: a streaming run does not resize it at every digit
      columns.fitIterateNumbers(Math.max(size - 1, (int) Math.min(Integer.MAX_VALUE, frame.setup().steps())));
      int k = Math.max(0, frame.current());
      shownIterate = k;
      // a run gets its rows for the iterates its budget allows (up to the window) at once: the row
      // count then stays put while it streams in and when η moves between runs that stop at
      // different steps (each change of it is a layout of the table inside the frame: 8–17 ms of
      // a stability lab slider frame); the rows past a run that stopped early are blank
      long planned = frame.setup().steps() + 1;
      plannedRows = (int) Math.min(IterateRows.WINDOW, planned);
      int arrived = tableRows.available();
      tableRows.show(k, size, Math.max(fits, plannedRows));
      if (anotherRun || size != arrived) {
        // the rows kept show the new run's numbers, or the iterates that came in where rows were blank
        tableVersion.set(tableVersion.get() + 1);
        // The cells mark only themselves for layout, and such a mark stops at the first ancestor
        // already marked. JavaFX can leave the table's flow marked but cut off from the window's
        // layout pass (a request made while the table was laying out is dropped there); the cells
        // under it would then keep drawing the old run. A request on the table itself always
        // reaches the window, and the table lays out the flow, the flow the cells.
        iterTable.requestLayout();
      }
      syncSelection(k);
    } finally {
      syncingTable = false;
    }
    String formulas = derivatives.get();
    String explanation = StepByHand.explain(frame.setup(), t, Math.max(0, frame.current()))
        + StepByHand.drawn(sketches.apply(frame), Math.max(0, frame.current()));
    // the worked step keeps its terms together; the derivatives, written as typed, wrap at any space
    showStep(gdviz.model.format.LineBreaks.keepTermsTogether(explanation)
        + (formulas.isEmpty() ? "" : "\n\n" + formulas));
  }

  /**
   * The step by hand, broken only between terms; never narrower than its longest term (Adam's
   * rule was cut at the panel's edge): the panel scrolls sideways instead.
   */
  private void showStep(String joined) {
    if (joined.equals(stepText.getText())) {
      return;
    }
    stepText.setText(joined);
    fitStepWidth();
  }

  private void fitStepWidth() {
    javafx.scene.text.Text widest = new javafx.scene.text.Text(
        gdviz.model.format.LineBreaks.longestRun(stepText.getText()));
    widest.setFont(stepText.getFont());
    stepText.setMinWidth(Math.ceil(widest.getLayoutBounds().getWidth()) + 4);
  }
}
