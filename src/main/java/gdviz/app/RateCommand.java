package gdviz.app;

import gdviz.model.SetupException;
import gdviz.model.analysis.ConvergenceRate;
import gdviz.model.format.Numbers;
import gdviz.model.objective.Curvature;
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

@Command(name = "rate", mixinStandardHelpOptions = true, sortOptions = false,
    description = {
        "The convergence rate that gd, momentum or nesterov has on the setup's function, from its Hessian:",
        "CSV lambda,factor — one row per eigenvalue, ascending, with that direction's factor (the",
        "spectral radius of the method's map along it: the error shrinks by it per step, grows above 1) —",
        "then a row rate,R with the largest factor. Exact for a quadratic; for other functions it is read",
        "at the start point and standard error says so (local)."},
    footer = {"", "Examples:",
        "  gdviz rate --function \"x1^2 + 10*x2^2\" --start -5,-2 --eta 0.09",
        "  gdviz rate --function \"x1^2 + 10*x2^2\" --start -5,-2 --method momentum --eta 0.05 --beta 0.5"})
final class RateCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  RunOptions options;

  @Option(names = "--eta", paramLabel = "η", description = "learning rate (step size), > 0")
  Double eta;

  /** Whether two setups have the same rate: the same function, start, rule, η and β. */
  private static boolean sameRate(RunSetup a, RunSetup b) {
    boolean sameFunction = a.objective() == b.objective()
        || a.objective().description().equals(b.objective().description());
    return sameFunction && java.util.Objects.equals(ConvergenceRate.of(a), ConvergenceRate.of(b))
        && ConvergenceRate.Rule.of(a.method()) == ConvergenceRate.Rule.of(b.method()) && a.eta() == b.eta()
        && java.util.Arrays.equals(a.start(), b.start()) && a.maximize() == b.maximize();
  }

  @Override
  public Integer call() {
    Preset chosen = options.choosePreset();
    if (options.schedule != null) {
      throw new SetupException("rate is the rate of a constant η; with --schedule the step changes every step (rate"
          + " it at one η with --eta)");
    }
    List<RunSetup> setups = options.setups(chosen, options.toSpec(eta));
    RunSetup setup = setups.get(0);
    ConvergenceRate.Setting rule = ConvergenceRate.of(setup);
    for (RunSetup other : setups) { // runs that differ only where the rate does not look (a batch size) rate alike
      if (!sameRate(setup, other)) {
        throw new SetupException("rate speaks for one setup; " + chosen.name() + " has " + setups.size() + " runs ("
            + String.join(", ", setups.stream().map(RunSetup::label).limit(4).toList()) + (setups.size() > 4 ? ", …"
            : "") + ") that differ in method, η or β; rate one of them with --function, or a preset of one run");
      }
    }
    if (rule == null) {
      throw new SetupException("rate knows gd, momentum and nesterov; " + setup.method().id()
          + " has no such fixed linear map on a quadratic");
    }
    Curvature c = Curvature.at(setup.descended(), setup.start());
    if (c == null) {
      throw new SetupException(setup.objective().description() + " has no Hessian at the start point to read "
          + "the rate from");
    }
    List<ConvergenceRate.Direction> directions = rule.directions(c);
    double rate = rule.rate(c);
    for (ConvergenceRate.Direction d : directions) {
      if (!Double.isFinite(d.factor()) || !Double.isFinite(rate)) { // refused before a line is written
        throw new SetupException("η·λ = " + Numbers.format(setup.eta()) + "·" + Numbers.format(d.lambda())
            + " is beyond what a double holds: the run overflows at its first step");
      }
    }
    PrintWriter out = spec.commandLine().getOut();
    out.println("lambda,factor");
    for (ConvergenceRate.Direction d : directions) {
      out.println(d.lambda() + "," + d.factor());
    }
    out.println("rate," + rate);
    out.flush();
    if (!setup.descended().hasConstantHessian()) {
      spec.commandLine().getErr().println("local: the Hessian varies; these are its eigenvalues at the start point");
    }
    return 0;
  }
}
