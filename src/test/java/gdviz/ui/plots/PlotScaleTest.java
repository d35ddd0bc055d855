package gdviz.ui.plots;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gdviz.model.analysis.IteratePath;
import gdviz.plot.LossPainter;
import gdviz.plot.Palette;
import gdviz.plot.PlotTheme;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The UI scale magnifies everything a plot draws: at 200 % a plot of the same logical size is the
 * 100 % plot twice as large — its lines twice as thick, its text twice as tall.
 */
@ExtendWith(ApplicationExtension.class)
class PlotScaleTest {
  /** Made on the FX thread, in start: a control built before the toolkit runs breaks its class for the whole JVM. */
  private LossPlotView plot;
  private Pane holder;

  @Start
  void start(Stage stage) {
    plot = new LossPlotView();
    holder = new Pane(plot);
    stage.setScene(new Scene(holder, 900, 700));
    stage.show();
  }

  private static IteratePath halving() {
    return new IteratePath() {
      public int size() {
        return 20;
      }

      public int dimension() {
        return 1;
      }

      public double x(int k, int i) {
        return 10.0 / (1 << k);
      }

      public double value(int k) {
        return 100.0 / (k + 1);
      }

      public double gradient(int k, int i) {
        return 0;
      }
    };
  }

  private Image paint(FxRobot robot, double scale) {
    Object[] out = new Object[1];
    robot.interact(() -> {
      plot.setLook(PlotTheme.LIGHT, scale);
      plot.setMinSize(400 * scale, 300 * scale); // the same logical size: 400 × 300
      plot.setPrefSize(400 * scale, 300 * scale);
      plot.setMaxSize(400 * scale, 300 * scale);
      holder.layout();
      plot.layout();
      plot.show(List.of(new LossPainter.Series(halving(), Palette.VERMILLION, 5)), false);
      out[0] = plot.snapshot(null, null);
    });
    return (Image) out[0];
  }

  private static boolean ink(Image image, int x, int y) {
    var c = image.getPixelReader().getColor(x, y);
    return c.getRed() + c.getGreen() + c.getBlue() < 2.4; // not the white page
  }

  /** The height of the lowest line of text: the x axis's title ("iteration k"). */
  private static int lowestTextHeight(Image image) {
    int bottom = (int) image.getHeight() - 1;
    while (bottom > 0 && !rowHasInk(image, bottom)) {
      bottom--;
    }
    int top = bottom;
    while (top > 0 && rowHasInk(image, top - 1)) {
      top--;
    }
    return bottom - top + 1;
  }

  private static boolean rowHasInk(Image image, int y) {
    for (int x = 0; x < image.getWidth(); x++) {
      if (ink(image, x, y)) {
        return true;
      }
    }
    return false;
  }

  /**
   * How much ink the plot frame's top edge lays across one column: its darkness summed over the
   * rows it covers (antialiasing spreads a thin line over two rows at half strength; the sum is
   * its width).
   */
  private static double frameInk(Image image) {
    int width = (int) image.getWidth();
    int top = 0;
    while (top < image.getHeight() / 3) {
      int n = 0;
      for (int x = 0; x < width; x++) {
        n += ink(image, x, top) ? 1 : 0;
      }
      if (n > width * 0.6) {
        break;
      }
      top++;
    }
    double sum = 0;
    int x = width / 2;
    for (int y = Math.max(0, top - 1); y < top + 6; y++) {
      var c = image.getPixelReader().getColor(x, y);
      sum += 1 - (c.getRed() + c.getGreen() + c.getBlue()) / 3;
    }
    return sum;
  }

  @Test
  void atTwiceTheScaleLinesAndTextAreTwiceAsLarge(FxRobot robot) {
    Image normal = paint(robot, 1);
    Image large = paint(robot, 2);
    assertEquals(400, normal.getWidth(), 0.0);
    assertEquals(800, large.getWidth(), 0.0);
    int text1 = lowestTextHeight(normal);
    int text2 = lowestTextHeight(large);
    assertTrue(text2 >= 2 * text1 - 2 && text2 <= 2 * text1 + 2, "text height " + text1 + " → " + text2);
    double line1 = frameInk(normal);
    double line2 = frameInk(large);
    assertTrue(line1 > 0.5 && line2 / line1 > 1.8 && line2 / line1 < 2.2, "frame line's ink " + line1 + " → " + line2);
  }
}
