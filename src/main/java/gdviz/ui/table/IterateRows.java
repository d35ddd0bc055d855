package gdviz.ui.table;

import java.util.AbstractList;
import java.util.List;
import javafx.collections.ObservableListBase;

/**
 * The rows of the iterates table: a window of at most {@link #WINDOW} consecutive iterate numbers
 * around the current one (the first row is iterate {@link #start()}). A table that had to take in
 * every row of a million-step run would spend time in proportion to the rows added; the window
 * keeps each update to a few thousand rows at most.
 *
 * <p>A short run's rows are padded with blank ones (iterate numbers past the run) up to the rows
 * that fit in the table: its row count then changes only when a run outgrows the table. When the
 * count changes, JavaFX's table lays itself out at once, and the first time it grows it creates
 * rows, skins and styles in the middle of a frame — 30 to 90 ms on two cores when a run of a few
 * steps was followed by a long one. Padded, the rows are made when the window first lays out. A
 * run still streaming in is padded the same way to the rows it will have (IteratesPanel), so the
 * count does not change with every frame of it.
 */
public final class IterateRows extends ObservableListBase<Integer> {
  public static final int WINDOW = 401;

  private int start;
  private int size;
  private int available;

  @Override
  public Integer get(int index) {
    if (index < 0 || index >= size) {
      throw new IndexOutOfBoundsException(index);
    }
    return start + index;
  }

  @Override
  public int size() {
    return size;
  }

  /** Iterate number of the first row. */
  int start() {
    return start;
  }

  /** Iterates of the run (rows at or past it are blank). */
  int available() {
    return available;
  }

  /** Whether row {@code index} shows an iterate (not a blank row padding a short run). */
  boolean filled(int index) {
    return index >= 0 && index < size && start + index < available;
  }

  /**
   * Shows the window of iterates around {@code current} out of {@code available}, in at least
   * {@code atLeast} rows (up to the window; those past the run blank).
   */
  void show(int current, int available, int atLeast) {
    this.available = available;
    int count = Math.max(Math.min(WINDOW, available), Math.min(WINDOW, Math.max(0, atLeast)));
    int from = Math.max(0, Math.min(current - WINDOW / 2, available - count));
    // the rows stay (the same iterate numbers): only rows added at the end. Which of them are blank
    // changes with the run, and the table's cells rewrite themselves for that (IteratesView): a
    // list change here would make the table lay out every row in sight again
    if (from == start && count >= size && count - size <= WINDOW) {
      if (count > size) { // the same window grew at its end
        beginChange();
        nextAdd(size, count);
        size = count;
        endChange();
      }
      return;
    }
    int oldStart = start;
    int oldSize = size;
    List<Integer> removed = new AbstractList<>() {
      @Override
      public Integer get(int i) {
        return oldStart + i;
      }

      @Override
      public int size() {
        return oldSize;
      }
    };
    start = from;
    size = count;
    beginChange();
    nextReplace(0, count, removed);
    endChange();
  }
}
