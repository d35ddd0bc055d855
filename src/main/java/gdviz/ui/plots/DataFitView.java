package gdviz.ui.plots;

import gdviz.model.objective.DataObjective;
import gdviz.plot.DataSpacePainter;
import java.awt.Color;
import java.util.List;
import org.jfree.fx.FXGraphics2D;

/**
 * The class's data in data space with the model at the current parameters ({@link DataSpacePainter}):
 * the line, the predictions, the sigmoid or the decision boundary, following the Iterate and η sliders.
 */
public final class DataFitView extends LayeredCanvas {
  private DataObjective loss;
  private double[] theta;
  private double[] exact;
  private Color colour = Color.BLACK;
  private List<String> names = List.of();

  public DataFitView() {
    super(false); // drawn whole per frame
    setId("dataFit");
  }

  public void show(DataObjective loss, double[] theta, double[] exact, Color colour, List<String> names) {
    this.loss = loss;
    this.theta = theta.clone();
    this.exact = exact;
    this.colour = colour;
    this.names = List.copyOf(names);
    invalidateOverlay();
    paintIfDirty();
  }

  /** The parameters of the line drawn last. */
  public double[] theta() {
    return theta == null ? null : theta.clone();
  }

  /** The note drawn with the data: which line is which, J, and the course's own value where asked. */
  public String note() {
    return loss == null ? "" : DataSpacePainter.note(loss, theta, exact != null, names);
  }

  /** The whole note: on a low panel only its first lines are drawn. */
  @Override
  String tooltipText() {
    return note();
  }

  @Override
  void paintOverlay(FXGraphics2D g, double width, double height) {
    var picture = picture();
    if (picture != null) {
      withGraphics(g, gg -> picture.paint(gg, width, height));
    }
  }

  @Override
  gdviz.plot.export.FigureFiles.Drawing picture() {
    if (loss == null || theta == null) {
      return null;
    }
    DataObjective l = loss;
    double[] t = theta.clone();
    double[] e = exact;
    Color c = colour;
    List<String> n = names;
    return (g, width, height) -> DataSpacePainter.paint(g, l, t, e, c, n, width, height);
  }

  /**
   * Beside the loss (the second of {@code secondary}) for a one-feature regression, showing the
   * model at the frame's iterate; out of the plots for anything else.
   */
  void follow(gdviz.ui.playback.Frame frame, gdviz.plot.PlotTheme theme, java.util.List<javafx.scene.Node> secondary) {
    boolean drawable = gdviz.plot.DataSpacePainter.drawable(frame.setup().objective());
    if (drawable && !secondary.contains(this)) {
      secondary.add(1, this);
    } else if (!drawable) {
      secondary.remove(this);
    }
    if (drawable) {
      gdviz.model.objective.DataObjective loss = (gdviz.model.objective.DataObjective) frame.setup().objective();
      int k = Math.max(0, frame.current());
      show(loss, frame.trajectory().x(k), loss.closedFormMinimizer(), theme.run(frame.selectedRun().colour()),
          frame.setup().parameterNames());
    }
  }
}
