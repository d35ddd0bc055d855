package gdviz.ui;

import java.util.EnumMap;
import java.util.Map;
import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/** Single-key shortcuts for the whole window, ignored while the user types in a text field. */
final class KeyShortcuts {
  private final Map<KeyCode, Runnable> actions = new EnumMap<>(KeyCode.class);

  KeyShortcuts on(KeyCode key, Runnable action) {
    actions.put(key, action);
    return this;
  }

  void install(Scene scene) {
    scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
      if (e.isControlDown() || e.isAltDown() || e.isMetaDown() || e.isShortcutDown()
          || scene.getFocusOwner() instanceof TextInputControl) {
        return;
      }
      Runnable action = actions.get(e.getCode());
      if (action != null) {
        action.run();
        e.consume();
      }
    });
  }
}
