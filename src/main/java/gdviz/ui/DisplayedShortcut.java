package gdviz.ui;

import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * A shortcut that menus display but that never fires as an accelerator: single keys like Space
 * or R would otherwise be stolen from text fields. {@link KeyShortcuts} performs them instead,
 * only when no text field has the focus.
 */
final class DisplayedShortcut extends KeyCombination {
  private final String text;

  DisplayedShortcut(String text) {
    this.text = text;
  }

  @Override
  public boolean match(KeyEvent event) {
    return false;
  }

  @Override
  public String getDisplayText() {
    return text;
  }
}
