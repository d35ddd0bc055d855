package gdviz.bench;

import gdviz.engine.BasinMap;
import gdviz.model.objective.BuiltinFunctions;
import gdviz.model.run.RunSetup;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The basin map of Himmelblau's function over [−6, 6]², gd with η = 0.01 and no early stop (every
 * start runs all 500 steps unless it diverges), on all cores: the full 256 × 256 map and the
 * coarse 32 × 32 one the app shows first; and the full map of a quadratic.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Thread)
public class BasinBench {
  private RunSetup gd;
  private RunSetup bowl;

  @Setup
  public void setUp() {
    gd = RunSetup.of(BuiltinFunctions.byName("himmelblau").orElseThrow().factory().get(), 0, 0).eta(0.01).steps(500)
        .tolGrad(0.0).build();
    bowl = RunSetup.of(gdviz.model.objective.Quadratic.weightedSquares(new double[] {1, 2}, "bowl"), 0, 0).eta(0.1).steps(500)
        .tolGrad(0.0).build();
  }

  /** The same map of a quadratic, a function compiled into gdviz rather than parsed from text. */
  @Benchmark
  public BasinMap.Result fullQuadratic() {
    return BasinMap.compute(bowl, -6, 6, -6, 6, 256, 256, () -> false);
  }

  @Benchmark
  public BasinMap.Result full() {
    return BasinMap.compute(gd, -6, 6, -6, 6, 256, 256, () -> false);
  }

  @Benchmark
  public BasinMap.Result coarse() {
    return BasinMap.compute(gd, -6, 6, -6, 6, 32, 32, () -> false);
  }
}
