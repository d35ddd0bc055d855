package gdviz.ui;

import javafx.collections.ObservableListBase;

/**
 * The rows of the iterates table: just the numbers 0 … n − 1, growing as a run streams in. Growth
 * is announced as an addition of the new rows only, so the table's work per frame does not depend
 * on how many rows it already has.
 */
final class IterateRows extends ObservableListBase<Integer> {
  private int size;

  @Override
  public Integer get(int index) {
    if (index < 0 || index >= size) {
      throw new IndexOutOfBoundsException(index);
    }
    return index;
  }

  @Override
  public int size() {
    return size;
  }

  /** Sets the number of rows, announcing the rows added or removed. */
  void resize(int newSize) {
    if (newSize == size) {
      return;
    }
    beginChange();
    if (newSize > size) {
      nextAdd(size, newSize);
    } else {
      java.util.List<Integer> removed = new java.util.AbstractList<>() {
        private final int from = newSize;
        private final int count = size - newSize;

        @Override
        public Integer get(int i) {
          return from + i;
        }

        @Override
        public int size() {
          return count;
        }
      };
      nextRemove(newSize, removed);
    }
    size = newSize;
    endChange();
  }
}
