package gdviz.app;

import gdviz.model.Numbers;
import gdviz.model.method.Knob;
import gdviz.model.method.Method;
import gdviz.model.method.Methods;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "methods", mixinStandardHelpOptions = true,
    description = "Lists the optimization methods that --method accepts, with their default η and knobs.")
final class MethodsCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    var out = spec.commandLine().getOut();
    for (Method m : Methods.all()) {
      out.printf("%-11s η=%-5s %s%n", m.id(), Numbers.format(m.defaultEta()), m.summary());
      for (Knob k : m.knobs()) {
        String def = k.defaultText().isEmpty() ? "" : " (default " + k.defaultText() + ")";
        out.printf("%-19s %s %s, %s: %s%s%n", "", k.option(), k.symbol(), k.rangeText(), k.help(), def);
      }
    }
    out.flush();
    return 0;
  }
}
