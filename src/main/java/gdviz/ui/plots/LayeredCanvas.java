package gdviz.ui.plots;

import gdviz.plot.PlotTheme;
import java.awt.geom.AffineTransform;
import java.util.function.Consumer;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import org.jfree.fx.FXGraphics2D;

/**
 * A resizable region with two canvases: a background redrawn only when asked (heat map,
 * contours, axes) and an overlay redrawn per frame (the trajectory). Every redraw starts with a
 * full clear, so the canvas command buffer does not grow. Its look — the theme's page and the UI
 * scale — applies to all it paints: painters draw in logical pixels (the canvas size divided by
 * the scale) on graphics magnified by the scale, so text, lines, markers and arrows all grow with
 * it; mouse positions are given back in the same logical pixels ({@link #logical}).
 */
class LayeredCanvas extends Region {
  private long backgroundPaints;
  private final Canvas background = new Canvas();
  private final Canvas overlay = new Canvas();
  private final FXGraphics2D backgroundGraphics = new FXGraphics2D(background.getGraphicsContext2D());
  private final FXGraphics2D overlayGraphics = new FXGraphics2D(overlay.getGraphicsContext2D());
  private boolean backgroundDirty = true;
  private boolean overlayDirty = true;
  private PlotTheme theme = PlotTheme.LIGHT;
  private double scale = 1;
  /** The whole texts of titles painted shorter, per layer: the tooltip shows them. */
  private final java.util.List<String> shortBehind = new java.util.ArrayList<>();
  private final java.util.List<String> shortOver = new java.util.ArrayList<>();
  private final javafx.scene.control.Tooltip tip = new javafx.scene.control.Tooltip();
  private boolean tipInstalled;

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
    showPaper();
  }

  /** The theme's colours and the UI scale (1 = 100 %); everything is painted again. */
  void setLook(PlotTheme theme, double scale) {
    if (theme == this.theme && scale == this.scale) {
      return;
    }
    this.theme = theme;
    this.scale = scale;
    showPaper();
    invalidateBackground();
    paintIfDirty();
  }

  PlotTheme theme() {
    return theme;
  }

  /** The UI scale the plot is painted at (1 = 100 %). */
  public double scale() {
    return scale;
  }

  /** A position on the canvas (a mouse event's) in the logical pixels painters draw in. */
  double logical(double canvasPixels) {
    return canvasPixels / scale;
  }

  private void showPaper() {
    java.awt.Color p = theme.paper();
    setBackground(new javafx.scene.layout.Background(new javafx.scene.layout.BackgroundFill(
        javafx.scene.paint.Color.rgb(p.getRed(), p.getGreen(), p.getBlue()), null, null)));
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

  /**
   * How many times the background (axes, heat map, curves) was painted: counted work, for the tests
   * that check a slider move repaints only the overlay.
   */
  public long backgroundPaints() {
    return backgroundPaints;
  }

  void invalidateBackground() {
    backgroundDirty = true;
    overlayDirty = true;
  }

  void invalidateOverlay() {
    overlayDirty = true;
  }

  /** The canvas width in logical pixels. */
  double canvasWidth() {
    return background.getWidth() / scale;
  }

  /** The canvas height in logical pixels. */
  double canvasHeight() {
    return background.getHeight() / scale;
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
        backgroundPaints++;
        GraphicsContext gc = background.getGraphicsContext2D();
        prepare(backgroundGraphics);
        shortBehind.clear();
        gdviz.plot.label.ShortenedTexts.collectInto(backgroundGraphics, shortBehind);
        gc.clearRect(0, 0, w, h);
        magnify(backgroundGraphics);
        paintBackground(gc, backgroundGraphics, w / scale, h / scale);
      }
    }
    if (overlayDirty) {
      overlayDirty = false;
      prepare(overlayGraphics);
      shortOver.clear();
      gdviz.plot.label.ShortenedTexts.collectInto(overlayGraphics, shortOver);
      overlay.getGraphicsContext2D().clearRect(0, 0, w, h);
      magnify(overlayGraphics);
      paintOverlay(overlayGraphics, w / scale, h / scale);
    }
    showWholeTexts();
  }

  /** What the view's tooltip says besides the whole texts of what it painted shorter ("" for nothing). */
  String tooltipText() {
    return "";
  }

  /** The tooltip: the view's own text and the whole titles it had to shorten; none if neither. */
  void showWholeTexts() {
    java.util.LinkedHashSet<String> whole = new java.util.LinkedHashSet<>(shortBehind);
    whole.addAll(shortOver);
    String own = tooltipText();
    String text = own + (whole.isEmpty() ? "" : (own.isEmpty() ? "" : "\n") + "In full: " + String.join("; ", whole));
    if (!text.equals(tip.getText())) {
      tip.setText(text);
    }
    if (text.isEmpty() != !tipInstalled) {
      if (text.isEmpty()) {
        javafx.scene.control.Tooltip.uninstall(this, tip);
      } else {
        tip.setWrapText(true);
        tip.setMaxWidth(480);
        javafx.scene.control.Tooltip.install(this, tip);
      }
      tipInstalled = !text.isEmpty();
    }
  }

  /** The tooltip's text now (for tests). */
  public String tooltip() {
    return tipInstalled ? tip.getText() : "";
  }

  private void prepare(FXGraphics2D g) {
    g.setTransform(new AffineTransform());
    g.setClip(null);
    theme.applyTo(g);
  }

  private void magnify(FXGraphics2D g) {
    g.setTransform(AffineTransform.getScaleInstance(scale, scale));
  }

  /**
   * What this plot shows now, for a figure: painted by the same painters with the same arguments as
   * the window's layers, from a snapshot of the plot's state taken now (so it may be painted on
   * another thread), onto any graphics at any size in logical pixels; null: nothing to draw.
   */
  gdviz.plot.export.FigureFiles.Drawing picture() {
    return null;
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
