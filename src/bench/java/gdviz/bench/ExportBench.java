package gdviz.bench;

import gdviz.engine.DescentRun;
import gdviz.engine.RunResult;
import gdviz.model.preset.PresetLibrary;
import gdviz.model.preset.RunOverrides;
import gdviz.model.run.RunSetup;
import gdviz.plot.Figure;
import gdviz.plot.FigurePainter;
import gdviz.plot.Figures;
import gdviz.plot.export.FigureFiles;
import gdviz.plot.export.PngEncoder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * PNG export of the 2D view (quadratic-2d: heat map, 16 contour levels, the path) at 1800 × 1350
 * pixels — drawing and PNG encoding, into memory so the disk does not count. The peer script draws
 * and saves the same figure with matplotlib.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
public class ExportBench {
  private Figure figure;

  @Setup
  public void setUp() {
    RunSetup setup = PresetLibrary.builtIn().require("quadratic-2d").setups(RunOverrides.EMPTY).get(0);
    RunResult r = DescentRun.run(setup);
    figure = Figures.of("quadratic-2d", List.of(new Figures.RunData("gd", setup, r.trajectory(), r.outcome())),
        Figure.View.FUNCTION, false, false);
  }

  @Benchmark
  public int png2dAt1800x1350() throws IOException {
    var image = FigureFiles.render((g, w, h) -> FigurePainter.paint(g, figure, w, h), 900, 675, 2);
    ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
    PngEncoder.write(image, out);
    return out.size();
  }
}
