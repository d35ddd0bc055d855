package gdviz.app;

import gdviz.model.SetupException;
import gdviz.model.preset.Preset;
import gdviz.model.preset.PresetLibrary;
import gdviz.model.preset.RunSpec;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;

/** The options that describe a run, shared by {@code run} and {@code export} (each has its own --eta). */
final class RunOptions {
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

  /** The preset named by --preset or --preset-file, or null for a --function run. */
  Preset choosePreset() {
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
      throw new SetupException("say what to run: --preset NAME or --function EXPR (see --help)");
    }
    return null;
  }

  /** The options as overrides of a preset's settings. */
  RunSpec toSpec(Double eta) {
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
