package gdviz.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import gdviz.engine.BasinMap;
import gdviz.model.preset.PresetLibrary;
import gdviz.model.preset.RunOverrides;
import gdviz.model.run.RunSetup;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

/** The basin map's key covered the (3, 2) minimum of Himmelblau's function at the top right. */
class BasinKeyTest {
  @Test
  void theKeyCoversNoMinimum() {
    RunSetup basins = PresetLibrary.builtIn().require("basins").setups(RunOverrides.EMPTY).get(0);
    BasinMap.Result map = BasinMap.compute(BasinMap.budgeted(basins), -6, 6, -6, 6, 24, 24, () -> false);
    assertEquals(4, map.minima().size(), "Himmelblau's four minima");
    for (double[] size : new double[][] {{420, 420}, {640, 360}, {360, 300}}) {
      BufferedImage image = new BufferedImage((int) size[0], (int) size[1], BufferedImage.TYPE_INT_RGB);
      Graphics2D g = image.createGraphics();
      Viewport v = PlotStyle.inside(new Viewport(-6, 6, -6, 6, 0, 0, 1, 1), size[0], size[1]);
      Rectangle2D key = BasinPainter.paintKey(g, v, map);
      g.dispose();
      for (double[] m : map.minima()) {
        double px = v.toPixelX(m[0]);
        double py = v.toPixelY(m[1]);
        assertFalse(key.intersects(px - 8, py - 8, 16, 16), size[0] + "×" + size[1] + ": the key " + key
            + " covers the minimum (" + m[0] + ", " + m[1] + ")");
      }
    }
  }
}
