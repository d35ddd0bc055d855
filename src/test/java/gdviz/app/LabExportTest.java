package gdviz.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gdviz.engine.DescentRun;
import gdviz.model.preset.PresetLibrary;
import gdviz.model.run.RunSetup;
import gdviz.plot.Figure;
import gdviz.plot.Figures;
import gdviz.plot.LabFigures;
import gdviz.plot.Pixels;
import gdviz.plot.ShownPlots;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code export --view stability | momentum | data}: the window's plots for them, placed as there. */
class LabExportTest {
  private static final Color DIVERGED = new Color(0x8C8C8C);

  private static BufferedImage export(Path dir, String preset, String view) throws Exception {
    Path out = dir.resolve(view + ".png");
    CliTest.Result r = CliTest.cli("export", "--preset", preset, "--view", view, "--out", out.toString());
    assertEquals(0, r.status(), r.err());
    return ImageIO.read(out.toFile());
  }

  @Test
  void theStabilityLabIsTheFunctionOverTheLossTheSweepAndTheMomentumMap() {
    RunSetup s = PresetLibrary.builtIn().require("stability").setups(gdviz.model.preset.RunOverrides.EMPTY).get(0);
    var result = DescentRun.run(s);
    var run = new Figures.RunData(s.label(), s, result.trajectory(), result.outcome());
    Figure f = Figures.of("lab", List.of(run), Figure.View.ALL, true, false);
    ShownPlots plots = LabFigures.stability(f, run, 900, 600);
    assertEquals(List.of("function", "loss", "sweep", "momentum map"), plots.names());
    ShownPlots.Plot function = plots.plots().get(0);
    assertEquals(List.of(0.0, 0.0, 900.0, 330.0), List.of(function.x(), function.y(), function.width(),
        function.height()), "the function plot across the top, 55 % of the height");
    for (int i = 1; i <= 3; i++) {
      ShownPlots.Plot p = plots.plots().get(i);
      assertEquals(List.of(300.0 * (i - 1), 330.0, 300.0, 270.0), List.of(p.x(), p.y(), p.width(), p.height()),
          p.name() + " in the row under it");
    }
  }

  @Test
  void aPlainGradientDescentHasNoMomentumMapInItsLab() {
    RunSetup s = PresetLibrary.builtIn().require("quadratic-2d").setups(gdviz.model.preset.RunOverrides.EMPTY).get(0);
    var result = DescentRun.run(s);
    var run = new Figures.RunData(s.label(), s, result.trajectory(), result.outcome());
    Figure f = Figures.of("lab", List.of(run), Figure.View.ALL, true, false);
    assertEquals(List.of("function", "loss", "sweep"), LabFigures.stability(f, run, 900, 600).names());
  }

  @Test
  void theExportedLabDrawsTheMomentumMapBottomRight(@TempDir Path dir) throws Exception {
    BufferedImage lab = export(dir, "stability", "stability");
    assertEquals(900, lab.getWidth());
    int bottomRight = Pixels.count(lab.getSubimage(600, 400, 300, 275), DIVERGED, 6);
    int bottomLeft = Pixels.count(lab.getSubimage(0, 400, 300, 275), DIVERGED, 6);
    assertTrue(bottomRight > 5_000, "the map's diverging region in grey: " + bottomRight);
    assertTrue(bottomLeft < 500, "the loss plot has no such grey: " + bottomLeft);
    BufferedImage map = export(dir, "stability", "momentum");
    assertTrue(Pixels.count(map, DIVERGED, 6) > 4 * bottomRight, "the map alone fills the figure");
  }

  @Test
  void theDataViewDrawsTheClassesPoints(@TempDir Path dir) throws Exception {
    BufferedImage data = export(dir, "linreg-20pts", "data");
    assertTrue(Pixels.count(data, gdviz.plot.Palette.BLUE, 40) > 200, "the 20 points");
  }

  @Test
  void refusesWhatHasNoSuchPlotInOneLine(@TempDir Path dir) {
    CliTest.Result gd = CliTest.cli("export", "--preset", "quadratic-2d", "--view", "momentum", "--out",
        dir.resolve("a.png").toString());
    assertEquals(2, gd.status());
    assertEquals("export: --view momentum: The momentum map is for momentum and nesterov: choose one of them as the"
        + " method.\n", gd.err());
    CliTest.Result data = CliTest.cli("export", "--preset", "quadratic-2d", "--view", "data", "--out",
        dir.resolve("b.png").toString());
    assertEquals(2, data.status());
    assertEquals("export: --view data draws a data set (least squares or logistic regression) with the run's model;"
        + " this run's function is not one: choose a data preset or --data FILE.csv\n", data.err());
    CliTest.Result oneD = CliTest.cli("export", "--preset", "quadratic-1d", "--view", "stability", "--out",
        dir.resolve("c.png").toString());
    assertEquals("export: --view stability draws a function of two variables (its eigen-directions); this one has"
        + " 1\n", oneD.err());
    CliTest.Result gif = CliTest.cli("export", "--preset", "stability", "--view", "stability", "--out",
        dir.resolve("d.gif").toString());
    assertEquals("export: --view stability makes a still figure of one run: write .png or .svg, one run\n", gif.err());
    assertTrue(!Files.exists(dir.resolve("a.png")) && !Files.exists(dir.resolve("b.png"))
        && !Files.exists(dir.resolve("c.png")) && !Files.exists(dir.resolve("d.gif")), "nothing left behind");
  }

  /** Seeded runs drawn faintly in the run's colour: many more such pixels than the run alone draws. */
  @Test
  void repeatDrawsTheSeededRuns(@TempDir Path dir) throws Exception {
    Path one = dir.resolve("one.png");
    Path many = dir.resolve("many.png");
    assertEquals(0, CliTest.cli("export", "--preset", "noisy-sgd-2d", "--out", one.toString()).status());
    CliTest.Result r = CliTest.cli("export", "--preset", "noisy-sgd-2d", "--repeat", "50", "--out", many.toString());
    assertEquals(0, r.status(), r.err());
    int alone = orange(ImageIO.read(one.toFile()));
    int seeded = orange(ImageIO.read(many.toFile()));
    assertTrue(seeded > alone + 2_000, "50 seeded runs: " + seeded + " orange pixels, the run alone " + alone);
    // on the surface in 3D too
    Path flat = dir.resolve("flat.png");
    Path surface = dir.resolve("surface.png");
    assertEquals(0, CliTest.cli("export", "--preset", "noisy-sgd-2d", "--view", "3d", "--out", flat.toString())
        .status());
    CliTest.Result r3 = CliTest.cli("export", "--preset", "noisy-sgd-2d", "--view", "3d", "--repeat", "50", "--out",
        surface.toString());
    assertEquals(0, r3.status(), r3.err());
    assertTrue(orange(ImageIO.read(surface.toFile())) > orange(ImageIO.read(flat.toFile())) + 2_000,
        "the seeded runs on the surface");
    CliTest.Result gd = CliTest.cli("export", "--preset", "quadratic-2d", "--repeat", "5", "--out",
        dir.resolve("gd.png").toString());
    assertEquals("export: --repeat: method gd does not draw on the seed, so every run would take the same path;"
        + " repeat runs of sgd, minibatch or shrinking\n", gd.err());
  }

  /** Pixels near the run's colour, faint ones (mixed with the plot's colours) included. */
  private static int orange(BufferedImage image) {
    int n = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        Color c = new Color(image.getRGB(x, y));
        if (c.getRed() > c.getGreen() + 60 && c.getRed() > c.getBlue() + 60) {
          n++;
        }
      }
    }
    return n;
  }

  /** --all-presets draws each example's point: the basin map, the lab's plots, the seeded runs. */
  @Test
  void allPresetsDrawEachExamplesOwnPlots(@TempDir Path dir) throws Exception {
    CliTest.Result r = CliTest.cli("export", "--all-presets", "--dir", dir.toString());
    assertEquals(0, r.status(), r.err());
    BufferedImage basins = ImageIO.read(dir.resolve("basins.png").toFile());
    assertTrue(Pixels.count(basins, DIVERGED, 6) > 5_000, "basins: the map's diverged starts in grey");
    BufferedImage lab = ImageIO.read(dir.resolve("stability.png").toFile());
    assertTrue(Pixels.count(lab.getSubimage(600, 400, 300, 275), DIVERGED, 6) > 5_000, "stability: the momentum map");
    Path alone = dir.resolve("alone.png");
    assertEquals(0, CliTest.cli("export", "--preset", "noisy-sgd-2d", "--out", alone.toString()).status());
    assertTrue(orange(ImageIO.read(dir.resolve("noisy-sgd-2d.png").toFile()))
        > orange(ImageIO.read(alone.toFile())) + 2_000, "noisy-sgd-2d: its seeded runs");
  }

  /** 0/1 labels: the sigmoid over one feature, the boundary between two, the classes in their colours. */
  @Test
  void zeroOneLabelsAreDrawnInDataSpace(@TempDir Path dir) throws Exception {
    Path csv = Files.writeString(dir.resolve("admitted.csv"),
        "exam1,exam2,admitted\n1,1,0\n2,1,0\n1,2,0\n3,3,1\n4,3,1\n3,4,1\n2,3,1\n3,1,0\n");
    Path out = dir.resolve("admitted.png");
    CliTest.Result r = CliTest.cli("export", "--data", csv.toString(), "--view", "data", "--out", out.toString());
    assertEquals(0, r.status(), r.err());
    BufferedImage image = ImageIO.read(out.toFile());
    assertTrue(Pixels.count(image, gdviz.plot.Palette.BLUE, 40) > 100, "the admitted rows in blue");
    assertTrue(Pixels.count(image, gdviz.plot.Palette.ORANGE, 40) > 100, "the others in orange");
    Path passed = dir.resolve("passed.png");
    CliTest.Result one = CliTest.cli("export", "--data", "resources/data/exam-passed.csv", "--view", "data",
        "--out", passed.toString());
    assertEquals(0, one.status(), one.err());
  }

  /** Least squares on two features: the rows by y and the prediction's contour lines, labelled. */
  @Test
  void twoFeaturesOfLeastSquaresShowThePredictionsLines(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("scores.svg");
    CliTest.Result r = CliTest.cli("export", "--data", "resources/data/exam-scores.csv", "--standardize", "--steps",
        "500", "--view", "data", "--out", out.toString());
    assertEquals(0, r.status(), r.err());
    String svg = Files.readString(out);
    for (String level : new String[] {"ŷ = 60", "ŷ = 80", "ŷ = 100"}) {
      assertTrue(svg.contains(">" + level + "<"), level);
    }
    assertTrue(svg.contains("rows coloured by y"), "the note says what is drawn");
  }

  /** Each view's plots and where they go: the momentum map and the data fill the figure; seeded runs over their loss. */
  @Test
  void eachViewPlacesItsPlots() {
    RunSetup lab = PresetLibrary.builtIn().require("stability").setups(gdviz.model.preset.RunOverrides.EMPTY).get(0);
    ShownPlots map = LabFigures.momentum(lab, 900, 600);
    assertEquals(List.of("momentum map"), map.names());
    assertEquals(List.of(0.0, 0.0, 900.0, 600.0), place(map.plots().get(0)));
    RunSetup line = PresetLibrary.builtIn().require("linreg-20pts").setups(gdviz.model.preset.RunOverrides.EMPTY).get(0);
    var r = DescentRun.run(line);
    var run = new Figures.RunData(line.label(), line, r.trajectory(), r.outcome());
    Figure data = LabExport.figure("data", Figures.of("fit", List.of(run), Figure.View.ALL, false, false), run, 900,
        600);
    assertEquals(List.of("data"), data.shown().names());
    assertEquals(List.of(0.0, 0.0, 900.0, 600.0), place(data.shown().plots().get(0)));
    RunSetup noisy = PresetLibrary.builtIn().require("noisy-sgd-2d").setups(gdviz.model.preset.RunOverrides.EMPTY).get(0);
    var n = DescentRun.run(noisy);
    var noisyRun = new Figures.RunData(noisy.label(), noisy, n.trajectory(), n.outcome());
    var spread = gdviz.engine.SeededRuns.spread(noisy, 10, "--repeat", () -> false);
    Figure seeded = LabExport.seeded("all", Figures.of("seeded", List.of(noisyRun), Figure.View.ALL, false, false),
        spread, 900, 600);
    assertEquals(List.of("function", "loss"), seeded.shown().names());
    assertEquals(List.of(0.0, 0.0, 900.0, 384.0), place(seeded.shown().plots().get(0)), "64 % of the height");
    assertEquals(List.of(0.0, 384.0, 900.0, 216.0), place(seeded.shown().plots().get(1)));
    assertEquals(List.of("loss"), LabExport.seeded("loss", Figures.of("seeded", List.of(noisyRun), Figure.View.ALL,
        false, false), spread, 900, 600).shown().names());
  }

  private static List<Double> place(ShownPlots.Plot p) {
    return List.of(p.x(), p.y(), p.width(), p.height());
  }
}
