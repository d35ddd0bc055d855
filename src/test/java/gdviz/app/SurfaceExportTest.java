package gdviz.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gdviz.plot.Palette;
import gdviz.plot.Pixels;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code export --view 3d}, headless, and its refusals. */
class SurfaceExportTest {
  /** The texts of an SVG, in order. */
  private static java.util.List<String> texts(Path svg) throws Exception {
    var m = java.util.regex.Pattern.compile("<text[^>]*>([^<]*)</text>").matcher(java.nio.file.Files.readString(svg));
    java.util.List<String> out = new java.util.ArrayList<>();
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }

  /** Numbered axes on x₁, x₂ and f: heights linear by default, on a log scale when asked, named so. */
  @Test
  void theBoxHasNumberedAxes(@TempDir Path dir) throws Exception {
    Path bowl = dir.resolve("bowl.svg");
    assertEquals(0, CliTest.cli("export", "--preset", "quadratic-2d", "--view", "3d", "--out", bowl.toString())
        .status());
    var bowlTexts = texts(bowl);
    for (String tick : new String[] {"-5", "-4", "0", "-3", "1", "10", "50", "f"}) {
      assertTrue(bowlTexts.contains(tick), tick + " in " + bowlTexts);
    }
    Path himmelblau = dir.resolve("himmelblau.svg");
    assertEquals(0, CliTest.cli("export", "--preset", "basins", "--view", "3d", "--out", himmelblau.toString())
        .status());
    var linear = texts(himmelblau);
    for (String tick : new String[] {"-6", "6", "500", "1000", "f"}) {
      assertTrue(linear.contains(tick), tick + " in " + linear);
    }
    assertTrue(!linear.contains("f (log scale)"), "heights linear by default");
    Path log = dir.resolve("himmelblau-log.svg");
    assertEquals(0, CliTest.cli("export", "--preset", "basins", "--view", "3d", "--log-heights", "--out",
        log.toString()).status());
    var texts = texts(log);
    for (String tick : new String[] {"-6", "6", "10", "100", "1000", "f (log scale)"}) {
      assertTrue(texts.contains(tick), tick + " in " + texts);
    }
  }

  @Test
  void drawsTheSurfaceWithThePathOnIt(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("bowl.png");
    CliTest.Result r = CliTest.cli("export", "--preset", "quadratic-2d", "--view", "3d", "--azimuth", "-60",
        "--elevation", "40", "--out", out.toString());
    assertEquals(0, r.status(), r.err());
    var image = javax.imageio.ImageIO.read(out.toFile());
    assertEquals(675, image.getHeight());
    assertTrue(Pixels.count(image, Palette.VERMILLION, 40) > 300, "the path in vermillion");
    int coloured = 0;
    for (int y = 0; y < image.getHeight(); y += 3) {
      for (int x = 0; x < image.getWidth(); x += 3) {
        java.awt.Color c = new java.awt.Color(image.getRGB(x, y));
        coloured += Math.max(c.getRed(), Math.max(c.getGreen(), c.getBlue())) - Math.min(c.getRed(),
            Math.min(c.getGreen(), c.getBlue())) > 60 ? 1 : 0;
      }
    }
    assertTrue(coloured > 5_000, "a shaded surface fills much of the figure: " + coloured);
  }

  @Test
  void refusesWhatItCannotDraw(@TempDir Path dir) {
    CliTest.Result oneD = CliTest.cli("export", "--preset", "quadratic-1d", "--view", "3d", "--out",
        dir.resolve("a.png").toString());
    assertEquals(2, oneD.status());
    assertEquals("export: the 3D view needs a function of two or more variables; this one has 1\n", oneD.err());
    CliTest.Result high = CliTest.cli("export", "--preset", "quadratic-2d", "--view", "3d", "--elevation", "95",
        "--out", dir.resolve("a.png").toString());
    assertEquals(2, high.status());
    assertEquals("export: --azimuth must be a number of degrees and --elevation between 0 and 90, got -35 and 95\n",
        high.err());
    CliTest.Result two = CliTest.cli("export", "--preset", "preconditioning", "--view", "3d", "--out",
        dir.resolve("b.png").toString());
    assertEquals(2, two.status());
    assertEquals("export: the 3D view draws runs on one function; these runs use 2\n", two.err());
  }

  /** The runs of a preset on its surface, as the app draws them, named in a legend. */
  @Test
  void drawsEveryRunOfAPreset(@TempDir Path dir) throws Exception {
    Path family = dir.resolve("family.svg");
    CliTest.Result r = CliTest.cli("export", "--preset", "optimizer-family", "--view", "3d", "--out",
        family.toString());
    assertEquals(0, r.status(), r.err());
    var texts = texts(family);
    for (String method : new String[] {"gd", "momentum", "nesterov", "adagrad", "rmsprop", "adadelta", "adam"}) {
      assertTrue(texts.contains(method), method + " in the legend: " + texts);
    }
    // the runs the app leaves unticked stay out, as in the window, unless --all-runs
    assertTrue(!texts.contains("lion") && !texts.contains("bfgs"), "unticked in the app: " + texts);
    Path all = dir.resolve("all.svg");
    assertEquals(0, CliTest.cli("export", "--preset", "optimizer-family", "--view", "3d", "--all-runs", "--out",
        all.toString()).status());
    assertTrue(texts(all).containsAll(List.of("lion", "bfgs", "neldermead")), "--all-runs: " + texts(all));
  }

  @Test
  void aGifPlaysTheRunOnTheSurface(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("bowl.gif");
    CliTest.Result r = CliTest.cli("export", "--preset", "quadratic-2d", "--view", "3d", "--every", "5", "--width", "300",
        "--height", "200", "--out", out.toString());
    assertEquals(0, r.status(), r.err());
    try (var in = javax.imageio.ImageIO.createImageInputStream(out.toFile())) {
      var reader = javax.imageio.ImageIO.getImageReadersByFormatName("gif").next();
      reader.setInput(in);
      assertEquals(5, reader.getNumImages(true), "steps 0, 5, 10, 15 and 20 of the 20");
    }
  }
}
