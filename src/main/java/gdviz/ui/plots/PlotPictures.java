package gdviz.ui.plots;

import gdviz.plot.ShownPlots;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.layout.Region;

/**
 * Reads the plot area as it is on the screen: which plots are shown (a folded plot in a tab that
 * is not selected is not), where each is in the area, and each one's picture — the description
 * the exported figure is drawn from.
 */
final class PlotPictures {
  private PlotPictures() {}

  /**
   * @param area the plot area (the arrangement's node)
   * @param named the plots that may be shown, with their names, in the order to list them
   */
  static ShownPlots of(Region area, Map<LayeredCanvas, String> named) {
    if (!javafx.application.Platform.isFxApplicationThread()) {
      throw new IllegalStateException("the plots shown are read on the FX thread");
    }
    Bounds whole = area.localToScene(area.getLayoutBounds());
    List<ShownPlots.Plot> plots = new ArrayList<>();
    for (var e : named.entrySet()) {
      LayeredCanvas plot = e.getKey();
      if (!shownIn(plot, area) || plot.getWidth() < 2 || plot.getHeight() < 2) {
        continue;
      }
      var picture = plot.picture();
      if (picture == null) {
        continue;
      }
      Bounds b = plot.localToScene(plot.getLayoutBounds());
      plots.add(new ShownPlots.Plot(e.getValue(), b.getMinX() - whole.getMinX(), b.getMinY() - whole.getMinY(),
          b.getWidth(), b.getHeight(), picture));
    }
    plots.sort(java.util.Comparator.<ShownPlots.Plot>comparingDouble(p -> Math.round(p.y()))
        .thenComparingDouble(ShownPlots.Plot::x));
    return new ShownPlots(whole.getWidth(), whole.getHeight(), plots);
  }

  /** Whether the node and every parent up to the area are visible (a tab not selected hides its content). */
  private static boolean shownIn(Node node, Node area) {
    for (Node n = node; n != null; n = n.getParent()) {
      if (!n.isVisible()) {
        return false;
      }
      if (n == area) {
        return node.getScene() != null;
      }
    }
    return false;
  }
}
