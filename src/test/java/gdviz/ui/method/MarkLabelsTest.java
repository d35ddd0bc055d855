package gdviz.ui.method;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gdviz.ui.WindowUnderTest;
import gdviz.ui.method.EtaSlider;
import java.util.List;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** "1/L" and "2/L (local)" printed over each other under the η slider on nonconvex-1d and newton-nonconvex. */
class MarkLabelsTest extends WindowUnderTest {
  @Override
  protected String preset() {
    return "nonconvex-1d";
  }

  @Test
  void theMarksLabelsNeverOverlap(FxRobot robot) {
    for (String preset : List.of("nonconvex-1d", "newton-nonconvex", "quadratic-1d", "stability")) {
      for (int scale : new int[] {100, 150, 200}) {
        for (double width : new double[] {1024, 1280, 1920}) {
          robot.interact(() -> {
            model.presetProperty().set(LIBRARY.require(preset));
            Stage stage = (Stage) view.root().getScene().getWindow();
            stage.setWidth(width);
            view.appearance().scaleProperty().set(scale);
            view.pulse();
          });
          List<gdviz.ui.method.BandStrip.MarkLabel> labels = onFx(robot, () -> {
            view.root().applyCss();
            view.root().layout();
            return ((EtaSlider) view.root().lookup("#etaSlider")).markLabels();
          });
          String at = preset + " at " + width + " px, " + scale + " %: " + labels;
          assertTrue(labels.stream().anyMatch(l -> l.text().startsWith("2/L")), at);
          for (int i = 0; i < labels.size(); i++) {
            for (int j = i + 1; j < labels.size(); j++) {
              var a = labels.get(i);
              var b = labels.get(j);
              assertFalse(a.x() < b.x() + b.width() + 4 && b.x() < a.x() + a.width() + 4, at + ": they touch");
            }
          }
        }
      }
    }
  }
}
