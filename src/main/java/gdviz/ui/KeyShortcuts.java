package gdviz.ui;

import java.util.EnumMap;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Control;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;

/**
 * Single-key shortcuts for the whole window, ignored while the user types in a text field. A
 * click on a plot or on empty space, or Esc, takes the focus out of a text field, so the keys act
 * again (typing η, clicking the plot and pressing R must reset, not type "r").
 */
final class KeyShortcuts {
  private final Map<KeyCode, Runnable> actions = new EnumMap<>(KeyCode.class);
  private final Map<KeyCode, Runnable> shifted = new EnumMap<>(KeyCode.class);
  private final Map<KeyCombination, Runnable> combinations = new java.util.LinkedHashMap<>();
  /** From the press that left a field to its click: the rest of that click is swallowed too. */
  private boolean leaving;
  private boolean clickAfterLeaving;

  KeyShortcuts on(KeyCode key, Runnable action) {
    actions.put(key, action);
    return this;
  }

  /** A key with Shift (Shift+→), under the same rule as single keys; without an entry Shift is ignored. */
  KeyShortcuts onShift(KeyCode key, Runnable action) {
    shifted.put(key, action);
    return this;
  }

  /** A key with a modifier (Ctrl+=): acts also while a text field has the focus. */
  KeyShortcuts always(KeyCombination combination, Runnable action) {
    combinations.put(combination, action);
    return this;
  }

  /** @param home where the focus goes when it leaves a field (the window's root) */
  void install(Scene scene, Parent home) {
    scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
      for (var c : combinations.entrySet()) {
        if (c.getKey().match(e)) {
          c.getValue().run();
          e.consume();
          return;
        }
      }
      if (e.getCode() == KeyCode.ESCAPE && scene.getFocusOwner() instanceof TextInputControl) {
        home.requestFocus();
        e.consume();
        return;
      }
      if (e.isControlDown() || e.isAltDown() || e.isMetaDown() || e.isShortcutDown()
          || scene.getFocusOwner() instanceof TextInputControl) {
        return;
      }
      if (scene.getFocusOwner() instanceof javafx.scene.control.Slider && e.getCode().isArrowKey()) {
        return; // a slider with the focus takes its arrows (the η slider steps through rates)
      }
      Runnable action = e.isShiftDown() && shifted.containsKey(e.getCode()) ? shifted.get(e.getCode())
          : actions.get(e.getCode());
      if (action != null) {
        action.run();
        e.consume();
      }
    });
    // a click that takes the focus out of a field does only that: it does not also set a start
    // point on the plot the teacher clicked to get out of the field
    scene.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
      clickAfterLeaving = false;
      leaving = false;
      if (scene.getFocusOwner() instanceof TextInputControl && !insideControl(e.getPickResult().getIntersectedNode())) {
        home.requestFocus();
        leaving = true;
        e.consume();
      }
    });
    scene.addEventFilter(MouseEvent.MOUSE_DRAGGED, e -> {
      if (leaving) {
        e.consume();
      }
    });
    scene.addEventFilter(MouseEvent.MOUSE_RELEASED, e -> {
      if (leaving) {
        e.consume();
        leaving = false;
        clickAfterLeaving = true;
      }
    });
    scene.addEventFilter(MouseEvent.MOUSE_CLICKED, e -> {
      if (clickAfterLeaving) {
        e.consume();
        clickAfterLeaving = false;
      }
    });
  }

  /**
   * Whether a click lands on a control that takes the focus itself (a button, a slider, the table),
   * not on a plot, a label or empty space.
   */
  private static boolean insideControl(Node n) {
    for (Node at = n; at != null; at = at.getParent()) {
      if (at instanceof Control c && c.isFocusTraversable()) {
        return true;
      }
    }
    return false;
  }
}
