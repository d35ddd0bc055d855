package gdviz.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gdviz.engine.Trajectory;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Long y tick labels on the loss plot widen its margin rather than run off the image. */
class LossAxisLabelsTest {
  /** A run that barely moves: f from 100 down to 99.99992 (η = 1e-12 on x² from 10). */
  private static Trajectory crawl() {
    Trajectory t = new Trajectory(1);
    double x = 10;
    for (int k = 0; k <= 2000; k++) {
      t.append(new double[] {x}, x * x, new double[] {2 * x}, 1e-12);
      x -= 1e-12 * 2 * x * 2000; // a visible crawl in the last digits
    }
    return t;
  }

  @Test
  void noTickLabelIsCutOffAtTheLeftEdge() {
    BufferedImage image = new BufferedImage(500, 300, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    PlotStyle.smooth(g);
    LossPainter.paint(g, List.of(new LossPainter.Series(crawl(), Palette.VERMILLION, -1)), 500, 300, false);
    g.dispose();
    // the rotated axis title sits a few pixels in; nothing is drawn in the first two columns
    for (int x = 0; x < 2; x++) {
      for (int y = 0; y < image.getHeight(); y++) {
        int rgb = image.getRGB(x, y) & 0xffffff;
        assertEquals(0xffffff, rgb, "a pixel of a label cut off at (" + x + ", " + y + ")");
      }
    }
  }

  @Test
  void theMarginFollowsTheWidestLabel() {
    Graphics2D g = new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB).createGraphics();
    assertEquals(PlotStyle.MARGIN_LEFT, PlotStyle.leftMargin(g, NiceTicks.of(0, 100, 5)), 0.0);
    List<NiceTicks.Tick> long_ = NiceTicks.of(99.99992, 100, 5);
    int widest = long_.stream().mapToInt(t -> g.getFontMetrics(PlotStyle.TICK_FONT).stringWidth(t.label())).max()
        .orElseThrow();
    assertTrue(widest > 40, "long labels: " + long_);
    assertTrue(PlotStyle.leftMargin(g, long_) >= widest + 36);
  }
}
