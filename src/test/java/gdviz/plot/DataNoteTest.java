package gdviz.plot;

import static org.junit.jupiter.api.Assertions.assertTrue;

import gdviz.model.data.LinearRegressionLoss;
import gdviz.model.preset.PresetLibrary;
import gdviz.model.preset.RunOverrides;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;

/** linreg-20pts' note covered the data points from x = 15 on: it goes above them. */
class DataNoteTest {
  @Test
  void theNoteSitsAboveTheData() {
    LinearRegressionLoss loss = (LinearRegressionLoss) PresetLibrary.builtIn().require("linreg-20pts")
        .setups(RunOverrides.EMPTY).get(0).objective();
    double[] exact = loss.closedFormMinimizer();
    for (double[] size : new double[][] {{420, 300}, {600, 380}, {300, 260}}) {
      BufferedImage image = new BufferedImage((int) size[0], (int) size[1], BufferedImage.TYPE_INT_RGB);
      Graphics2D g = image.createGraphics();
      Viewport v = DataFitPainter.paint(g, loss, new double[] {0, 0}, exact, Palette.BLUE, List.of("θ₀", "θ₁"),
          size[0], size[1]);
      g.dispose();
      assertTrue(v.top() > PlotStyle.MARGIN_TOP + 12, size[0] + "×" + size[1] + ": the data start at " + v.top()
          + ", under the note");
      assertTrue(v.height() >= 0.6 * (size[1] - PlotStyle.MARGIN_TOP - PlotStyle.MARGIN_BOTTOM) - 1,
          size[0] + "×" + size[1] + ": the data keep 60 % of the height");
      for (int r = 0; r < loss.sampleCount(); r++) {
        double py = v.toPixelY(loss.target(r));
        assertTrue(py >= v.top() && py <= v.top() + v.height(), "point " + r + " in the data's rectangle");
      }
    }
  }
}
