package gdviz.app;

import gdviz.engine.DescentRun;
import gdviz.engine.SeededRuns;
import gdviz.engine.TrajectoryCsv;
import gdviz.model.data.LinearRegressionLoss;
import gdviz.model.format.Numbers;
import gdviz.model.objective.DifferenceQuotient;
import gdviz.model.preset.Preset;
import gdviz.model.preset.RunOverrides;
import gdviz.model.preset.SetupResolver;
import gdviz.model.run.RunSetup;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.StringJoiner;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "run", mixinStandardHelpOptions = true, sortOptions = false,
    description = {
        "Runs a preset or a typed function and prints every iterate as CSV on standard output:",
        "k, x (or x1, x2, …), f, grad_norm; presets with several runs add a first column 'run'.",
        "Rows are printed as they are computed: memory does not grow with --steps.",
        "The outcome (converged / stopped / diverging / diverged / left the domain) goes to standard error.",
        "Options given with a preset override the preset's values."},
    footer = {"", "Examples:",
        "  gdviz run --preset quadratic-1d",
        "  gdviz run --preset quadratic-1d --eta 1.1",
        "  gdviz run --function \"x1^2 + 10*x2^2\" --start -5,-2 --method momentum --eta 0.05 --beta 0.8",
        "  gdviz run --function rosenbrock --start -1.2,1 --method adam --eta 0.05 --steps 2000",
        "  gdviz run --function \"x1^2 + 10*x2^2\" --start -5,-2 --method sgd --eta 0.05 --noise 2 --repeat 50"})
final class RunCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  RunOptions options;

  @Option(names = "--eta", paramLabel = "η", description = "learning rate (step size), > 0")
  Double eta;

  @Option(names = "--repeat", paramLabel = "N", description = "N runs with seeds seed, seed+1, … (sgd, minibatch,"
      + " shrinking): one after another, with a column 'seed'")
  Integer repeat;

  @Option(names = "--starts", paramLabel = "grid:NxM|ring:N", description = "many starts at once: a grid over the"
      + " square about x* (or 0) that reaches the start, or a ring through it; a run column 'start i', and where"
      + " they ended")
  String starts;

  @Override
  public Integer call() {
    Preset chosen = options.choosePreset();
    RunOverrides overrides = options.toSpec(eta);
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter out = spec.commandLine().getOut();
    try {
      if (chosen != null && chosen.kind().equals(Preset.KIND_DIFFERENCE_QUOTIENT)) {
        writeDifferenceQuotient(chosen, overrides, out);
        return 0;
      }
      List<RunSetup> setups = options.setups(chosen, overrides);
      boolean multi = chosen != null && chosen.isMultiRun();
      if (starts != null) {
        if (repeat != null || setups.size() > 1) {
          throw new gdviz.model.SetupException("--starts runs one setup from many starts: not with --repeat or a preset"
              + " of several runs");
        }
        setups = gdviz.engine.ManyStartRuns.setups(setups.get(0), starts, "--starts");
        multi = true;
      }
      boolean scheduled = setups.stream().anyMatch(s -> !s.schedule().isConstant());
      List<List<RunSetup>> seeded = new java.util.ArrayList<>();
      List<double[]> ends = new java.util.ArrayList<>();
      List<gdviz.model.analysis.Outcome> outcomes = new java.util.ArrayList<>();
      for (RunSetup setup : setups) {
        seeded.add(repeat == null ? List.of(setup) : SeededRuns.setups(setup, repeat, "--repeat"));
      }
      out.write(TrajectoryCsv.header(setups.get(0).objective().dimension(), multi, repeat != null, scheduled));
      out.write('\n');
      // the run stops when its rows cannot be written: the reader went away (| head -3) or the disk is full
      java.util.function.BooleanSupplier unwritable = out instanceof ConsoleWriter c ? c::failed : out::checkError;
      for (List<RunSetup> runs : seeded) {
        for (RunSetup setup : runs) {
          String seed = repeat == null ? null : Long.toString(setup.seed());
          String first = multi ? (seed == null ? setup.label() : setup.label() + "," + seed) : seed;
          // each row is printed as it is computed and forgotten: memory does not grow with the steps
          DescentRun.Ending end = DescentRun.stream(setup, new TrajectoryCsv.Rows(out, first, scheduled), unwritable);
          out.flush();
          if (unwritable.getAsBoolean()) {
            return unwritten(out, err);
          }
          report(err, (multi ? setup.label() + ": " : "") + (seed == null ? "" : "seed " + seed + ": "), setup, end);
          ends.add(end.last());
          outcomes.add(end.outcome());
        }
      }
      if (starts != null) {
        err.println(gdviz.engine.StartEnds.of(ends, outcomes, gdviz.engine.StartEnds.tolerance(setups.get(0).start()))
            .summary());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      out.flush();
    }
    return 0;
  }

  /** Rows that could not be written: quietly done when the reader went away, else one line and status 1. */
  private static int unwritten(PrintWriter out, PrintWriter err) {
    if (out instanceof ConsoleWriter c && c.readerGone()) {
      return 0;
    }
    err.println("run: cannot write the rows" + (out instanceof ConsoleWriter c && c.failure() != null ? ": "
        + c.failure() : "") + "; the run stopped");
    return 1;
  }

  private static void report(PrintWriter err, String prefix, RunSetup setup, DescentRun.Ending end) {
    err.println(prefix + end.outcome().message());
    if (!setup.parameterNames().equals(RunSetup.defaultNames(setup.objective().dimension()))) {
      err.println(prefix + "parameters: " + names(setup));
    }
    double sign = setup.maximize() ? -1 : 1;
    double lastValue = setup.objective().value(end.last());
    if (sign * end.bestValue() < sign * lastValue) {
      err.println(prefix + "best at step " + end.bestStep() + ": " + point(setup, end.bestPoint())
          + ", f = " + end.bestValue());
    }
    if (setup.objective() instanceof LinearRegressionLoss loss) {
      double[] exact = loss.closedFormMinimizer();
      String note = loss.closedFormNote();
      if (exact != null) {
        err.println(prefix + "closed-form least-squares solution" + (note.isEmpty() ? "" : ", " + note) + ": "
            + point(setup, exact) + ", f = " + setup.objective().value(exact));
      } else {
        err.println(prefix + "closed-form least-squares solution: " + note);
      }
    }
    if (setup.objective() instanceof gdviz.model.data.LogisticLoss logistic) {
      boolean finite = java.util.Arrays.stream(end.last()).allMatch(Double::isFinite);
      err.println(prefix + "logistic regression (every y is 0 or 1): " + (finite ? "accuracy " + Numbers.compact(
          Numbers.round(100 * logistic.accuracy(end.last()), 4)) + " % of rows (predicting 1 where θ₀ + θ·x ≥ 0)"
          : "no accuracy: the run ended at a point that is not a number"));
    }
    if (setup.objective() instanceof LinearRegressionLoss loss && loss.report() != null) {
      LinearRegressionLoss.Report r = loss.report();
      err.println(prefix + r.label() + ": " + loss.reportedValue(end.last()) + " (J = " + lastValue + ")"
          + (r.note().isEmpty() ? "" : " — " + r.note()));
    }
    err.flush();
  }

  /** "x1 = θ0, x2 = θ1": the CSV's columns and the names the preset gives them. */
  private static String names(RunSetup setup) {
    List<String> columns = TrajectoryCsv.parameterColumns(setup.objective().dimension());
    StringJoiner s = new StringJoiner(", ");
    for (int i = 0; i < columns.size(); i++) {
      s.add(columns.get(i) + " = " + setup.parameterName(i));
    }
    return s.toString();
  }

  private static String point(RunSetup setup, double[] x) {
    StringJoiner joined = new StringJoiner(", ");
    for (int i = 0; i < x.length; i++) {
      joined.add(setup.parameterName(i) + " = " + x[i]);
    }
    return joined.toString();
  }

  private void writeDifferenceQuotient(Preset chosen, RunOverrides overrides, Writer out) throws IOException {
    RunOverrides merged = chosen.base().overriddenBy(overrides);
    var f = SetupResolver.objective(merged, chosen.description());
    Preset.DerivativeCheck c = chosen.derivativeCheckOrDefault();
    double h = c.hOrDefault();
    double from = c.fromOrDefault();
    double to = c.toOrDefault();
    int points = c.pointsOrDefault();
    // the samples first: a bad derivativeCheck is refused before a line is written
    List<DifferenceQuotient.Sample> samples = DifferenceQuotient.table(f, from, to, points, h);
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
    for (DifferenceQuotient.Sample s : samples) {
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
}
