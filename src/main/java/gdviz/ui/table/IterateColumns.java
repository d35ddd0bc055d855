package gdviz.ui.table;

import gdviz.engine.Trajectory;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;

/**
 * The iterates table's columns — k, one per parameter, f, |∇f|, η — their widths at the UI scale,
 * and the panel's least width: never narrower than k, the coordinates and f; |∇f| and η shown while
 * there is room.
 */
final class IterateColumns {
  /** The width of a number column: room for 6 significant digits with an exponent, −1.23457e-15. */
  private static final double NUMBER_WIDTH = 92;
  /** The narrowest a number column gets: room for −1.2e-15, so no number is ever cut. */
  private static final double NUMBER_MIN_WIDTH = 64;
  /** The iterate number's column: wide enough for 4 digits, wider for longer runs (10⁷ has 8). */
  private static final double K_WIDTH = 44;
  private final TableView<Integer> table;
  private final Region panel;
  private final Supplier<Trajectory> trajectory;
  private final LongProperty version;
  private List<String> columnNames = List.of();
  private TableColumn<Integer, Integer> kColumn;
  private int kDigits = 1;
  /** The UI scale (1 = 100 %): the columns widen with the text. */
  private double scale = 1;
  private long cellWrites;

  /**
   * @param panel the side panel the table fills (its least width is set here)
   * @param trajectory the run the rows show
   * @param version bumped when the run or its size changes: the cells write their numbers again
   */
  IterateColumns(TableView<Integer> table, Region panel, Supplier<Trajectory> trajectory, LongProperty version) {
    this.table = table;
    this.panel = panel;
    this.trajectory = trajectory;
    this.version = version;
  }

  /** How many times the cells have written their numbers (counted work, for tests). */
  long cellWrites() {
    return cellWrites;
  }

  /** k, one column per parameter, f, |∇f|, η: rebuilt when the parameters change. */
  void show(List<String> names) {
    if (names.equals(columnNames)) {
      return;
    }
    columnNames = List.copyOf(names);
    table.getColumns().clear();
    kDigits = -1;
    table.getColumns().add(kColumn = column("k", K_WIDTH * scale, K_WIDTH * scale, null));
    for (int i = 0; i < names.size(); i++) {
      int coordinate = i;
      table.getColumns().add(column(names.get(i), NUMBER_WIDTH * scale, NUMBER_MIN_WIDTH * scale,
          k -> trajectory.get().x(k, coordinate)));
    }
    table.getColumns().add(column("f", NUMBER_WIDTH * scale, NUMBER_MIN_WIDTH * scale,
        k -> trajectory.get().value(k)));
    table.getColumns().add(column("|∇f|", NUMBER_WIDTH * scale, NUMBER_MIN_WIDTH * scale,
        k -> trajectory.get().gradientNorm(k)));
    table.getColumns().add(column("η", 64 * scale, 56 * scale, k -> k == 0 ? Double.NaN : trajectory.get().eta(k)));
    fitPanel();
  }

  /**
   * The panel is never narrower than k, the coordinates and f at their narrowest; |∇f| and then η
   * are shown as long as the panel has room for them too. No column is ever out of sight.
   */
  void fitPanel() {
    List<TableColumn<Integer, ?>> columns = table.getColumns();
    int optional = 2; // |∇f| and η, the last two
    double essential = 0;
    for (int i = 0; i < columns.size() - optional; i++) {
      essential += columns.get(i).getMinWidth();
    }
    double chrome = panel.snappedLeftInset() + panel.snappedRightInset() + 22 * scale; // + the vertical scroll bar
    panel.setMinWidth(essential + chrome);
    double room = panel.getWidth() - chrome - essential;
    for (int i = columns.size() - optional; i < columns.size(); i++) {
      TableColumn<Integer, ?> c = columns.get(i);
      boolean fits = panel.getWidth() <= 0 || room >= c.getMinWidth();
      if (c.isVisible() != fits) {
        c.setVisible(fits);
      }
      room -= fits ? c.getMinWidth() : 0;
      if (!fits) {
        room = -1; // η only after |∇f|
      }
    }
  }

  /** The columns at this UI scale (1 = 100 %). */
  void setScale(double scale) {
    if (scale == this.scale) {
      return;
    }
    this.scale = scale;
    List<String> names = columnNames;
    columnNames = List.of();
    show(names);
  }

  /** A column of iterate k's numbers ({@code number} null: the iterate number itself). */
  private TableColumn<Integer, Integer> column(String title, double width, double minWidth,
      java.util.function.IntToDoubleFunction number) {
    TableColumn<Integer, Integer> c = new TableColumn<>(title);
    c.setPrefWidth(width);
    c.setMinWidth(minWidth);
    c.setSortable(false);
    c.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(row.getValue()));
    c.setCellFactory(column -> new IterateCell(number, trajectory, version, () -> cellWrites++));
    return c;
  }

  /** Sizes the k column for iterate numbers up to {@code largest}: 4 digits, or 7 and more (see below). */
  void fitIterateNumbers(int largest) {
    // two widths in practice: budgets under 10,000 fit the narrowest column; larger ones get room
    // for 7 digits at once, so going from 300,000 steps to a million does not widen the column —
    // a wider column lays out the whole side panel and the plots again (80–130 ms on two cores)
    int digits = Integer.toString(Math.max(0, largest)).length();
    if (digits > 4) {
      digits = Math.max(7, digits);
    }
    if (digits == kDigits) {
      return;
    }
    kDigits = digits;
    double width = 14 + 7.5 * digits; // before any cell exists: about the table's digits
    if (table.lookup(".table-cell") instanceof TableCell<?, ?> cell) {
      Text sample = new Text("8".repeat(digits));
      sample.setFont(cell.getFont());
      width = Math.ceil(sample.getLayoutBounds().getWidth() + cell.snappedLeftInset() + cell.snappedRightInset() + 4);
    }
    // its minimum too: when the columns do not fit (2D), the table squeezes the others, not this one
    kColumn.setMinWidth(Math.max(K_WIDTH * scale, width));
    kColumn.setPrefWidth(Math.max(K_WIDTH * scale, width));
    fitPanel();
  }
}
