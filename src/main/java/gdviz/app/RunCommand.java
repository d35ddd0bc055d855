package gdviz.app;

import gdviz.engine.DescentRun;
import gdviz.engine.RunResult;
import gdviz.engine.Trajectory;
import gdviz.model.DataObjective;
import gdviz.model.DifferenceQuotient;
import gdviz.model.Numbers;
import gdviz.model.RunSetup;
import gdviz.model.SetupException;
import gdviz.model.preset.Preset;
import gdviz.model.preset.PresetLibrary;
import gdviz.model.preset.RunSpec;
import gdviz.model.preset.SetupResolver;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "run", mixinStandardHelpOptions = true, sortOptions = false,
    description = {
        "Runs a preset or a typed function and prints every iterate as CSV on standard output:",
        "k, x (or x1, x2, …), f, grad_norm; presets with several runs add a first column 'run'.",
        "The outcome (converged / stopped / diverged / left the domain) goes to standard error.",
        "Options given with a preset override the preset's values."},
    footer = {"", "Examples:",
        "  gdviz run --preset quadratic-1d",
        "  gdviz run --preset quadratic-1d --eta 1.1",
        "  gdviz run --function \"x1^2 + 10*x2^2\" --start -5,-2 --method momentum --eta 0.05 --beta 0.8",
        "  gdviz run --function rosenbrock --start -1.2,1 --method adam --eta 0.05 --steps 2000"})
final class RunCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = "--preset", paramLabel = "NAME", description = "a preset by name (see: gdviz presets)")
  String preset;

  @Option(names = "--preset-file", paramLabel = "FILE", description = "a preset file of your own (JSON)")
  Path presetFile;

  @Option(names = "--function", paramLabel = "EXPR",
      description = "a built-in name (see: gdviz functions) or a typed function of x, of x and y, or of x1, x2, …")
  String function;

  @Option(names = "--constant", paramLabel = "NAME=VALUE",
      description = "a named constant for the function, e.g. c=0.15*pi (repeatable)")
  List<String> constants;

  @Option(names = "--rotate", paramLabel = "DEGREES", description = "rotate a 2D function's coordinates")
  Double rotate;

  @Option(names = "--start", paramLabel = "A[,B,…]", description = "start point, e.g. 10 or -5,-2")
  String start;

  @Option(names = "--method", paramLabel = "NAME", description = "gd, sgd, minibatch, momentum, nesterov, adagrad, "
      + "rmsprop, adadelta, adam, newton, precond, linesearch, candidates, shrinking (default gd)")
  String method;

  @Option(names = "--eta", paramLabel = "η", description = "learning rate (step size), > 0")
  Double eta;

  @Option(names = "--steps", paramLabel = "N", description = "step budget (default 100)")
  Long steps;

  @Option(names = "--seed", paramLabel = "N", description = "seed for noise, shuffling and random starts")
  Long seed;

  @Option(names = "--tol-grad", paramLabel = "TOL", description = "stop when every |∂f/∂xᵢ| ≤ TOL")
  Double tolGrad;

  @Option(names = "--tol-improve", paramLabel = "TOL", description = "stop when a step changes f by less than TOL")
  Double tolImprove;

  @Option(names = "--beta", description = "momentum / nesterov: β (0.9)")
  Double beta;

  @Option(names = "--beta1", description = "adam: β₁ (0.9)")
  Double beta1;

  @Option(names = "--beta2", description = "adam: β₂ (0.999)")
  Double beta2;

  @Option(names = "--eps", description = "adagrad, rmsprop, adadelta, adam: ε")
  Double eps;

  @Option(names = "--gamma", description = "rmsprop: γ (0.9)")
  Double gamma;

  @Option(names = "--rho", description = "adadelta: ρ (0.9)")
  Double rho;

  @Option(names = "--noise", paramLabel = "σ", description = "sgd: σ of the Gaussian gradient noise (1)")
  Double noise;

  @Option(names = "--batch-size", paramLabel = "N", description = "minibatch: samples per step (10)")
  Integer batchSize;

  @Option(names = "--epochs", paramLabel = "N", description = "minibatch: passes over the data (3)")
  Integer epochs;

  @Option(names = "--patience", paramLabel = "N", description = "shrinking: epochs without improvement before it stops (100)")
  Integer patience;

  @Option(names = "--line-search", paramLabel = "armijo|exact", description = "linesearch: the rule (armijo)")
  String lineSearch;

  @Option(names = "--bracket", paramLabel = "A,B", description = "linesearch exact: the step interval [A, B] (0,η)")
  String bracket;

  @Option(names = "--abs-hessian", arity = "0..1", fallbackValue = "true",
      description = "newton: divide by |f''| (|H|) so negative curvature cannot send x uphill")
  Boolean absHessian;

  @Option(names = "--maximize", arity = "0..1", fallbackValue = "true",
      description = "climb to a maximum: minimize −f")
  Boolean maximize;

  @Override
  public Integer call() {
    Preset chosen = choosePreset();
    RunSpec overrides = overrides();
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter out = spec.commandLine().getOut();
    try {
      if (chosen != null && chosen.kind().equals(Preset.KIND_DIFFERENCE_QUOTIENT)) {
        writeDifferenceQuotient(chosen, overrides, out);
        return 0;
      }
      List<RunSetup> setups = chosen != null ? chosen.setups(overrides)
          : List.of(SetupResolver.resolve(overrides, "run", "data"));
      boolean multi = chosen != null && chosen.isMultiRun();
      out.write(TrajectoryCsv.header(setups.get(0).objective().dimension(), multi));
      out.write('\n');
      for (RunSetup setup : setups) {
        RunResult result = DescentRun.run(setup);
        TrajectoryCsv.writeRows(out, multi ? setup.label() : null, result.trajectory());
        out.flush();
        report(err, multi ? setup.label() + ": " : "", setup, result);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      out.flush();
    }
    return 0;
  }

  private Preset choosePreset() {
    if (preset != null && presetFile != null) {
      throw new SetupException("give --preset or --preset-file, not both");
    }
    if (presetFile != null) {
      return PresetLibrary.readFile(presetFile);
    }
    if (preset != null) {
      return PresetLibrary.builtIn().require(preset);
    }
    if (function == null) {
      throw new SetupException("say what to run: --preset NAME or --function EXPR (see gdviz run --help)");
    }
    return null;
  }

  private static void report(PrintWriter err, String prefix, RunSetup setup, RunResult result) {
    err.println(prefix + result.outcome().message());
    Trajectory t = result.trajectory();
    int last = t.size() - 1;
    double sign = setup.maximize() ? -1 : 1;
    if (sign * t.value(result.bestIndex()) < sign * t.value(last)) {
      err.println(prefix + "best at step " + result.bestIndex() + ": " + point(t.x(result.bestIndex()))
          + ", f = " + t.value(result.bestIndex()));
    }
    if (setup.objective() instanceof DataObjective data) {
      double[] exact = data.closedFormMinimizer();
      if (exact != null) {
        err.println(prefix + "closed-form least-squares solution: " + point(exact) + ", f = "
            + setup.objective().value(exact));
      }
    }
    err.flush();
  }

  private static String point(double[] x) {
    List<String> names = TrajectoryCsv.parameterColumns(x.length);
    StringJoiner joined = new StringJoiner(", ");
    for (int i = 0; i < x.length; i++) {
      joined.add(names.get(i) + " = " + x[i]);
    }
    return joined.toString();
  }

  private void writeDifferenceQuotient(Preset chosen, RunSpec overrides, Writer out) throws IOException {
    RunSpec merged = chosen.base().overriddenBy(overrides);
    var f = SetupResolver.objective(merged, chosen.description());
    Preset.DerivativeCheck c = chosen.derivativeCheck();
    double h = c != null && c.h() != null ? c.h() : 1e-5;
    double from = c != null && c.from() != null ? c.from() : -10;
    double to = c != null && c.to() != null ? c.to() : 10;
    int points = c != null && c.points() != null ? c.points() : 21;
    List<String> names = TrajectoryCsv.parameterColumns(f.dimension());
    StringJoiner header = new StringJoiner(",");
    names.forEach(header::add);
    header.add("f");
    for (String n : names) {
      String suffix = f.dimension() == 1 ? "" : "_" + n;
      header.add("exact" + suffix).add("forward_difference" + suffix);
    }
    header.add("max_abs_error");
    out.write(header + "\n");
    for (DifferenceQuotient.Sample s : DifferenceQuotient.table(f, from, to, points, h)) {
      StringJoiner row = new StringJoiner(",");
      for (double xi : s.x()) {
        row.add(Double.toString(xi));
      }
      row.add(Double.toString(s.value()));
      for (int i = 0; i < s.exact().length; i++) {
        row.add(Double.toString(s.exact()[i])).add(Double.toString(s.estimate()[i]));
      }
      row.add(Double.toString(s.maxError()));
      out.write(row + "\n");
    }
    spec.commandLine().getErr().println("forward difference with h = " + Numbers.format(h) + " at " + points
        + " points of [" + Numbers.format(from) + ", " + Numbers.format(to) + "]");
  }

  private RunSpec overrides() {
    return new RunSpec(null, function, constantMap(), null, rotate, numbers("--start", start), null, method, eta,
        steps, seed, tolGrad, tolImprove, maximize, beta, beta1, beta2, eps, gamma, rho, noise, batchSize, epochs,
        absHessian, lineSearch, numbers("--bracket", bracket), null, patience);
  }

  private Map<String, String> constantMap() {
    if (constants == null) {
      return null;
    }
    Map<String, String> map = new LinkedHashMap<>();
    for (String c : constants) {
      int eq = c.indexOf('=');
      if (eq <= 0) {
        throw new SetupException("--constant must look like NAME=VALUE, e.g. c=0.15*pi; got '" + c + "'");
      }
      map.put(c.substring(0, eq).trim(), c.substring(eq + 1).trim());
    }
    return map;
  }

  /** "−5,−2" → {−5, −2}, with a message naming the option and the bad item. */
  static double[] numbers(String option, String text) {
    if (text == null) {
      return null;
    }
    String[] parts = text.split(",", -1);
    double[] values = new double[parts.length];
    for (int i = 0; i < parts.length; i++) {
      String p = parts[i].trim();
      try {
        values[i] = Double.parseDouble(p);
      } catch (NumberFormatException e) {
        throw new SetupException(option + ": '" + p + "' (item " + (i + 1) + " of '" + text
            + "') is not a number; write numbers separated by commas, e.g. -5,-2");
      }
      if (p.endsWith("d") || p.endsWith("D") || p.endsWith("f") || p.endsWith("F")) {
        throw new SetupException(option + ": '" + p + "' is not a plain number");
      }
    }
    return values;
  }
}
