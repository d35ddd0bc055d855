package gdviz.app;

import gdviz.model.SetupException;
import gdviz.model.format.Quote;
import gdviz.model.method.Knob;
import gdviz.model.method.Method;
import gdviz.model.optim.Methods;
import gdviz.model.preset.Preset;
import gdviz.model.preset.PresetLibrary;
import gdviz.model.preset.RunOverrides;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
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

  @Option(names = "--data", paramLabel = "FILE.csv", description = "a data set: a header line, then rows of numbers;"
      + " the last column is y. Least squares, or logistic regression when every y is 0 or 1")
  Path data;

  @Option(names = "--standardize", description = "with --data: each feature moved to mean 0 and divided by its"
      + " standard deviation")
  boolean standardize;

  @Option(names = "--constant", paramLabel = "NAME=VALUE",
      description = "a named constant for the function, e.g. c=0.15*pi (repeatable)")
  List<String> constants;

  @Option(names = "--rotate", paramLabel = "DEGREES", description = "rotate a 2D function's coordinates")
  Double rotate;

  @Option(names = "--start", paramLabel = "A[,B,…]", description = "start point, e.g. 10 or -5,-2")
  String start;

  @Option(names = "--method", paramLabel = "NAME", description = "the method (default gd); see: gdviz methods")
  String method;

  @Option(names = "--steps", paramLabel = "N", converter = StepsConverter.class,
      description = "step budget (default 100, at most 1,000,000,000)")
  Long steps;

  @Option(names = "--seed", paramLabel = "N", description = "seed for noise, shuffling and random starts")
  Long seed;

  @Option(names = "--tol-grad", paramLabel = "TOL", description = "stop when every |∂f/∂xᵢ| ≤ TOL")
  Double tolGrad;

  @Option(names = "--tol-improve", paramLabel = "TOL", description = "stop when a step changes f by less than TOL")
  Double tolImprove;

  @Option(names = "--maximize", arity = "0..1", fallbackValue = "true",
      description = "climb to a maximum: minimize −f")
  Boolean maximize;

  @Option(names = "--schedule", paramLabel = "SPEC", description = "η·s(k) for step k: constant, step:γ:K "
      + "(s = γ^⌊k/K⌋), exp:λ (e^(−λk)), poly:λ:p ((1+λk)^(−p)), cosine:T:W:r (warm-up over W steps, cosine to r by T)")
  String schedule;

  @Option(names = "--names", paramLabel = "A,B,…",
      description = "names for the parameters in plots and captions, e.g. θ0,θ1 (the CSV keeps x1, x2, …)")
  String names;

  /** The knob options' text as typed, by knob name (options built from the methods' declarations). */
  final Map<String, String> knobText = new LinkedHashMap<>();

  /** The preset named by --preset or --preset-file, or null for a --function run. */
  Preset choosePreset() {
    if (preset != null && presetFile != null) {
      throw new SetupException("give --preset or --preset-file, not both");
    }
    if (data != null && (preset != null || presetFile != null)) {
      throw new SetupException("give --data or a preset, not both: a preset's η, start and method were chosen for"
          + " its own function (--data alone starts at 0 with gd)");
    }
    if (presetFile != null) {
      return PresetLibrary.readFile(presetFile);
    }
    if (preset != null) {
      return PresetLibrary.builtIn().require(preset);
    }
    if (function == null && data == null) {
      throw new SetupException("say what to run: --preset NAME, --function EXPR or --data FILE.csv (see --help)");
    }
    return null;
  }

  /** The options as overrides of a preset's settings. */
  RunOverrides toSpec(Double eta) {
    if (schedule != null && schedule.isBlank()) {
      throw new SetupException("--schedule is empty; give constant, step:γ:K, exp:λ, poly:λ:p or cosine:T:W:r");
    }
    RunOverrides.Builder b = RunOverrides.builder().function(function).constants(constantMap()).rotate(rotate)
        .start(numbers("--start", start)).method(method).eta(eta).steps(steps).seed(seed).tolGrad(tolGrad)
        .tolImprove(tolImprove).maximize(maximize).schedule(schedule)
        .parameters(names == null ? null : java.util.Arrays.stream(names.split(",")).map(String::trim).toList());
    knobText.forEach((name, text) -> b.knob(name, Methods.anyKnob(name).orElseThrow().parse(text)));
    if (standardize && data == null) {
      throw new SetupException("--standardize goes with --data FILE.csv");
    }
    if (data != null) {
      b.data(gdviz.model.preset.DataSpec.ofFile(data.toString(), standardize));
      List<String> columns = DataColumns.parameterNames(data);
      if (names == null) { // the parameters by the CSV's column names: the intercept, then a weight per feature
        b.parameters(columns);
      }
      if (start == null && columns != null) {
        b.start(new double[columns.size()]); // all parameters 0, as a fit usually starts
      }
    }
    return b.build();
  }

  /**
   * The runs to compute: the preset's (or one of a --function or --data), with {@code overrides}
   * applied; a knob typed for none of them is refused ({@link #checkKnobsUsed}).
   */
  java.util.List<gdviz.model.run.RunSetup> setups(Preset chosen, RunOverrides overrides) {
    java.util.List<gdviz.model.run.RunSetup> setups = chosen != null ? chosen.setups(overrides)
        : java.util.List.of(gdviz.model.preset.SetupResolver.resolve(overrides, "run", "data"));
    checkKnobsUsed(setups);
    return setups;
  }

  /**
   * Refuses a knob typed on the command line that no run's method has ({@code --beta} with gd):
   * it would be ignored without a word. With several runs it must belong to at least one of them.
   */
  void checkKnobsUsed(java.util.List<gdviz.model.run.RunSetup> setups) {
    for (String name : knobText.keySet()) {
      if (setups.stream().noneMatch(s -> s.method().knob(name).isPresent())) {
        Knob k = Methods.anyKnob(name).orElseThrow();
        String methods = setups.stream().map(s -> s.method().id()).distinct().collect(
            java.util.stream.Collectors.joining(", "));
        String owners = Methods.knobUsers().get(name).stream().map(Method::id).collect(
            java.util.stream.Collectors.joining(", "));
        throw new SetupException(k.option() + ": " + methods + (methods.contains(",") ? " have" : " has") + " no knob "
            + k.symbol() + " (" + owners + (owners.contains(",") ? " have" : " has") + " it)");
      }
    }
  }

  /** --steps: a whole number from 0 to {@link gdviz.model.run.RunSetup#MAX_STEPS}. */
  static final class StepsConverter implements picocli.CommandLine.ITypeConverter<Long> {
    @Override
    public Long convert(String value) {
      try {
        return Long.parseLong(value.strip());
      } catch (NumberFormatException e) {
        throw new picocli.CommandLine.TypeConversionException(String.format(java.util.Locale.ROOT,
            "must be a whole number from 0 to %,d, got %s", gdviz.model.run.RunSetup.MAX_STEPS, Quote.of(value)));
      }
    }
  }

  /**
   * Adds one option per knob name of every method ({@code --beta}, {@code --batch-size} …) to a
   * command that mixes these options in; what is typed lands in {@link #knobText}.
   */
  static void addKnobOptions(CommandSpec command, RunOptions target) {
    Methods.knobUsers().forEach((name, users) -> {
      Knob k = Methods.anyKnob(name).orElseThrow();
      // a choice's label lists every method's choices (cg and bfgs also know wolfe)
      java.util.Set<String> choices = new java.util.LinkedHashSet<>();
      users.forEach(m -> choices.addAll(m.knob(name).orElseThrow().choices()));
      OptionSpec.Builder o = OptionSpec.builder(k.option())
          .paramLabel(k.type() == Knob.Type.INTERVAL ? "A,B" : k.type() == Knob.Type.CHOICE
              ? String.join("|", choices) : k.symbol())
          .type(String.class)
          .description(knobHelp(k, users))
          .setter(new picocli.CommandLine.Model.ISetter() {
            @Override
            public <T> T set(T value) {
              if (value != null) { // picocli first sets every option to its (absent) default
                target.knobText.put(name, (String) value);
              }
              return null;
            }
          });
      if (k.type() == Knob.Type.FLAG) {
        o.arity("0..1").fallbackValue("true");
      }
      command.addOption(o.build());
    });
  }

  /** "momentum, nesterov: β, how much of the last velocity is kept (0.9)"; defaults per method where they differ. */
  static String knobHelp(Knob k, List<Method> users) {
    StringBuilder who = new StringBuilder();
    java.util.Set<String> defaults = new java.util.LinkedHashSet<>();
    for (Method m : users) {
      defaults.add(m.knob(k.name()).orElseThrow().defaultText());
    }
    for (Method m : users) {
      who.append(who.length() == 0 ? "" : ", ").append(m.id());
      if (defaults.size() > 1) {
        who.append(" (").append(m.knob(k.name()).orElseThrow().defaultText()).append(")");
      }
    }
    String single = defaults.size() == 1 && !k.defaultText().isEmpty() ? " (" + k.defaultText() + ")" : "";
    return who + ": " + k.symbol() + ", " + k.help() + single;
  }

  private Map<String, String> constantMap() {
    if (constants == null) {
      return null;
    }
    Map<String, String> map = new LinkedHashMap<>();
    for (String c : constants) {
      int eq = c.indexOf('=');
      if (eq <= 0) {
        throw new SetupException("--constant must look like NAME=VALUE, e.g. c=0.15*pi; got " + Quote.of(c));
      }
      String name = c.substring(0, eq).trim();
      String value = c.substring(eq + 1).trim();
      String earlier = map.put(name, value);
      if (earlier != null) {
        throw new SetupException("--constant " + Quote.shortened(name) + " is given twice (" + Quote.of(earlier)
            + " and " + Quote.of(value) + "); give each constant once");
      }
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
        throw new SetupException(option + ": " + Quote.of(p) + " (item " + (i + 1) + " of " + Quote.of(text)
            + ") is not a number; write numbers separated by commas, e.g. -5,-2");
      }
      if (p.endsWith("d") || p.endsWith("D") || p.endsWith("f") || p.endsWith("F")) {
        throw new SetupException(option + ": " + Quote.of(p) + " is not a plain number");
      }
    }
    return values;
  }
}
