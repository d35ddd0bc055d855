package gdviz.ui;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ScrollPane;

/**
 * Scroll panes whose content changes while the user works (the controls beside the plot, the step
 * written out by hand). JavaFX's scroll pane keeps its viewport as a cached image, which pays off
 * when static content is scrolled; content that changes in every frame of a slider drag instead
 * has the whole viewport drawn twice per frame — into the image, then the image onto the screen.
 * With the software renderer that was most of the render time of a slider frame (BENCHMARKS.md).
 */
final class LiveScrollPanes {
  private LiveScrollPanes() {}

  /** This scroll pane draws its viewport directly, now and after a skin change. */
  static void uncache(ScrollPane pane) {
    pane.skinProperty().addListener((obs, old, skin) -> uncacheViewport(pane));
    uncacheViewport(pane);
  }

  private static void uncacheViewport(ScrollPane pane) {
    for (Node child : pane.getChildrenUnmodifiable()) {
      if (child.getStyleClass().contains("viewport")) {
        child.setCache(false);
      }
    }
  }

  /** Whether any scroll pane under {@code root} still caches its viewport (for tests). */
  static boolean anyCached(Parent root) {
    for (Node n : root.lookupAll(".scroll-pane")) {
      if (n instanceof ScrollPane pane) {
        for (Node child : pane.getChildrenUnmodifiable()) {
          if (child.getStyleClass().contains("viewport") && child.isCache()) {
            return true;
          }
        }
      }
    }
    return false;
  }
}
