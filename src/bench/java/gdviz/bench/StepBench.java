package gdviz.bench;

import gdviz.model.objective.Objective;
import gdviz.model.objective.Quadratic;
import gdviz.model.objective.Rosenbrock;
import gdviz.model.optim.GradientDescent;
import gdviz.model.preset.SetupResolver;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One gradient-descent step (the update and the gradient at the new point), as the run loop does
 * it: on a built-in 2D function with a hand-written gradient, and on a typed expression whose
 * gradient is the symbolic derivative. Run with {@code -prof gc} to see the allocation per step.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Thread)
public class StepBench {
  private final GradientDescent gd = new GradientDescent(1e-3);
  private Objective bowl;
  private Objective rosenbrock;
  private Objective typedRosenbrock;
  private final double[] x = new double[2];
  private final double[] g = new double[2];

  @Setup
  public void setUp() {
    bowl = Quadratic.weightedSquares(new double[] {1, 2}, "bowl");
    rosenbrock = new Rosenbrock(1, 100);
    typedRosenbrock = SetupResolver.function("(1 - x)^2 + 100*(y - x^2)^2", null);
  }

  private double step(Objective f) {
    // restart near the start so the iterate stays in a realistic range
    if (Math.abs(x[0]) < 1e-3) {
      x[0] = -1.2;
      x[1] = 1;
      f.gradient(x, g);
    }
    gd.step(f, x, g);
    f.gradient(x, g);
    return x[0];
  }

  @Benchmark
  public double builtinQuadratic2d() {
    return step(bowl);
  }

  @Benchmark
  public double builtinRosenbrock() {
    return step(rosenbrock);
  }

  @Benchmark
  public double typedRosenbrock() {
    return step(typedRosenbrock);
  }
}
