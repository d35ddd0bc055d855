package gdviz.plot;

import java.awt.Color;
import java.awt.image.BufferedImage;

/** Looking at rendered pixels in tests. */
public final class Pixels {
  private Pixels() {}

  /** Whether a pixel within {@code radius} of (x, y) has about the given colour (antialiasing blends edges). */
  public static boolean near(BufferedImage image, double x, double y, Color colour, int radius) {
    for (int dx = -radius; dx <= radius; dx++) {
      for (int dy = -radius; dy <= radius; dy++) {
        int px = (int) Math.round(x) + dx;
        int py = (int) Math.round(y) + dy;
        if (px < 0 || py < 0 || px >= image.getWidth() || py >= image.getHeight()) {
          continue;
        }
        Color c = new Color(image.getRGB(px, py));
        if (Math.abs(c.getRed() - colour.getRed()) + Math.abs(c.getGreen() - colour.getGreen())
            + Math.abs(c.getBlue() - colour.getBlue()) < 40) {
          return true;
        }
      }
    }
    return false;
  }

  /** How many pixels have about the given colour (the sum of channel differences below {@code tolerance}). */
  public static int count(BufferedImage image, Color colour, int tolerance) {
    int n = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        Color c = new Color(image.getRGB(x, y));
        if (Math.abs(c.getRed() - colour.getRed()) + Math.abs(c.getGreen() - colour.getGreen())
            + Math.abs(c.getBlue() - colour.getBlue()) < tolerance) {
          n++;
        }
      }
    }
    return n;
  }
}
