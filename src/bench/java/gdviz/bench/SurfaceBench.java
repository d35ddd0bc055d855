package gdviz.bench;

import gdviz.engine.DescentRun;
import gdviz.model.objective.Rosenbrock;
import gdviz.model.run.RunSetup;
import gdviz.plot.PlotTheme;
import gdviz.plot.SurfaceMesh;
import gdviz.plot.SurfacePainter;
import gdviz.plot.Viewport;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
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
 * The 3D view's two layers at 900 × 560: the surface of Rosenbrock's function on a 100 × 100 mesh
 * (the app draws it on a thread of its own when the camera turns) and a 2,000-step path on it (the
 * app draws it on the FX thread in every frame).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Thread)
public class SurfaceBench {
  private SurfaceMesh surface;
  private SurfacePainter.Path path;
  private BufferedImage image;

  @Setup
  public void setUp() {
    Rosenbrock f = new Rosenbrock(1, 100);
    surface = new SurfaceMesh(f, new Viewport(-2, 2, -1, 3, 0, 0, 1, 1), 100);
    RunSetup run = RunSetup.of(f, -1.2, 1).eta(0.001).steps(1999).build();
    path = new SurfacePainter.Path(DescentRun.run(run).trajectory(), 1999, Color.RED, 0, 1);
    image = new BufferedImage(900, 560, BufferedImage.TYPE_INT_ARGB);
  }

  @Benchmark
  public Object surface() {
    Graphics2D g = image.createGraphics();
    PlotTheme.LIGHT.applyTo(g);
    Object d = SurfacePainter.paintSurface(g, surface, SurfacePainter.Camera.DEFAULT, "x1", "x2", 900, 560);
    g.dispose();
    return d;
  }

  @Benchmark
  public void path() {
    Graphics2D g = image.createGraphics();
    PlotTheme.LIGHT.applyTo(g);
    SurfacePainter.paintPaths(g, surface, SurfacePainter.Camera.DEFAULT, List.of(path), 900, 560);
    g.dispose();
  }
}
