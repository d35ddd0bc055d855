package gdviz.bench;

import gdviz.model.objective.Objective;
import gdviz.model.preset.SetupResolver;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * What a keystroke in the function field costs: a classroom function parsed, differentiated twice
 * and compiled to bytecode (value, gradient, Hessian), ready to run.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Thread)
public class CompileBench {
  @Param({"(1 - x)^2 + 100*(y - x^2)^2", "(x^2 + y - 11)^2 + (x + y^2 - 7)^2", "x*cos(0.15*pi*x)",
      "log(exp(x) + exp(-2*x - 3))"})
  public String function;

  @Benchmark
  public Objective parseAndCompile() {
    return SetupResolver.function(function, null);
  }
}
