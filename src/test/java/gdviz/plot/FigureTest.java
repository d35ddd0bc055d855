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

  /**
   * The loss axis title "f − f* (f* = the minimum of f)" was printed about 6 px high to fit a low
   * plot: a title is never smaller than the tick labels; it loses its parenthesis, then is cut with
   * "…", its whole text collected for the view's tooltip.
   */
  @Test
  void aLongAxisTitleIsShortenedNeverPrintedSmallerThanTheTicks() {
    Graphics2D g = new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB).createGraphics();
    java.util.List<String> whole = new java.util.ArrayList<>();
    gdviz.plot.label.ShortenedTexts.collectInto(g, whole);
    String title = "f − f*  (f* = the minimum of f)";
    assertEquals("f − f*", AxesPainter.fitted(g, title, 120));
    assertTrue(g.getFont().getSize2D() >= PlotStyle.TICK_FONT.getSize2D(), g.getFont().toString());
    String cut = AxesPainter.fitted(g, "learning rate η (each rate a whole run; bands: plain gd's)", 60);
    assertTrue(cut.endsWith("…") && g.getFontMetrics().stringWidth(cut) <= 60, cut);
    assertEquals(java.util.List.of(title, "learning rate η (each rate a whole run; bands: plain gd's)"), whole);
    assertEquals("x1", AxesPainter.fitted(g, "x1", 150));
    assertEquals(PlotStyle.LABEL_FONT, g.getFont());
  }
}
