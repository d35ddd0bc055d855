package gdviz.model.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;

/**
 * For random well-formed functions of (x1, x2), the symbolic gradient agrees with central
 * differences of the function, and the symbolic Hessian with central differences of the gradient.
 * Points where the numerical derivative itself is unstable (two step sizes disagree: a kink, a
 * pole, the edge of the domain) are discarded; jqwik fails the property if too many are.
 */
class DerivativePropertyTest {
  private static final double H = 1e-4;
  private final ExpressionParser parser = new ExpressionParser();

  @Property(tries = 1500)
  void gradientMatchesCentralDifferences(@ForAll("functions") String text,
      @ForAll @DoubleRange(min = -2, max = 2) double a, @ForAll @DoubleRange(min = -2, max = 2) double b) {
    Expression e = parser.parse(text, 2);
    double[] x = {a, b};
    double value = e.value(x);
    Assume.that(Double.isFinite(value) && largestIntermediate(e.tree(), x) < 1e6);
    for (int i = 0; i < 2; i++) {
      double symbolic = e.gradient().get(i).eval(x);
      double coarse = central(p -> e.value(p), x, i, H);
      double fine = central(p -> e.value(p), x, i, H / 2);
      Assume.that(stable(coarse, fine) && Double.isFinite(symbolic));
      assertEquals(fine, symbolic, 1e-4 * (1 + Math.abs(fine)), () -> "∂/∂x" + " of " + text + " at " + a + ", " + b);
    }
  }

  @Property(tries = 1000)
  void hessianMatchesCentralDifferencesOfTheGradient(@ForAll("functions") String text,
      @ForAll @DoubleRange(min = -2, max = 2) double a, @ForAll @DoubleRange(min = -2, max = 2) double b) {
    Expression e = parser.parse(text, 2);
    double[] x = {a, b};
    double value = e.value(x);
    Assume.that(Double.isFinite(value) && largestIntermediate(e.tree(), x) < 1e6);
    // abs is not twice differentiable where its argument is 0 (abs' = sign jumps there), even when
    // the whole function happens to be smooth at that point, as abs(sin(x²)) is at x = 0
    Assume.that(!onAKink(e.tree(), x));
    List<List<Expr>> hessian = e.hessian();
    for (int i = 0; i < 2; i++) {
      Expr gi = e.gradient().get(i);
      for (int j = 0; j < 2; j++) {
        double symbolic = hessian.get(i).get(j).eval(x);
        double coarse = central(gi::eval, x, j, H);
        double fine = central(gi::eval, x, j, H / 2);
        Assume.that(stable(coarse, fine) && Double.isFinite(symbolic));
        assertEquals(fine, symbolic, 1e-4 * (1 + Math.abs(fine)), () -> "H of " + text + " at " + a + ", " + b);
      }
    }
  }

  @Property(tries = 500)
  void printedDerivativesParseBack(@ForAll("functions") String text) {
    Expression e = parser.parse(text, 2);
    for (Expr g : e.gradient()) {
      Expression reparsed = parser.parse(ExprText.print(g), 2);
      double[] x = {0.37, -0.81};
      double expected = g.eval(x);
      double actual = reparsed.value(x);
      if (Double.isNaN(expected)) {
        assertEquals(Double.NaN, actual);
      } else {
        assertEquals(expected, actual, 1e-9 * (1 + Math.abs(expected)), () -> ExprText.print(g));
      }
    }
  }

  /**
   * The largest magnitude of any subexpression at x. Past about 1e6 a step of 1e-4 is partly or
   * wholly absorbed by rounding (x1 + 1e156 + h == x1 + 1e156), so central differences say nothing.
   */
  private static double largestIntermediate(Expr e, double[] x) {
    double own = Math.abs(e.eval(x));
    double children = 0;
    if (e instanceof Expr.Neg n) {
      children = largestIntermediate(n.arg(), x);
    } else if (e instanceof Expr.Call c) {
      children = largestIntermediate(c.arg(), x);
    } else if (e instanceof Expr.Add b) {
      children = Math.max(largestIntermediate(b.left(), x), largestIntermediate(b.right(), x));
    } else if (e instanceof Expr.Sub b) {
      children = Math.max(largestIntermediate(b.left(), x), largestIntermediate(b.right(), x));
    } else if (e instanceof Expr.Mul b) {
      children = Math.max(largestIntermediate(b.left(), x), largestIntermediate(b.right(), x));
    } else if (e instanceof Expr.Div b) {
      children = Math.max(largestIntermediate(b.left(), x), largestIntermediate(b.right(), x));
    } else if (e instanceof Expr.Pow b) {
      children = Math.max(largestIntermediate(b.base(), x), largestIntermediate(b.exponent(), x));
    }
    return Double.isNaN(own) ? Double.POSITIVE_INFINITY : Math.max(own, children);
  }

  /** Whether some abs or sign in the tree has an argument of exactly (or within 1e-12 of) zero at x. */
  private static boolean onAKink(Expr e, double[] x) {
    if (e instanceof Expr.Call c) {
      if ((c.fn() == Fn.ABS || c.fn() == Fn.SIGN) && Math.abs(c.arg().eval(x)) < 1e-12) {
        return true;
      }
      return onAKink(c.arg(), x);
    }
    if (e instanceof Expr.Neg n) {
      return onAKink(n.arg(), x);
    }
    if (e instanceof Expr.Add b) {
      return onAKink(b.left(), x) || onAKink(b.right(), x);
    }
    if (e instanceof Expr.Sub b) {
      return onAKink(b.left(), x) || onAKink(b.right(), x);
    }
    if (e instanceof Expr.Mul b) {
      return onAKink(b.left(), x) || onAKink(b.right(), x);
    }
    if (e instanceof Expr.Div b) {
      return onAKink(b.left(), x) || onAKink(b.right(), x);
    }
    if (e instanceof Expr.Pow b) {
      return onAKink(b.base(), x) || onAKink(b.exponent(), x);
    }
    return false;
  }

  private interface Fx {
    double at(double[] x);
  }

  private static double central(Fx f, double[] x, int i, double h) {
    double[] p = x.clone();
    p[i] = x[i] + h;
    double up = f.at(p);
    p[i] = x[i] - h;
    double down = f.at(p);
    return (up - down) / (2 * h);
  }

  private static boolean stable(double coarse, double fine) {
    return Double.isFinite(coarse) && Double.isFinite(fine) && Math.abs(coarse) < 1e6
        && Math.abs(coarse - fine) <= 1e-6 * (1 + Math.abs(fine));
  }

  @Provide
  Arbitrary<String> functions() {
    return ExpressionArbitraries.functionsOfTwo(4);
  }
}
