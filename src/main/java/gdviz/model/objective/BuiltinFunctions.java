package gdviz.model.objective;

import gdviz.model.expr.ExpressionParser;
import gdviz.model.format.Numbers;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Named functions a user can pick instead of typing one: the classroom functions and the classic
 * 2D test surfaces. Quadratics and Rosenbrock have hand-written derivatives; the rest are typed
 * expressions, differentiated exactly like any user's.
 */
public final class BuiltinFunctions {
  public record Builtin(String name, String summary, Supplier<Objective> factory) {}

  private static final Map<String, Builtin> ALL = new LinkedHashMap<>();

  static {
    expression("square", "x^2", Map.of());
    expression("xcos", "x*cos(c*x)", Map.of("c", 0.15 * Math.PI));
    expression("cosh", "cosh(c*x)", Map.of("c", 0.5), new double[] {0}, 1);
    // f'(x) = 0 where eˣ = 2·e^(−2x−3): x* = (ln 2 − 3)/3
    double logexpMin = (Math.log(2) - 3) / 3;
    expression("logexp", "log(exp(x) + exp(-2*x - 3))", Map.of(), new double[] {logexpMin},
        Math.log(Math.exp(logexpMin) + Math.exp(-2 * logexpMin - 3)));
    expression("half-square-shift", "0.5*(x - 4)^2", Map.of());
    add("bowl", "x1^2 + 2*x2^2 (hand-written gradient)",
        () -> Quadratic.weightedSquares(new double[] {1, 2}, "f(x1, x2) = x1^2 + 2*x2^2"));
    add("illcond", "x1^2 + 100*x2^2, condition number 100 (hand-written gradient)",
        () -> Quadratic.weightedSquares(new double[] {1, 100}, "f(x1, x2) = x1^2 + 100*x2^2"));
    add("illcond-rotated", "x1^2 + 100*x2^2 with the coordinates rotated by 45°",
        () -> new RotatedObjective(
            Quadratic.weightedSquares(new double[] {1, 100}, "f(x1, x2) = x1^2 + 100*x2^2"), 45));
    expression("sphere3", "x1^2 + x2^2 + x3^2", Map.of());
    add("rosenbrock", "(1 - x1)^2 + 100*(x2 - x1^2)^2, minimum 0 at (1, 1) (hand-written gradient)",
        () -> new Rosenbrock(1, 100));
    expression("himmelblau", "(x^2 + y - 11)^2 + (x + y^2 - 7)^2", Map.of(), null, 0); // four minima, all 0
    expression("booth", "(x + 2*y - 7)^2 + (2*x + y - 5)^2", Map.of());
    expression("beale", "(1.5 - x + x*y)^2 + (2.25 - x + x*y^2)^2 + (2.625 - x + x*y^3)^2", Map.of(),
        new double[] {3, 0.5}, 0);
    expression("saddle", "x^2 - y^2", Map.of());
    expression("rastrigin", "20 + x^2 - 10*cos(2*pi*x) + y^2 - 10*cos(2*pi*y)", Map.of(), new double[] {0, 0}, 0);
  }

  private BuiltinFunctions() {}

  private static void expression(String name, String text, Map<String, Double> constants) {
    expression(name, text, constants, null, Double.NaN);
  }

  /** A typed built-in whose minimum is known: where (null: not a single point) and its value. */
  private static void expression(String name, String text, Map<String, Double> constants, double[] minimizer,
      double minimum) {
    String where = constants.isEmpty() ? "" : " with " + constants.entrySet().stream()
        .map(e -> e.getKey() + " = " + Numbers.format(e.getValue())).reduce((a, b) -> a + ", " + b).orElse("");
    add(name, text + where,
        () -> new ExpressionObjective(new ExpressionParser(constants).parse(text), minimizer, minimum));
  }

  private static void add(String name, String summary, Supplier<Objective> factory) {
    ALL.put(name, new Builtin(name, summary, factory));
  }

  public static Optional<Builtin> byName(String name) {
    return Optional.ofNullable(ALL.get(name.trim()));
  }

  public static Iterable<Builtin> all() {
    return ALL.values();
  }
}
