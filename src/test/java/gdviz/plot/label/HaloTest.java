package gdviz.plot.label;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

/** "−η∇f" was drawn blue on a blue heat map: a label's letters are ringed in the page's colour. */
class HaloTest {
  @Test
  void aBlueLabelOnBlueIsRingedInThePagesColour() {
    Color blue = new Color(0, 114, 178);
    BufferedImage image = new BufferedImage(200, 80, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(blue);
    g.fillRect(0, 0, 200, 80);
    PlotLabels labels = new PlotLabels(0, 0, 200, 80);
    labels.add(PlotLabels.Rank.SKETCH, "−η∇f", new Font(Font.SANS_SERIF, Font.BOLD, 16), blue, 100, 40, 0);
    labels.drawAll(g, Color.WHITE);
    g.dispose();
    Rectangle2D box = labels.drawn().get(0).box();
    int halo = 0;
    for (int x = (int) box.getMinX(); x < box.getMaxX(); x++) {
      for (int y = (int) box.getMinY(); y < box.getMaxY(); y++) {
        Color c = new Color(image.getRGB(x, y));
        if (c.getRed() > 230 && c.getGreen() > 230 && c.getBlue() > 230) {
          halo++;
        }
      }
    }
    assertTrue(halo > 40, "white pixels around the letters: " + halo);
  }

  @Test
  void labelsAreKeptApartAndInsideThePlot() {
    LabelPlacer placer = new LabelPlacer(0, 0, 100, 60);
    Rectangle2D a = placer.place(40, 14, 95, 30, 4);
    Rectangle2D b = placer.place(40, 14, 95, 30, 4);
    assertTrue(a.getMaxX() <= 100 && b.getMaxX() <= 100 && a.getMinY() >= 0 && b.getMaxY() <= 60, a + " " + b);
    assertTrue(!a.intersects(b), "the second label found another place: " + a + " " + b);
  }
}
