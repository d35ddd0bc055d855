package gdviz.app;

import gdviz.model.format.Numbers;
import gdviz.model.method.Knob;
import gdviz.model.method.Method;
import gdviz.model.optim.Methods;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "methods", mixinStandardHelpOptions = true,
    description = {"Lists the optimization methods that --method accepts: each with its default η, its update as a",
        "formula, the torch.optim or SciPy call that computes the same iterates (or how it differs), and its knobs."})
final class MethodsCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    var out = spec.commandLine().getOut();
    for (Method m : Methods.all()) {
      out.printf("%-11s η=%-5s %s%n", m.id(), Numbers.format(m.defaultEta()), m.summary());
      out.printf("%-19s update: %s%n", "", m.rule());
      if (!m.sameAs().isEmpty()) {
        out.printf("%-19s frameworks: %s%n", "", m.sameAs());
      }
      for (Knob k : m.knobs()) {
        String def = k.defaultText().isEmpty() ? "" : " (default " + k.defaultText() + ")";
        out.printf("%-19s %s %s, %s: %s%s%n", "", k.option(), k.symbol(), k.rangeText(), k.help(), def);
      }
    }
    out.flush();
    return 0;
  }
}
