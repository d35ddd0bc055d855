package gdviz.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gdviz.plot.Pixels;
import java.awt.Color;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code export --view basins}, headless: the map's colours on the PNG, and clear refusals. */
class BasinExportTest {
  @Test
  void drawsTheBasinsOfHimmelblau(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("basins.png");
    CliTest.Result r = CliTest.cli("export", "--preset", "basins", "--view", "basins", "--out", out.toString());
    assertEquals(0, r.status(), r.err());
    var image = javax.imageio.ImageIO.read(out.toFile());
    assertEquals(900, image.getWidth());
    // the starts that diverge beyond x1 = ±6.5 are grey; the four basins' hues, mixed with the page
    assertTrue(Pixels.count(image, new Color(0x8C8C8C), 6) > 5_000, "diverged starts in grey");
    for (int m = 0; m < 4; m++) {
      Color deep = gdviz.plot.BasinPainter.hue(m);
      Color half = new Color((deep.getRed() + 255) / 2, (deep.getGreen() + 255) / 2, (deep.getBlue() + 255) / 2);
      assertTrue(Pixels.count(image, deep, 140) + Pixels.count(image, half, 60) > 10_000, "basin " + m + " is drawn");
    }
  }

  @Test
  void refusesWhatHasNoPlaneOfStarts(@TempDir Path dir) {
    CliTest.Result oneD = CliTest.cli("export", "--preset", "quadratic-1d", "--view", "basins", "--out",
        dir.resolve("a.png").toString());
    assertEquals(2, oneD.status());
    assertEquals("export: the basin map needs a function of two variables; this one has 1\n", oneD.err());
    CliTest.Result gif = CliTest.cli("export", "--preset", "basins", "--view", "basins", "--out",
        dir.resolve("a.gif").toString());
    assertEquals(2, gif.status());
    assertEquals("export: --view basins makes a still figure of one run: write .png or .svg, one run\n", gif.err());
  }
}
