package gdviz.ui;

import gdviz.model.LinearRegressionLoss;
import gdviz.plot.DataFitPainter;
import java.awt.Color;
import org.jfree.fx.FXGraphics2D;

/** The data of a one-feature regression with the line of the current parameters. */
public final class DataFitView extends LayeredCanvas {
  private LinearRegressionLoss loss;
  private double[] theta;
  private double[] exact;
  private Color colour = Color.BLACK;

  public DataFitView() {
    super(false); // drawn whole per frame
    setId("dataFit");
  }

  public void show(LinearRegressionLoss loss, double[] theta, double[] exact, Color colour) {
    this.loss = loss;
    this.theta = theta.clone();
    this.exact = exact;
    this.colour = colour;
    invalidateOverlay();
    paintIfDirty();
  }

  /** The parameters of the line drawn last. */
  public double[] theta() {
    return theta == null ? null : theta.clone();
  }

  @Override
  void paintOverlay(FXGraphics2D g, double width, double height) {
    if (loss != null && theta != null) {
      withGraphics(g, gg -> DataFitPainter.paint(gg, loss, theta, exact, colour, width, height));
    }
  }
}
