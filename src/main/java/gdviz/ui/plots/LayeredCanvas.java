package gdviz.ui.plots;

import java.util.function.Consumer;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import org.jfree.fx.FXGraphics2D;

/**
 * A resizable region with two canvases: a background redrawn only when asked (heat map,
 * contours, axes) and an overlay redrawn per frame (the trajectory). Every redraw starts with a
 * full clear, so the canvas command buffer does not grow.
 */
class LayeredCanvas extends Region {
  private final Canvas background = new Canvas();
  private final Canvas overlay = new Canvas();
  private final FXGraphics2D backgroundGraphics = new FXGraphics2D(background.getGraphicsContext2D());
  private final FXGraphics2D overlayGraphics = new FXGraphics2D(overlay.getGraphicsContext2D());
  private boolean backgroundDirty = true;
  private boolean overlayDirty = true;

  LayeredCanvas() {
    this(true);
  }

  /**
   * {@code withBackground} false: a view that draws everything per frame has no background layer
   * at all — an empty canvas still costs a full-size image draw in every frame that repaints it.
   */
  LayeredCanvas(boolean withBackground) {
    background.setVisible(withBackground);
    getChildren().addAll(background, overlay);
    setMinSize(200, 120);
    setPrefSize(800, 500);
  }

  @Override
  protected void layoutChildren() {
    double w = Math.floor(getWidth());
    double h = Math.floor(getHeight());
    if (w != background.getWidth() || h != background.getHeight()) {
      background.setWidth(w);
      background.setHeight(h);
      overlay.setWidth(w);
      overlay.setHeight(h);
      backgroundDirty = true;
      overlayDirty = true;
    }
    paintIfDirty();
  }

  void invalidateBackground() {
    backgroundDirty = true;
    overlayDirty = true;
  }

  void invalidateOverlay() {
    overlayDirty = true;
  }

  double canvasWidth() {
    return background.getWidth();
  }

  double canvasHeight() {
    return background.getHeight();
  }

  /** Repaints what is stale; called on the FX thread, at most once per frame by the owner. */
  void paintIfDirty() {
    double w = background.getWidth();
    double h = background.getHeight();
    if (w < 2 || h < 2) {
      return;
    }
    if (backgroundDirty) {
      backgroundDirty = false;
      if (background.isVisible()) {
        GraphicsContext gc = background.getGraphicsContext2D();
        gc.clearRect(0, 0, w, h);
        paintBackground(gc, backgroundGraphics, w, h);
      }
    }
    if (overlayDirty) {
      overlayDirty = false;
      overlay.getGraphicsContext2D().clearRect(0, 0, w, h);
      paintOverlay(overlayGraphics, w, h);
    }
  }

  /** Draws the static layer. */
  void paintBackground(GraphicsContext gc, FXGraphics2D g, double width, double height) {}

  /** Draws the per-frame layer. */
  void paintOverlay(FXGraphics2D g, double width, double height) {}

  static void withGraphics(FXGraphics2D g, Consumer<FXGraphics2D> painter) {
    var transform = g.getTransform();
    var clip = g.getClip();
    try {
      painter.accept(g);
    } finally {
      g.setTransform(transform);
      g.setClip(clip);
    }
  }
}
