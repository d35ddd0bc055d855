package gdviz.app;

import gdviz.model.objective.BuiltinFunctions;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "functions", mixinStandardHelpOptions = true,
    description = "Lists the built-in functions that --function accepts by name (any other text is read "
        + "as a typed expression).")
final class FunctionsCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    var out = spec.commandLine().getOut();
    for (var b : BuiltinFunctions.all()) {
      out.printf("%-18s %s%n", b.name(), b.summary());
    }
    out.flush();
    return 0;
  }
}
