package gdviz.bench;

import gdviz.plot.FunctionGrid;
import gdviz.plot.MarchingSquares;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Contour lines of a sampled grid, 20 levels, segments joined into lines — the same grid and levels
 * as the peer script gives contourpy ({@link PeerGrid}).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
public class ContourBench {
  @Param({"200", "1000"})
  public int n;

  private FunctionGrid grid;
  private double[] levels;

  @Setup
  public void setUp() {
    grid = PeerGrid.grid(n);
    levels = PeerGrid.levels(grid, 20);
  }

  /** As the contour painter does it: one workspace for the grid, every level through it. */
  @Benchmark
  public List<MarchingSquares.Polyline> contourLines() {
    List<MarchingSquares.Polyline> all = new ArrayList<>();
    MarchingSquares.Workspace workspace = new MarchingSquares.Workspace(grid);
    for (double level : levels) {
      all.addAll(workspace.contour(level));
    }
    return all;
  }
}
