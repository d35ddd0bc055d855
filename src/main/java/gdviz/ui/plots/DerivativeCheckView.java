package gdviz.ui.plots;

import gdviz.model.format.Numbers;
import gdviz.model.objective.Objective;
import gdviz.plot.DerivativeCheckPainter;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.jfree.fx.FXGraphics2D;

/**
 * The difference-quotient lesson: the exact derivative and the forward-difference estimate with
 * an adjustable h, and the error against h on log axes, where rounding takes over as h shrinks.
 */
public final class DerivativeCheckView extends VBox {
  private final Slider hSlider = new Slider(-14, 0, -5);
  private final Label hLabel = new Label();
  private final Plot derivatives = new Plot(true);
  private final Plot errors = new Plot(false);
  private Objective f;
  private double from = -10;
  private double to = 10;

  /** Both plots in this theme and at this UI scale. */
  void setLook(gdviz.plot.PlotTheme theme, double scale) {
    derivatives.setLook(theme, scale);
    errors.setLook(theme, scale);
  }

  public DerivativeCheckView() {
    setId("derivativeCheck");
    setSpacing(4);
    setPadding(new Insets(6));
    hSlider.setId("hSlider");
    hSlider.setShowTickLabels(true);
    hSlider.setMajorTickUnit(2);
    hSlider.setLabelFormatter(new javafx.util.StringConverter<>() {
      @Override
      public String toString(Double e) {
        return e == 0 ? "1" : "1e" + Math.round(e);
      }

      @Override
      public Double fromString(String s) {
        return 0.0;
      }
    });
    HBox.setHgrow(hSlider, Priority.ALWAYS);
    hSlider.setMinWidth(260);
    hSlider.setMinorTickCount(1);
    hSlider.setShowTickMarks(true);
    Label name = new Label("step h");
    name.setMinWidth(Label.USE_PREF_SIZE);
    // a read-out of fixed width: a longer text must not narrow the slider under the pointer
    hLabel.setId("hReadout");
    hLabel.setMinWidth(250);
    hLabel.setPrefWidth(250);
    hLabel.setMaxWidth(250);
    HBox controls = new HBox(8, name, hSlider, hLabel);
    controls.setAlignment(Pos.CENTER_LEFT);
    VBox.setVgrow(derivatives, Priority.ALWAYS);
    VBox.setVgrow(errors, Priority.ALWAYS);
    getChildren().addAll(controls, derivatives, errors);
    hSlider.valueProperty().addListener((obs, old, v) -> redraw());
  }

  public void show(Objective f, double from, double to, double h) {
    this.f = f;
    this.from = from;
    this.to = to;
    hSlider.setValue(Math.log10(h));
    redraw();
  }

  public double h() {
    return Numbers.round(Math.pow(10, hSlider.getValue()), 2);
  }

  /** The h read-out beside the slider. */
  public Label readout() {
    return hLabel;
  }

  public Slider hSlider() {
    return hSlider;
  }

  private void redraw() {
    if (f == null) {
      return;
    }
    double h = h();
    double worst = DerivativeCheckPainter.worstError(f, from, to, h);
    hLabel.setText("h = " + Numbers.compact(h) + ",  largest error " + Numbers.compact(worst, 3));
    derivatives.invalidateOverlay();
    errors.invalidateOverlay();
    derivatives.paintIfDirty();
    errors.paintIfDirty();
  }

  private final class Plot extends LayeredCanvas {
    private final boolean derivative;

    Plot(boolean derivative) {
      super(false); // drawn whole when h or the function changes
      this.derivative = derivative;
      setPrefSize(700, 300);
    }

    @Override
    void paintOverlay(FXGraphics2D g, double width, double height) {
      if (f == null || f.dimension() != 1) {
        return;
      }
      double h = h();
      withGraphics(g, gg -> {
        if (derivative) {
          DerivativeCheckPainter.paintDerivatives(gg, f, from, to, h, width, height);
        } else {
          DerivativeCheckPainter.paintErrors(gg, f, from, to, h, width, height);
        }
      });
    }
  }
}
