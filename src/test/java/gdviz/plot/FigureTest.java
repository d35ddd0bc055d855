package gdviz.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

class FigureTest {
  /** A view taken from the screen keeps its centre and its scale in both directions in any figure size. */
  @Test
  void aViewFromTheScreenIsWidenedNeverStretched() {
    Viewport screen = new Viewport(-6, 2, -3, 1, 0, 0, 1, 1);
    for (double[] size : new double[][] {{900, 300}, {400, 900}, {600, 450}}) {
      Viewport w = Figure.equalScale(screen, size[0], size[1]);
      Viewport px = PlotStyle.inside(w, size[0], size[1]);
      double perPixelX = (w.xMax() - w.xMin()) / px.width();
      double perPixelY = (w.yMax() - w.yMin()) / px.height();
      assertEquals(perPixelX, perPixelY, 1e-12, "a unit is as long across as up: circles stay round");
      assertTrue(w.xMin() <= -6 && w.xMax() >= 2 && w.yMin() <= -3 && w.yMax() >= 1, "all of the screen's view is in");
      assertEquals(-2, (w.xMin() + w.xMax()) / 2, 1e-12);
      assertEquals(-1, (w.yMin() + w.yMax()) / 2, 1e-12);
    }
  }

  @Test
  void aLongAxisTitleGetsASmallerFontNotACut() {
    Graphics2D g = new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB).createGraphics();
    String title = "f − f*  (f* = lowest f computed per run)";
    java.awt.Font font = AxesPainter.fitting(g, title, 150);
    assertTrue(g.getFontMetrics(font).stringWidth(title) <= 150 || font.getSize2D() == 8, font.toString());
    assertEquals(PlotStyle.LABEL_FONT, AxesPainter.fitting(g, "x1", 150));
  }
}
