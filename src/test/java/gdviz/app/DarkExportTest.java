package gdviz.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gdviz.plot.PlotTheme;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exports are light unless asked; {@code --theme dark} darkens the page, the axes and the text. */
class DarkExportTest {
  private static BufferedImage export(Path dir, String name, String... theme) throws Exception {
    Path out = dir.resolve(name);
    String[] args = {"export", "--preset", "quadratic-1d", "--view", "1d", "--title", "quadratic-1d", "--width", "600",
        "--height", "450", "--out", out.toString()};
    String[] all = java.util.stream.Stream.concat(java.util.Arrays.stream(args), java.util.Arrays.stream(theme))
        .toArray(String[]::new);
    CliTest.Result r = CliTest.cli(all);
    assertEquals(0, r.status(), r.err());
    return ImageIO.read(out.toFile());
  }

  private static int brightest(BufferedImage image, int x0, int y0, int x1, int y1) {
    int best = 0;
    for (int y = y0; y < y1; y++) {
      for (int x = x0; x < x1; x++) {
        int rgb = image.getRGB(x, y);
        best = Math.max(best, Math.min((rgb >> 16) & 255, Math.min((rgb >> 8) & 255, rgb & 255)));
      }
    }
    return best;
  }

  private static int darkest(BufferedImage image, int x0, int y0, int x1, int y1) {
    int best = 255;
    for (int y = y0; y < y1; y++) {
      for (int x = x0; x < x1; x++) {
        int rgb = image.getRGB(x, y);
        best = Math.min(best, Math.max((rgb >> 16) & 255, Math.max((rgb >> 8) & 255, rgb & 255)));
      }
    }
    return best;
  }

  @Test
  void lightByDefaultDarkWhenAsked(@TempDir Path dir) throws Exception {
    BufferedImage light = export(dir, "light.png");
    assertEquals(0xFFFFFF, light.getRGB(3, 3) & 0xFFFFFF, "a white page by default");
    BufferedImage dark = export(dir, "dark.png", "--theme", "dark");
    int paper = PlotTheme.DARK.paper().getRGB() & 0xFFFFFF;
    assertEquals(paper, dark.getRGB(3, 3) & 0xFFFFFF, "the dark page in the corner");
    assertEquals(paper, dark.getRGB(300, 440) & 0xFFFFFF, "and at the bottom");
    // the title and the tick labels are light on the dark page (grey-white: every channel high)
    assertTrue(brightest(dark, 200, 0, 400, 30) > 200, "a light title");
    assertTrue(brightest(dark, 0, 60, 60, 400) > 150, "light tick labels left of the plot");
    // the light export's title is dark ink: its darkest pixel is near black
    assertTrue(darkest(light, 200, 0, 400, 30) < 80, "a dark title on the light page");
  }

  @Test
  void anUnknownThemeIsNamed(@TempDir Path dir) {
    CliTest.Result r = CliTest.cli("export", "--preset", "quadratic-1d", "--theme", "sepia", "--out",
        dir.resolve("x.png").toString());
    assertEquals(2, r.status());
    assertTrue(r.err().contains("theme must be light or dark, not \"sepia\""), r.err());
  }
}
