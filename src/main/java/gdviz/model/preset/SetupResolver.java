package gdviz.model.preset;

import gdviz.model.SetupException;
import gdviz.model.data.DataSets;
import gdviz.model.expr.Derivatives;
import gdviz.model.expr.Expression;
import gdviz.model.expr.ExpressionException;
import gdviz.model.expr.ExpressionParser;
import gdviz.model.format.Quote;
import gdviz.model.method.KnobValues;
import gdviz.model.method.Method;
import gdviz.model.objective.BuiltinFunctions;
import gdviz.model.objective.DataObjective;
import gdviz.model.objective.ExpressionObjective;
import gdviz.model.objective.Objective;
import gdviz.model.objective.RotatedObjective;
import gdviz.model.optim.Methods;
import gdviz.model.run.RunSetup;
import gdviz.model.run.Schedule;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

/** Turns a {@link RunOverrides} into a checked {@link RunSetup}, or a {@link SetupException} saying what is wrong. */
public final class SetupResolver {
  public static final long DEFAULT_STEPS = 100;

  private SetupResolver() {}

  /**
   * @param spec the merged settings
   * @param fallbackLabel label to use when the spec has none (e.g. the preset name)
   * @param dataDescription how to describe a data-set objective (e.g. the preset description)
   */
  public static RunSetup resolve(RunOverrides spec, String fallbackLabel, String dataDescription) {
    return resolve(spec, fallbackLabel, objective(spec, dataDescription));
  }

  /** As {@link #resolve(RunOverrides, String, String)} with the objective already built (the app caches it). */
  public static RunSetup resolve(RunOverrides spec, String fallbackLabel, Objective objective) {
    Method method = spec.method() == null ? Methods.standard() : Methods.require(spec.method());
    long seed = spec.seed() == null ? 0 : spec.seed();
    double[] start = start(spec, objective, seed);
    // gd on data without an η of its own starts at 1/L (the default 0.1 diverges on unscaled data)
    double eta = spec.eta() != null ? spec.eta() : method == Methods.standard() && objective instanceof DataObjective
        ? DataSets.startingEta(objective, start) : method.defaultEta();
    return new RunSetup(
        spec.label() != null ? spec.label() : fallbackLabel,
        objective,
        start,
        method,
        eta,
        KnobValues.of(spec.knobs()),
        spec.steps() != null ? spec.steps() : DEFAULT_STEPS,
        spec.tolGrad(),
        spec.tolImprove(),
        seed,
        spec.maximize() != null && spec.maximize(),
        spec.parameters(),
        spec.schedule() == null ? null : Schedule.parse(spec.schedule()));
  }

  /** The objective a spec names: its function or data, rotated if asked. */
  public static Objective objective(RunOverrides spec, String dataDescription) {
    Objective objective;
    if (spec.data() != null && spec.function() != null) {
      throw new SetupException("give either a function or data, not both");
    }
    if (spec.data() != null) {
      objective = spec.data().toObjective(dataDescription);
    } else if (spec.function() != null) {
      objective = function(spec.function(), spec.constants());
    } else {
      throw new SetupException("no function given: use --function EXPR (or a preset)");
    }
    if (spec.rotate() != null && spec.rotate() != 0) {
      if (!Double.isFinite(spec.rotate())) {
        throw new SetupException("the rotation must be a finite angle in degrees, got " + spec.rotate());
      }
      if (objective.dimension() != 2) {
        throw new SetupException("only functions of two variables can be rotated; "
            + objective.description() + " has " + objective.dimension());
      }
      objective = new RotatedObjective(objective, spec.rotate());
    }
    return objective;
  }

  /** A built-in name (e.g. {@code rosenbrock}) or a typed expression using the given constants. */
  public static Objective function(String text, Map<String, String> constants) {
    var builtin = BuiltinFunctions.byName(text);
    if (builtin.isPresent() && (constants == null || constants.isEmpty())) {
      return builtin.get().factory().get();
    }
    Map<String, Double> values = constants(constants);
    try {
      return new ExpressionObjective(new ExpressionParser(values).parse(text));
    } catch (ExpressionException e) {
      throw new SetupException("function " + Quote.of(text) + ": " + e.getMessage());
    }
  }

  /** Each constant is a number or an expression without variables, e.g. {@code 0.15*pi}. */
  static Map<String, Double> constants(Map<String, String> constants) {
    Map<String, Double> values = new LinkedHashMap<>();
    if (constants == null) {
      return values;
    }
    for (Map.Entry<String, String> c : constants.entrySet()) {
      String name = c.getKey();
      if (!name.matches("[A-Za-z_][A-Za-z0-9_]*") || name.equals("x") || name.equals("y")
          || name.matches("x[0-9]+") || name.equals("pi") || name.equals("e")) {
        throw new SetupException("constant name " + Quote.of(name) + " is not allowed (it must be a new name, not x, y, "
            + "x1…, pi or e)");
      }
      try {
        Expression e = new ExpressionParser(values).parse(c.getValue());
        double v = e.value(new double[e.dimension()]);
        boolean hasVariable = false;
        for (int i = 0; i < e.dimension(); i++) {
          hasVariable |= Derivatives.dependsOn(e.tree(), i);
        }
        if (hasVariable || !Double.isFinite(v)) {
          throw new SetupException("constant " + Quote.shortened(name) + " = " + Quote.of(c.getValue()) + " must be a finite number");
        }
        values.put(name, v);
      } catch (ExpressionException ex) {
        throw new SetupException("constant " + Quote.shortened(name) + " = " + Quote.of(c.getValue()) + ": " + ex.getMessage());
      }
    }
    return values;
  }

  private static double[] start(RunOverrides spec, Objective objective, long seed) {
    if (spec.start() != null) {
      return spec.start();
    }
    if (spec.randomStart() != null) {
      RunOverrides.RandomStart r = spec.randomStart();
      if (r.min() == null || r.max() == null || r.min() > r.max()) {
        throw new SetupException("randomStart needs min ≤ max");
      }
      Random random = new Random(seed);
      double[] start = new double[objective.dimension()];
      for (int i = 0; i < start.length; i++) {
        start[i] = r.min() + random.nextInt(r.max() - r.min() + 1);
      }
      return start;
    }
    throw new SetupException("no start point given: use --start (" + objective.dimension() + " coordinate"
        + (objective.dimension() == 1 ? ")" : "s, comma-separated)"));
  }
}
