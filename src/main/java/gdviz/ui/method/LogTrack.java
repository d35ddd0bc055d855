package gdviz.ui.method;

import gdviz.model.format.Numbers;
import javafx.scene.control.Slider;

/** The η slider's track: a slider over log₁₀ η, a tick per decade labelled 1e-4 … 0.01, 0.1, 1, 10. */
final class LogTrack {
  private LogTrack() {}

  /** The log-scale track: a tick per decade labelled with its η, never animated. */
  static void dress(Slider slider) {
    slider.setMajorTickUnit(1);
    slider.setMinorTickCount(0);
    slider.setShowTickMarks(true);
    slider.setShowTickLabels(true);
    // the tick labels move at once when the slider is resized: an animated axis fades the old ones
    // out over the next frames, drawn beyond the slider meanwhile
    slider.skinProperty().addListener((obs, old, skin) -> {
      for (javafx.scene.Node axis : slider.lookupAll(".axis")) {
        if (axis instanceof javafx.scene.chart.Axis<?> a) {
          a.setAnimated(false);
        }
      }
    });
    slider.setLabelFormatter(new javafx.util.StringConverter<>() {
      @Override
      public String toString(Double exponent) {
        long e = Math.round(exponent);
        return e < -2 ? "1e" + e : Numbers.format(Math.pow(10, e));
      }

      @Override
      public Double fromString(String s) {
        return Math.log10(Double.parseDouble(s));
      }
    });
  }
}
