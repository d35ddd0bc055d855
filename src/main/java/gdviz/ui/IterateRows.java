package gdviz.ui;

import java.util.AbstractList;
import java.util.List;
import javafx.collections.ObservableListBase;

/**
 * The rows of the iterates table: a window of at most {@link #WINDOW} consecutive iterate numbers
 * around the current one (the first row is iterate {@link #start()}). A table that had to take in
 * every row of a million-step run would spend time in proportion to the rows added; the window
 * keeps each update to a few thousand rows at most.
 */
final class IterateRows extends ObservableListBase<Integer> {
  static final int WINDOW = 401;

  private int start;
  private int size;

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

  /** Shows the window of iterates around {@code current} out of {@code available}. */
  void show(int current, int available) {
    int count = Math.min(WINDOW, available);
    int from = Math.max(0, Math.min(current - WINDOW / 2, available - count));
    if (from == start && count >= size && count - size <= WINDOW && from + size <= available) {
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
