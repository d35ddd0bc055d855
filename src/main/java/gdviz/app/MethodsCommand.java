package gdviz.app;

import gdviz.model.Method;
import gdviz.model.Numbers;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "methods", mixinStandardHelpOptions = true,
    description = "Lists the optimization methods that --method accepts, with their default η and parameters.")
final class MethodsCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    var out = spec.commandLine().getOut();
    for (Method m : Method.values()) {
      out.printf("%-11s η=%-5s %s%n", m.id(), Numbers.format(m.defaultEta()), m.summary());
    }
    out.flush();
    return 0;
  }
}
