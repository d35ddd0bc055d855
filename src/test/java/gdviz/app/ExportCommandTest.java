package gdviz.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gdviz.engine.DescentRun;
import gdviz.model.preset.PresetLibrary;
import gdviz.model.preset.RunOverrides;
import gdviz.plot.Figure;
import gdviz.plot.Figures;
import gdviz.plot.Palette;
import gdviz.plot.Pixels;
import gdviz.plot.PlotStyle;
import gdviz.plot.Viewport;
import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

class ExportCommandTest {
  private static CliTest.Result cli(String... args) {
    return CliTest.cli(args);
  }

  @Test
  void aPngHasTheRequestedSizeAndTheRunsColourWhereItsIteratesAre(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("bowl.png");
    CliTest.Result r = cli("export", "--preset", "quadratic-2d", "--view", "2d", "--title", "", "--width", "600",
        "--height", "450", "--scale", "2", "--out", out.toString());
    assertEquals(0, r.status(), r.err());
    BufferedImage image = ImageIO.read(out.toFile());
    assertEquals(1200, image.getWidth(), "width × scale");
    assertEquals(900, image.getHeight());
    // where the app's layout puts the iterates: the same figure, the same fitted world rectangle
    var setup = PresetLibrary.builtIn().require("quadratic-2d").setups(RunOverrides.EMPTY).get(0);
    var run = DescentRun.run(setup);
    Figure f = Figures.of("", List.of(new Figures.RunData("q", setup, run.trajectory(), run.outcome())),
        Figure.View.FUNCTION, false, false);
    Viewport v = PlotStyle.inside(f.worldFor(f.panels().get(0), 600, 450), 600, 450);
    for (int k : new int[] {3, 6, 10}) {
      double px = 2 * v.toPixelX(run.trajectory().x(k, 0));
      double py = 2 * v.toPixelY(run.trajectory().x(k, 1));
      assertTrue(Pixels.near(image, px, py, Palette.VERMILLION, 3), "vermillion at iterate " + k);
    }
    assertFalse(Pixels.near(image, 2 * v.toPixelX(-5), 2 * v.toPixelY(0), Palette.VERMILLION, 3), "not far from the path");
  }

  @Test
  void anSvgIsWellFormedXmlContainingThePath(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("family.svg");
    assertEquals(0, cli("export", "--preset", "quadratic-2d", "--out", out.toString()).status());
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    // well-formedness only: do not fetch the SVG DTD from the network
    factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    Document svg = factory.newDocumentBuilder().parse(out.toFile());
    assertEquals("svg", svg.getDocumentElement().getNodeName());
    assertTrue(svg.getElementsByTagName("path").getLength() > 20);
    assertTrue(Files.readString(out).contains("rgb(213,94,0)"), "the run's vermillion path is in it");
  }

  @Test
  void aGifHasOneFramePerStepOrPerKSteps(@TempDir Path dir) throws Exception {
    Path all = dir.resolve("all.gif");
    assertEquals(0, cli("export", "--preset", "quadratic-2d", "--width", "320", "--height", "240", "--out",
        all.toString()).status());
    assertEquals(21, frames(all), "the start and 20 steps");
    Path sparse = dir.resolve("sparse.gif");
    assertEquals(0, cli("export", "--preset", "quadratic-2d", "--width", "320", "--height", "240", "--every", "5",
        "--out", sparse.toString()).status());
    assertEquals(5, frames(sparse), "k = 0, 5, 10, 15, 20");
  }

  private static int frames(Path gif) throws Exception {
    try (ImageInputStream in = ImageIO.createImageInputStream(gif.toFile())) {
      ImageReader reader = ImageIO.getImageReaders(in).next();
      reader.setInput(in);
      return reader.getNumImages(true);
    }
  }

  @Test
  void smallMultiplesPutOnePanelPerEta(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("eta.png");
    CliTest.Result r = cli("export", "--preset", "quadratic-1d", "--eta", "0.05,0.2,1.1", "--view", "1d",
        "--width", "1200", "--height", "450", "--caption", "--out", out.toString());
    assertEquals(0, r.status(), r.err());
    assertEquals(1200, ImageIO.read(out.toFile()).getWidth());
  }

  @Test
  void aFailedWriteLeavesNoFileAndSaysWhy(@TempDir Path dir) {
    Path out = dir.resolve("missing-folder/fig.png");
    CliTest.Result r = cli("export", "--preset", "quadratic-1d", "--out", out.toString());
    assertEquals(1, r.status());
    assertEquals("export: cannot write " + out + ": the folder " + out.getParent() + " does not exist",
        r.err().strip());
    assertFalse(Files.exists(out));
  }

  @Test
  void badExportOptionsAreRefusedWithOneLine() {
    String[][] cases = {
        {"export", "--preset", "quadratic-1d", "--out", "x.jpg"},
        {"export", "--preset", "quadratic-1d", "--out", "x.png", "--view", "2d"},
        {"export", "--preset", "quadratic-1d", "--out", "x.png", "--scale", "0"},
        {"export", "--preset", "quadratic-1d"},
        {"export", "--all-presets"},
    };
    String[] expected = {
        "export: --out must end in .png, .svg or .gif, got x.jpg",
        "export: --view 2d: the function has 1 variable; use --view 1d",
        "export: --scale must be a number in (0, 8], e.g. 1, 2 or 3",
        "export: say where to write: --out FILE.png|.svg|.gif",
        "export: --all-presets needs --dir DIR",
    };
    for (int i = 0; i < cases.length; i++) {
      CliTest.Result r = cli(cases[i]);
      assertEquals(2, r.status(), String.join(" ", cases[i]));
      assertTrue(r.err().startsWith(expected[i]), r.err());
      assertEquals(1, r.err().lines().count());
    }
  }

  @Test
  void everyPresetExports(@TempDir Path dir) throws Exception {
    CliTest.Result r = cli("export", "--all-presets", "--dir", dir.toString(), "--width", "480", "--height", "360");
    assertEquals(0, r.status(), r.err());
    try (var files = Files.list(dir)) {
      List<Path> pngs = files.filter(p -> p.toString().endsWith(".png")).toList();
      assertEquals(PresetLibrary.builtIn().all().size(), pngs.size());
      for (Path p : pngs) {
        BufferedImage image = ImageIO.read(p.toFile());
        assertEquals(480, image.getWidth(), p.getFileName().toString());
      }
    }
  }

  /** The command line draws with no display at all: a separate JVM with DISPLAY unset. */
  @Test
  void exportNeedsNoDisplay(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("headless.png");
    List<String> command = new ArrayList<>(List.of(
        System.getProperty("java.home") + File.separator + "bin" + File.separator + "java",
        "-cp", System.getProperty("java.class.path"), "gdviz.app.Launcher",
        "export", "--preset", "quadratic-2d", "--out", out.toString()));
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
    pb.environment().remove("DISPLAY");
    pb.environment().remove("WAYLAND_DISPLAY");
    Process p = pb.start();
    String output = new String(p.getInputStream().readAllBytes());
    assertTrue(p.waitFor(120, TimeUnit.SECONDS));
    assertEquals(0, p.exitValue(), output);
    assertEquals(900, ImageIO.read(out.toFile()).getWidth());
  }

  @Test
  void exportIntoAReadOnlyFolderSaysSoAndWritesNothing(@TempDir Path tmp) throws Exception {
    Path dir = java.nio.file.Files.createDirectory(tmp.resolve("slides"));
    try (var readOnly = gdviz.plot.export.ReadOnlyFolder.of(dir)) {
      Path out = dir.resolve("bowl.png");
      CliTest.Result r = cli("export", "--preset", "quadratic-2d", "--out", out.toString());
      assertEquals(1, r.status(), r.err());
      assertTrue(r.err().contains("cannot write " + out + ": the folder " + dir + " is not writable"), r.err());
      assertFalse(r.err().contains("Exception"), "a message, not a stack trace: " + r.err());
      try (var files = java.nio.file.Files.list(dir)) {
        assertEquals(0, files.count(), "nothing was left in the folder");
      }
    }
  }
}
