package gdviz.ui.table;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.Test;

/** The iterates table's rows: which updates tell the table its rows changed (each makes it lay them out). */
class IterateRowsTest {
  private final IterateRows rows = new IterateRows();
  private final List<String> changes = new ArrayList<>();

  IterateRowsTest() {
    rows.addListener((ListChangeListener<Integer>) c -> {
      while (c.next()) {
        changes.add((c.wasReplaced() ? "replaced " : c.wasAdded() ? "added " : "removed ") + c.getFrom() + ".."
            + c.getTo());
      }
    });
  }

  @Test
  void aRunThatStopsAtAnotherStepKeepsTheRows() {
    rows.show(149, 150, 401); // a run of 150 iterates, rows for its budget of 400 steps
    changes.clear();
    rows.show(139, 140, 401); // the next η stops ten steps earlier: the same rows, more of them blank
    assertEquals(List.of(), changes);
    assertEquals(401, rows.size());
    assertEquals(0, rows.start());
    assertEquals(140, rows.available());
    assertEquals(false, rows.filled(140));
    assertEquals(true, rows.filled(139));
  }

  @Test
  void aRunStreamingInKeepsItsPaddedRows() {
    rows.show(0, 1, 401);
    changes.clear();
    for (int size = 2; size <= 300; size += 7) {
      rows.show(size - 1, size, 401);
    }
    assertEquals(List.of(), changes);
    assertEquals(true, rows.filled(295));
  }

  @Test
  void aWindowThatMovesReplacesItsRows() {
    rows.show(2000, 2001, 401);
    changes.clear();
    rows.show(1000, 2001, 401);
    assertEquals(List.of("replaced 0..401"), changes);
    assertEquals(800, rows.start());
  }

  @Test
  void rowsAddedAtTheEndAreAdded() {
    rows.show(4, 5, 0); // no rows planned: as many as the run has
    changes.clear();
    rows.show(9, 10, 0);
    assertEquals(List.of("added 5..10"), changes);
  }
}
