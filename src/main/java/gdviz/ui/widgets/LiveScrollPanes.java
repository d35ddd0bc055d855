package gdviz.ui.widgets;

import java.util.stream.Stream;
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
public final class LiveScrollPanes {
  private LiveScrollPanes() {}

  /** This scroll pane draws its viewport directly, now and after a skin change. */
  public static void uncache(ScrollPane pane) {
    pane.skinProperty().addListener((obs, old, skin) -> uncacheViewport(pane));
    uncacheViewport(pane);
  }

  private static void uncacheViewport(ScrollPane pane) {
    viewports(pane).forEach(v -> v.setCache(false));
  }

  /** Whether any scroll pane under {@code root} still caches its viewport (for tests). */
  public static boolean anyCached(Parent root) {
    return root.lookupAll(".scroll-pane").stream()
        .filter(n -> n instanceof ScrollPane)
        .flatMap(n -> viewports((ScrollPane) n))
        .anyMatch(Node::isCache);
  }

  private static Stream<Node> viewports(ScrollPane pane) {
    return pane.getChildrenUnmodifiable().stream().filter(c -> c.getStyleClass().contains("viewport"));
  }
}
