package gdviz.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gdviz.engine.DescentRun;
import gdviz.model.preset.PresetLibrary;
import gdviz.model.preset.RunOverrides;
import gdviz.model.run.RunSetup;
import gdviz.plot.Figure;
import gdviz.plot.FigurePainter;
import gdviz.plot.Figures;
import gdviz.plot.export.FigureFiles;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Figures a teacher puts on a slide: the right runs over the right function, readable panels, steady GIFs. */
class ExportFiguresTest {
  private static final PresetLibrary PRESETS = PresetLibrary.builtIn();

  private static List<Figures.RunData> run(String preset, RunOverrides overrides) {
    List<Figures.RunData> runs = new ArrayList<>();
    for (RunSetup s : PRESETS.require(preset).setups(overrides)) {
      var r = DescentRun.run(s);
      runs.add(new Figures.RunData(s.label(), s, r.trajectory(), r.outcome()));
    }
    return runs;
  }

  @Test
  void allPresetsGoIntoAFolderThatIsMadeIfMissing(@TempDir Path dir) throws Exception {
    Path figures = dir.resolve("figures");
    CliTest.Result r = CliTest.cli("export", "--all-presets", "--dir", figures.toString(), "--width", "300",
        "--height", "220");
    assertEquals(0, r.status(), r.err());
    try (var files = Files.list(figures)) {
      assertEquals(18, files.count());
    }
    Path file = dir.resolve("a-file");
    Files.writeString(file, "x");
    CliTest.Result refused = CliTest.cli("export", "--all-presets", "--dir", file.toString());
    assertEquals(2, refused.status());
    assertEquals("export: --dir " + file + " is a file, not a folder", refused.err().strip());
  }

  @Test
  void runsOnDifferentFunctionsGetAPanelEach() {
    Figure f = Figures.of("preconditioning", run("preconditioning", RunOverrides.EMPTY), Figure.View.ALL, false, false);
    assertEquals(2, f.panels().size(), "the aligned and the rotated function");
    assertEquals(List.of(0, 1), f.panels().get(0).lines(), "gd and precond over x1² + 100·x2²");
    assertEquals(List.of(2, 3), f.panels().get(1).lines(), "the rotated runs over the rotated function");
    assertTrue(f.panels().get(1).heading().endsWith("rotated by 45°"), f.panels().get(1).heading());
    assertEquals(4, f.runs().size(), "the loss shows all four");
    // on the picture: the rotated panel's contours are tilted, the aligned one's are not
    BufferedImage image = FigureFiles.render((g, w, h) -> FigurePainter.paint(g, f, w, h), 900, 600, 1);
    assertNotEquals(image.getRGB(225, 100), 0, "drawn");
  }

  @Test
  void smallMultiplesAreEachFramedToTheirOwnRunUnlessAsked() {
    List<Figure> panels = new ArrayList<>();
    for (double eta : new double[] {0.05, 0.2, 1.1}) {
      panels.add(Figures.of("η = " + eta, run("quadratic-1d", RunOverrides.builder().eta(eta).build()),
          Figure.View.FUNCTION, false, false));
    }
    List<Figure> own = Figures.framed(panels, false, 400, 400);
    var crawl = own.get(0).worldFor(own.get(0).panels().get(0), 400, 400);
    var wild = own.get(2).worldFor(own.get(2).panels().get(0), 400, 400);
    // η = 0.05 stays in [3.5, 10]; η = 1.1 swings out to ±62: framed alike they would squash the first to a dot
    assertTrue(crawl.xMax() - crawl.xMin() < 20, "the crawl's own frame: " + crawl);
    assertTrue(wild.xMax() - wild.xMin() > 100, "the diverging run's own frame: " + wild);
    List<Figure> shared = Figures.framed(panels, true, 400, 400);
    assertEquals(shared.get(0).panels().get(0).world(), shared.get(2).panels().get(0).world(), "--shared-axes");
  }

  @Test
  void theSmallMultiplesCaptionSaysWhatEachRunDidOnce(@TempDir Path dir) {
    List<Figures.RunData> labelled = new ArrayList<>();
    for (double eta : new double[] {0.05, 1.1}) {
      Figures.RunData r = run("quadratic-1d", RunOverrides.builder().eta(eta).build()).get(0);
      labelled.add(new Figures.RunData("η = " + eta, r.setup(), r.path(), r.outcome()));
    }
    String caption = Figures.caption(labelled, false);
    assertTrue(caption.contains("\nη = 0.05: gd — stopped after 10 steps"), caption);
    assertTrue(caption.contains("\nη = 1.1: gd — diverging (stopped after 10 steps; η = 1.1 > 2/L = 1"), caption);
    assertTrue(!caption.contains("gd, η = 0.05"), "η is said once: " + caption);
    assertTrue(caption.startsWith("f(x) = x² · start x = 10 · up to 10 steps"), caption); // typeset, as the title
  }

  @Test
  void anAnimationsLossAxesHoldStillFromTheFirstFrameToTheLast() {
    Figure f = Figures.of("q", run("quadratic-2d", RunOverrides.EMPTY), Figure.View.ALL, false, false);
    BufferedImage image = new BufferedImage(600, 450, BufferedImage.TYPE_INT_RGB);
    var first = FigurePainter.paint(image.createGraphics(), f.upTo(1), 600, 450);
    var last = FigurePainter.paint(image.createGraphics(), f.upTo(21), 600, 450);
    assertEquals(last.loss().yMin(), first.loss().yMin(), 0.0);
    assertEquals(last.loss().yMax(), first.loss().yMax(), 0.0);
    assertTrue(first.loss().yMax() > 30, "from the start the axis reaches f₀ = 33: " + first.loss());
  }

  /** A GIF's heat map is as smooth as the PNG's: its palette is chosen for the picture and the error diffused. */
  @Test
  void aGifsHeatMapHasNoColourBands(@TempDir Path dir) throws Exception {
    Path gif = dir.resolve("bowl.gif");
    assertEquals(0, CliTest.cli("export", "--preset", "quadratic-2d", "--view", "2d", "--title", "", "--every",
        "20", "--width", "600", "--height", "450", "--out", gif.toString()).status());
    BufferedImage frame = lastFrame(gif);
    Figure f = Figures.of("", run("quadratic-2d", RunOverrides.EMPTY), Figure.View.FUNCTION, false, false);
    var world = f.worldFor(f.panels().get(0), 600, 450);
    Figure fixed = f.withPanels(List.of(f.panels().get(0).withWorld(world)));
    BufferedImage png = FigureFiles.render((g, w, h) -> FigurePainter.paint(g, fixed, w, h), 600, 450, 1);
    // 8×8 blocks of the plot: the average colour matches the PNG's, but near the edges of lines. Bands
    // leave whole stretches of blocks a step of colour off: the JDK's own palette put a third of them
    // more than 3 levels off, and this figure's old GIFs showed the bands plainly
    int blocks = 0;
    int off = 0;
    for (int bx = 90; bx < 540; bx += 8) {
      for (int by = 30; by < 380; by += 8) {
        blocks++;
        if (blockDifference(frame, png, bx, by) > 3) {
          off++;
        }
      }
    }
    assertTrue(off < 0.05 * blocks, off + " of " + blocks + " blocks more than 3 levels off the PNG");
  }

  private static double blockDifference(BufferedImage a, BufferedImage b, int x0, int y0) {
    double[] sa = new double[3];
    double[] sb = new double[3];
    for (int x = x0; x < x0 + 8; x++) {
      for (int y = y0; y < y0 + 8; y++) {
        int pa = a.getRGB(x, y);
        int pb = b.getRGB(x, y);
        for (int c = 0; c < 3; c++) {
          sa[c] += (pa >> (16 - 8 * c)) & 255;
          sb[c] += (pb >> (16 - 8 * c)) & 255;
        }
      }
    }
    double d = 0;
    for (int c = 0; c < 3; c++) {
      d = Math.max(d, Math.abs(sa[c] - sb[c]) / 64);
    }
    return d;
  }

  private static BufferedImage lastFrame(Path gif) throws Exception {
    try (ImageInputStream in = ImageIO.createImageInputStream(gif.toFile())) {
      ImageReader reader = ImageIO.getImageReaders(in).next();
      reader.setInput(in);
      return reader.read(reader.getNumImages(true) - 1);
    }
  }
}
