package gdviz.model.expr;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/** Random well-formed typed functions of x1 and x2, for property tests. */
final class ExpressionArbitraries {
  private ExpressionArbitraries() {}

  /** Functions nested up to {@code depth} operations deep, with every operator and function. */
  static Arbitrary<String> functionsOfTwo(int depth) {
    return expression(depth);
  }

  private static Arbitrary<String> expression(int depth) {
    Arbitrary<String> leaf = Arbitraries.oneOf(
        Arbitraries.of("x1", "x2", "x", "y", "pi", "e").map(v -> v.equals("x") ? "x1" : v.equals("y") ? "x2" : v),
        Arbitraries.doubles().between(-3, 3).ofScale(2).map(d -> "(" + d + ")"));
    if (depth == 0) {
      return leaf;
    }
    Arbitrary<String> sub = Arbitraries.lazy(() -> expression(depth - 1));
    return Arbitraries.frequencyOf(
        Tuple.of(2, leaf),
        Tuple.of(4, Combinators.combine(sub, sub, Arbitraries.of("+", "-", "*", "/"))
            .as((l, r, op) -> "(" + l + " " + op + " " + r + ")")),
        Tuple.of(1, Combinators.combine(sub, Arbitraries.integers().between(2, 4)).as((l, n) -> "(" + l + ")^" + n)),
        Tuple.of(1, Combinators.combine(sub, sub).as((l, r) -> "(" + l + ")^(" + r + ")")),
        Tuple.of(3, Combinators.combine(Arbitraries.of("sin", "cos", "tan", "asin", "acos", "atan", "exp", "log",
            "sqrt", "abs", "sinh", "cosh", "tanh"), sub).as((f, arg) -> f + "(" + arg + ")")),
        Tuple.of(1, sub.map(s -> "-" + s)));
  }
}
