package gdviz.ui.plots;

import gdviz.engine.EtaSweep;
import gdviz.model.analysis.StepSizeBands;
import gdviz.plot.SweepPainter;
import gdviz.plot.Viewport;
import java.util.List;
import java.util.function.DoubleConsumer;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import org.jfree.fx.FXGraphics2D;

/**
 * The η sweep beside the loss: what each learning rate does to this setup, the current η marked;
 * a click (or a drag) on it sets η there.
 */
public final class SweepView extends LayeredCanvas {
  private List<SweepPainter.Curve> curves = List.of();
  private StepSizeBands bands;
  private double eta = Double.NaN;
  private Viewport shown;
  private DoubleConsumer onEtaPicked = e -> { };
  private String waiting = "computing the sweep…";

  public SweepView() {
    setId("sweepPlot");
    addEventHandler(MouseEvent.MOUSE_PRESSED, this::pick);
    addEventHandler(MouseEvent.MOUSE_DRAGGED, this::pick);
  }

  /** Told the rate under a click on the plot. */
  public void setOnEtaPicked(DoubleConsumer handler) {
    onEtaPicked = handler;
  }

  /** The sweeps to draw (empty while they are computed). */
  void showCurves(List<SweepPainter.Curve> curves, StepSizeBands bands) {
    if (drawnAlike(curves, this.curves) && java.util.Objects.equals(bands, this.bands)) {
      return;
    }
    this.curves = List.copyOf(curves);
    this.bands = bands;
    invalidateBackground();
    paintIfDirty();
  }

  /** The current η, marked. */
  void showEta(double eta) {
    if (eta != this.eta) {
      this.eta = eta;
      invalidateOverlay();
      paintIfDirty();
    }
  }

  /**
   * Whether two sweeps draw the same: colours, points and f*. Not the labels, which name each run
   * with its η: a slider move renamed the run and repainted the whole sweep in every frame.
   */
  private static boolean drawnAlike(List<SweepPainter.Curve> a, List<SweepPainter.Curve> b) {
    if (a.size() != b.size()) {
      return false;
    }
    for (int i = 0; i < a.size(); i++) {
      SweepPainter.Curve x = a.get(i);
      SweepPainter.Curve y = b.get(i);
      if (!x.colour().equals(y.colour()) || !x.points().equals(y.points())
          || Double.compare(x.minimum(), y.minimum()) != 0) {
        return false;
      }
    }
    return true;
  }

  public List<SweepPainter.Curve> curves() {
    return curves;
  }

  /** The curves and axes: drawn again only when the sweep changes, not when η moves. */
  @Override
  void paintBackground(javafx.scene.canvas.GraphicsContext gc, FXGraphics2D g, double width, double height) {
    Viewport[] v = new Viewport[1];
    withGraphics(g, gg -> v[0] = gdviz.plot.LabPictures.sweepCurves(gg, curves, bands, waiting, width, height));
    shown = v[0];
  }

  /** The current η over the curves. */
  @Override
  void paintOverlay(FXGraphics2D g, double width, double height) {
    if (shown != null) {
      withGraphics(g, gg -> SweepPainter.paintEta(gg, shown, eta));
    }
  }

  @Override
  gdviz.plot.export.FigureFiles.Drawing picture() {
    return gdviz.plot.LabPictures.sweep(curves, bands, waiting, eta);
  }

  private void pick(MouseEvent e) {
    if (e.getButton() != MouseButton.PRIMARY || shown == null) {
      return;
    }
    double x = logical(e.getX());
    if (x < shown.left() || x > shown.left() + shown.width()) {
      return;
    }
    double picked = Math.pow(10, shown.toWorldX(x));
    onEtaPicked.accept(Double.parseDouble(String.format(java.util.Locale.ROOT, "%.3g", picked)));
    e.consume();
  }

  /** The rate at a logical pixel across the plot (tests), or NaN before the first paint. */
  public double etaAt(double x) {
    return shown == null ? Double.NaN : Math.pow(10, shown.toWorldX(x));
  }

  /** The plot rectangle of the last paint, or null. */
  public Viewport plotArea() {
    return shown;
  }

  static List<EtaSweep.Point> finished(List<EtaSweep.Point> points) {
    return points.stream().filter(java.util.Objects::nonNull).toList();
  }
}
