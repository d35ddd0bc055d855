package gdviz.ui;

import java.util.Locale;
import java.util.function.DoubleFunction;
import java.util.function.DoubleUnaryOperator;
import javafx.beans.property.DoubleProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/**
 * A method parameter (β, γ, ρ, β₁, β₂, σ, batch size) as a labelled slider bound to its property,
 * optionally on a log scale, with the value shown beside it.
 */
final class ParameterSlider extends HBox {
  private final Slider slider;
  private boolean syncing;

  /**
   * @param toSlider maps the value to the slider position (identity, or log10 for a log slider)
   * @param fromSlider the inverse
   */
  ParameterSlider(String id, String name, DoubleProperty value, double min, double max, DoubleUnaryOperator toSlider,
      DoubleUnaryOperator fromSlider, DoubleFunction<String> format) {
    setId(id);
    setSpacing(6);
    setAlignment(Pos.CENTER_LEFT);
    Label label = new Label(name);
    label.setMinWidth(28);
    slider = new Slider(toSlider.applyAsDouble(min), toSlider.applyAsDouble(max),
        toSlider.applyAsDouble(value.get()));
    slider.setId(id + "Slider");
    HBox.setHgrow(slider, Priority.ALWAYS);
    Label shown = new Label(format.apply(value.get()));
    shown.setMinWidth(52);
    slider.valueProperty().addListener((obs, old, v) -> {
      if (!syncing) {
        syncing = true;
        value.set(fromSlider.applyAsDouble(v.doubleValue()));
        syncing = false;
      }
    });
    value.addListener((obs, old, v) -> {
      shown.setText(format.apply(v.doubleValue()));
      if (!syncing) {
        syncing = true;
        slider.setValue(toSlider.applyAsDouble(v.doubleValue()));
        syncing = false;
      }
    });
    getChildren().addAll(label, slider, shown);
  }

  static ParameterSlider linear(String id, String name, DoubleProperty value, double min, double max) {
    return new ParameterSlider(id, name, value, min, max, v -> v,
        v -> Double.parseDouble(String.format(Locale.ROOT, "%.4g", v)), v -> String.format(Locale.ROOT, "%.4g", v));
  }

  static ParameterSlider logInteger(String id, String name, DoubleProperty value, double min, double max) {
    return new ParameterSlider(id, name, value, min, max, Math::log10, v -> Math.rint(Math.pow(10, v)),
        v -> String.format(Locale.ROOT, "%d", (long) v));
  }

  Slider slider() {
    return slider;
  }
}
