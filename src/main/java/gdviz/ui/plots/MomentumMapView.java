package gdviz.ui.plots;

import gdviz.model.analysis.ConvergenceRate;
import gdviz.model.objective.Curvature;
import gdviz.plot.MomentumMapPainter;
import gdviz.plot.Viewport;
import java.util.Arrays;
import java.util.function.BiConsumer;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import org.jfree.fx.FXGraphics2D;

/**
 * The momentum map beside the loss, for the selected run's momentum or Nesterov: the rate over
 * (η, β), the current pair a handle; a click or a drag sets both. The map is drawn again only when
 * the curvature or the method changes; a slider move only moves the handle.
 */
public final class MomentumMapView extends LayeredCanvas {
  private ConvergenceRate.Rule rule;
  private Curvature curvature;
  private double eta = Double.NaN;
  private double beta = Double.NaN;
  private BiConsumer<Double, Double> onPicked = (e, b) -> { };
  /** The map's labels, which the current point's label keeps clear of. */
  private java.util.List<gdviz.plot.label.PlotLabels.Placed> mapLabels = java.util.List.of();

  public MomentumMapView() {
    setId("momentumMap");
    addEventHandler(MouseEvent.MOUSE_PRESSED, this::pick);
    addEventHandler(MouseEvent.MOUSE_DRAGGED, this::pick);
  }

  /** Told (η, β) under a click or a drag on the map. */
  public void setOnPicked(BiConsumer<Double, Double> handler) {
    onPicked = handler;
  }

  /** The map of this method and curvature (null rule: the method has no map), the handle at (η, β). */
  void show(ConvergenceRate.Rule rule, Curvature c, double eta, double beta) {
    boolean newMap = rule != this.rule || !sameCurvature(c);
    this.rule = rule;
    this.curvature = c;
    if (newMap) {
      invalidateBackground();
    }
    if (newMap || eta != this.eta || beta != this.beta) {
      this.eta = eta;
      this.beta = beta;
      invalidateOverlay();
    }
    paintIfDirty();
  }

  private boolean sameCurvature(Curvature c) {
    return c == null ? curvature == null : curvature != null && Arrays.equals(c.values(), curvature.values());
  }

  private boolean drawable() {
    return gdviz.plot.LabPictures.hasMomentumMap(rule, curvature);
  }

  @Override
  void paintBackground(GraphicsContext gc, FXGraphics2D g, double width, double height) {
    if (!drawable()) {
      return;
    }
    Viewport v = MomentumMapPainter.viewport(width, height);
    withGraphics(g, gg -> mapLabels = MomentumMapPainter.paintMap(gg, HeatMapImage.onto(gc, v), rule, curvature,
        width, height));
  }

  @Override
  void paintOverlay(FXGraphics2D g, double width, double height) {
    withGraphics(g, gg -> gdviz.plot.LabPictures.momentumPoint(gg, rule, curvature, eta, beta, mapLabels, width,
        height));
  }

  @Override
  gdviz.plot.export.FigureFiles.Drawing picture() {
    return gdviz.plot.LabPictures.momentumMap(rule, curvature, eta, beta);
  }

  private void pick(MouseEvent e) {
    if (e.getButton() != MouseButton.PRIMARY || !drawable()) {
      return;
    }
    Viewport v = MomentumMapPainter.viewport(canvasWidth(), canvasHeight());
    double x = logical(e.getX());
    double y = logical(e.getY());
    if (!v.containsPixel(x, y)) {
      return;
    }
    double pickedEta = Double.parseDouble(String.format(java.util.Locale.ROOT, "%.3g", Math.pow(10, v.toWorldX(x))));
    double pickedBeta = Math.round(v.toWorldY(y) * 1000) / 1000.0;
    onPicked.accept(pickedEta, Math.min(MomentumMapPainter.BETA_MAX, Math.max(0, pickedBeta)));
    e.consume();
  }
}
