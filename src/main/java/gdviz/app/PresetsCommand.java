package gdviz.app;

import gdviz.model.preset.Preset;
import gdviz.model.preset.PresetLibrary;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "presets", mixinStandardHelpOptions = true,
    description = "Lists the classroom presets, one per line: name and what the class should see.")
final class PresetsCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    var out = spec.commandLine().getOut();
    var presets = PresetLibrary.builtIn().all();
    int width = presets.stream().mapToInt(p -> p.name().length()).max().orElse(0);
    for (Preset p : presets) {
      out.printf("%-" + width + "s  %s%n", p.name(), p.description());
    }
    out.flush();
    return 0;
  }
}
