package gdviz.app;

import gdviz.engine.EtaSweep;
import gdviz.model.SetupException;
import gdviz.model.preset.Preset;
import gdviz.model.run.RunSetup;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "sweep", mixinStandardHelpOptions = true, sortOptions = false,
    description = {
        "Runs the same setup at many learning rates and prints one CSV row per rate:",
        "eta,f_final,f_best,steps,outcome — f at the last step, the lowest f on the way (the highest",
        "when maximizing), the steps taken, and how the run ended (converged, stopped, diverging,",
        "diverged, left the domain). The rates are spaced evenly in log η from A to B, both exactly.",
        "Presets with several runs sweep each, with a first column 'run'."},
    footer = {"", "Examples:",
        "  gdviz sweep --preset quadratic-1d --eta-range 0.01:2 --points 9",
        "  gdviz sweep --function \"x1^2 + 10*x2^2\" --start -5,-2 --method momentum --eta-range 1e-4:1 --points 200"})
final class SweepCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  RunOptions options;

  @Option(names = "--eta-range", paramLabel = "A:B", required = true,
      description = "the smallest and the largest η, e.g. 1e-4:10")
  String range;

  @Option(names = "--points", paramLabel = "N", description = "how many rates (default 200)")
  int points = 200;

  @Override
  public Integer call() {
    Preset chosen = options.choosePreset();
    var overrides = options.toSpec(null);
    List<RunSetup> setups = options.setups(chosen, overrides);
    double[] etas = rates();
    boolean multi = setups.size() > 1;
    PrintWriter out = spec.commandLine().getOut();
    out.println((multi ? "run," : "") + "eta,f_final,f_best,steps,outcome");
    for (RunSetup setup : setups) {
      for (EtaSweep.Point p : EtaSweep.run(setup, etas, () -> false)) {
        out.println((multi ? setup.label() + "," : "") + p.eta() + "," + p.fFinal() + "," + p.fBest() + ","
            + p.steps() + "," + p.outcome().label());
      }
      out.flush();
    }
    return 0;
  }

  private double[] rates() {
    String[] ab = range.split(":", -1);
    if (ab.length != 2) {
      throw new SetupException("--eta-range must be A:B, e.g. 1e-4:10, got \"" + range + "\"");
    }
    try {
      return EtaSweep.rates(Double.parseDouble(ab[0].trim()), Double.parseDouble(ab[1].trim()), points);
    } catch (NumberFormatException e) {
      throw new SetupException("--eta-range must be two numbers A:B, e.g. 1e-4:10, got \"" + range + "\"");
    } catch (IllegalArgumentException e) {
      throw new SetupException("--eta-range / --points: " + e.getMessage());
    }
  }
}
