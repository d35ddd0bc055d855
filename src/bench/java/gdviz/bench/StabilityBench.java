package gdviz.bench;

import gdviz.engine.EtaSweep;
import gdviz.model.analysis.ConvergenceRate;
import gdviz.model.analysis.MomentumMap;
import gdviz.model.objective.Curvature;
import gdviz.model.objective.Quadratic;
import gdviz.model.objective.Rosenbrock;
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
 * The stability lab's two computations: the η sweep (200 rates × 2,000 steps of gd on a built-in
 * 2D function, on all cores) and the momentum map (200 × 200 cells of R(η, β)).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Thread)
public class StabilityBench {
  private RunSetup bowl;
  private RunSetup rosenbrock;
  private double[] etas;
  private MomentumMap map;

  @Setup
  public void setUp() {
    bowl = RunSetup.of(Quadratic.weightedSquares(new double[] {1, 25}, "bowl"), -5, -2).steps(2000).build();
    rosenbrock = RunSetup.of(new Rosenbrock(1, 100), -1.2, 1).steps(2000).build();
    etas = EtaSweep.rates(1e-4, 10, 200);
    Curvature c = Curvature.at(bowl.objective(), new double[] {0, 0});
    map = new MomentumMap(ConvergenceRate.Rule.MOMENTUM, c);
  }

  @Benchmark
  public Object sweepQuadratic() {
    return EtaSweep.run(bowl, etas, () -> false);
  }

  @Benchmark
  public Object sweepRosenbrock() {
    return EtaSweep.run(rosenbrock, etas, () -> false);
  }

  @Benchmark
  public double[][] momentumMap() {
    return map.grid(1e-4, 10, 0.999, 200, 200);
  }
}
