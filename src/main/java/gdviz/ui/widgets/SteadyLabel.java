package gdviz.ui.widgets;

import javafx.scene.control.Label;

/**
 * A label whose text changes often (a number that follows the η slider) and whose size seldom
 * does: a new text that fits the label's current size lays out the label alone; only a text that
 * needs another height (one more line) asks the panel around it to lay out again. An ordinary
 * label asks every time, and the panel then measures each of its wrapped texts again — in the
 * controls panel, 1.5–2 ms of every slider frame.
 */
public class SteadyLabel extends Label {
  public SteadyLabel() {
    super();
  }

  @Override
  public void requestLayout() {
    if (fitsAsItIs()) {
      setNeedsLayout(true);
    } else {
      super.requestLayout();
    }
  }

  /**
   * Whether the label, at its current size, wants no other size for its text now: the same height
   * at its width, and (unwrapped) the same width. Measured afresh: a height at a given width is
   * not cached, and the width is compared with the one the panel last measured.
   */
  private boolean fitsAsItIs() {
    double width = getWidth();
    double height = getHeight();
    if (!isManaged() || !isVisible() || width <= 0 || height <= 0 || getSkin() == null) {
      return false;
    }
    double wanted = Math.max(minHeight(width), Math.min(prefHeight(width), maxHeight(width)));
    return Math.abs(wanted - height) < 0.5 && (isWrapText() || Math.abs(computePrefWidth(-1) - prefWidth(-1)) < 0.5);
  }
}
