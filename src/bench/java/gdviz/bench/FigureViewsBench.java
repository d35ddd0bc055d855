package gdviz.bench;

import gdviz.engine.DescentRun;
import gdviz.engine.RunResult;
import gdviz.model.data.LinearRegressionLoss;
import gdviz.model.data.LogisticLoss;
import gdviz.model.preset.PresetLibrary;
import gdviz.model.preset.RunOverrides;
import gdviz.model.run.RunSetup;
import gdviz.plot.DataSpacePainter;
import gdviz.plot.Figure;
import gdviz.plot.FigurePainter;
import gdviz.plot.Figures;
import gdviz.plot.LabFigures;
import gdviz.plot.Palette;
import gdviz.plot.export.FigureFiles;
import gdviz.plot.export.PngEncoder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The views issue 24 added, timed: the stability lab's plots exported at 1800 × 1350 pixels (the
 * sweep is computed beforehand, as the window has it; drawing and PNG encoding into memory), and
 * the data panel drawn for 10,000 rows at a window's panel size (600 × 400), which a slider frame
 * must fit (16.7 ms).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
public class FigureViewsBench {
  private Figure lab;
  private LogisticLoss classes;
  private LinearRegressionLoss regression;
  private final double[] boundary = {-1, 0.4, 0.3};
  private final double[] line = {0.5, 1, -2, 0.3};
  private java.awt.image.BufferedImage panel;

  @Setup
  public void setUp() {
    RunSetup setup = PresetLibrary.builtIn().require("stability").setups(RunOverrides.EMPTY).get(0);
    RunResult r = DescentRun.run(setup);
    var run = new Figures.RunData(setup.label(), setup, r.trajectory(), r.outcome());
    Figure base = Figures.of("stability", List.of(run), Figure.View.ALL, true, false);
    lab = base.showing(LabFigures.stability(base, run, 900, 675));
    Random random = new Random(7);
    int m = 10_000;
    double[][] two = new double[m][2];
    double[] labels = new double[m];
    double[][] three = new double[m][3];
    double[] y = new double[m];
    for (int i = 0; i < m; i++) {
      two[i][0] = random.nextGaussian() * 2 + 3;
      two[i][1] = random.nextGaussian() * 2 + 3;
      labels[i] = 0.4 * two[i][0] + 0.3 * two[i][1] + random.nextGaussian() > 1 ? 1 : 0;
      for (int j = 0; j < 3; j++) {
        three[i][j] = random.nextGaussian();
      }
      y[i] = 1 + three[i][0] - 2 * three[i][1] + 0.3 * three[i][2] + random.nextGaussian() * 0.1;
    }
    classes = new LogisticLoss(two, labels, "10,000 rows, 2 features, 0/1");
    regression = new LinearRegressionLoss(three, y, LinearRegressionLoss.Intercept.FIRST,
        LinearRegressionLoss.Scale.MEAN_HALF, "10,000 rows, 3 features");
    panel = new java.awt.image.BufferedImage(600, 400, java.awt.image.BufferedImage.TYPE_INT_ARGB);
  }

  @Benchmark
  public int stabilityLabPngAt1800x1350() throws IOException {
    var image = FigureFiles.render((g, w, h) -> FigurePainter.paint(g, lab, w, h), 900, 675, 2);
    ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
    PngEncoder.write(image, out);
    return out.size();
  }

  @Benchmark
  public java.awt.image.BufferedImage dataPanelBoundary10000Rows() {
    var g = panel.createGraphics();
    DataSpacePainter.paint(g, classes, boundary, null, Palette.VERMILLION, List.of("b", "w1", "w2"), 600, 400);
    g.dispose();
    return panel;
  }

  @Benchmark
  public java.awt.image.BufferedImage dataPanelPredictions10000Rows() {
    var g = panel.createGraphics();
    DataSpacePainter.paint(g, regression, line, null, Palette.VERMILLION, List.of("b", "w1", "w2", "w3"), 600, 400);
    g.dispose();
    return panel;
  }
}
