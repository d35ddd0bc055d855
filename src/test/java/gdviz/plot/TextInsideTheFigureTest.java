package gdviz.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gdviz.model.analysis.IteratePath;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * No text of a figure runs past its edge: each painter is told a width and drawn into a wider
 * image, and nothing may be drawn right of that width (in a figure of that width it would be cut).
 */
class TextInsideTheFigureTest {
  private static final int WIDTH = 600;
  private static final int SPARE = 120;

  private interface Painting {
    void paint(Graphics2D g, double width, double height);
  }

  /** Ink drawn right of {@link #WIDTH}, in pixels. */
  private static int inkPastTheEdge(Painting painting, int height) {
    BufferedImage image = new BufferedImage(WIDTH + SPARE, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, image.getWidth(), height);
    painting.paint(g, WIDTH, height);
    g.dispose();
    int ink = 0;
    for (int y = 0; y < height; y++) {
      for (int x = WIDTH; x < image.getWidth(); x++) {
        if ((image.getRGB(x, y) & 0xFFFFFF) != 0xFFFFFF) {
          ink++;
        }
      }
    }
    return ink;
  }

  /** A loss curve of n iterates: the last iteration tick sits at the plot's right end. */
  private static IteratePath losses(int n) {
    return new IteratePath() {
      @Override
      public int size() {
        return n;
      }

      @Override
      public int dimension() {
        return 1;
      }

      @Override
      public double x(int k, int i) {
        return 1.0 / (k + 1);
      }

      @Override
      public double value(int k) {
        return 1.0 / (k + 1);
      }

      @Override
      public double gradient(int k, int i) {
        return 0;
      }
    };
  }

  @Test
  void theLastIterationTickLabelIsWhole() {
    // minibatch-linreg's loss ran to 30,000: its "30000" was cut at the figure's edge
    int ink = inkPastTheEdge((g, w, h) -> LossPainter.paint(g,
        List.of(new LossPainter.Series(losses(30_001), Palette.VERMILLION, -1)), w, h, false), 300);
    assertEquals(0, ink, "pixels of the last tick label past the edge");
  }

  @Test
  void aLongTitleWrapsInsideTheFigure() {
    String title = "linear regression on 10,000 synthetic points, minibatch SGD with batch sizes 1 … 10,000, 3 epochs"
        + " each: all recover w ≈ (2, −3.4), b ≈ 4.2";
    double[] height = new double[1];
    int ink = inkPastTheEdge((g, w, h) -> height[0] = FigurePainter.title(g, title, w), 120);
    assertEquals(0, ink, "pixels of the title past the edge");
    assertTrue(height[0] > 50, "two lines or more: " + height[0]);
  }
}
