package gdviz.ui.widgets;

import javafx.scene.control.Labeled;

/**
 * The one rule for a window too short for the usual rows: under 450 pixels of its own (its height
 * divided by the UI scale, read from a text's size; 13 px at 100 %) — a 720-pixel projector at
 * 200 %. The lesson strip folds its note and answer there, presentation mode its headings.
 */
public final class ShortWindow {
  /** Pixels of its own below which a window is short. */
  public static final double OWN_HEIGHT = 450;

  private ShortWindow() {}

  /** Whether the window {@code text} is shown in is short (false before it is in one). */
  public static boolean holds(Labeled text) {
    double scale = text.getFont().getSize() / 13.0;
    return text.getScene() != null && text.getScene().getHeight() / Math.max(1, scale) < OWN_HEIGHT;
  }
}
