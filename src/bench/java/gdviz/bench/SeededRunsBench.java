package gdviz.bench;

import gdviz.engine.RunSpread;
import gdviz.engine.SeededRuns;
import gdviz.model.method.KnobValues;
import gdviz.model.objective.Quadratic;
import gdviz.model.optim.Methods;
import gdviz.model.run.RunSetup;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** 50 seeded sgd runs of 2,000 steps on a 2D quadratic (on all cores), then their spread per step. */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Thread)
public class SeededRunsBench {
  private List<RunSetup> setups;

  @Setup
  public void setUp() {
    RunSetup sgd = RunSetup.of(Quadratic.weightedSquares(new double[] {1, 2}, "bowl"), -5, -2)
        .method(Methods.byId("sgd").orElseThrow()).eta(0.1).knobs(KnobValues.NONE).steps(2000).build();
    setups = SeededRuns.setups(sgd, 50, "bench");
  }

  @Benchmark
  public RunSpread fiftyNoisyRuns() {
    return RunSpread.of(SeededRuns.run(setups, () -> false));
  }
}
