package gdviz.model.expr;

import gdviz.model.expr.Expr.Add;
import gdviz.model.expr.Expr.Call;
import gdviz.model.expr.Expr.Div;
import gdviz.model.expr.Expr.Mul;
import gdviz.model.expr.Expr.Neg;
import gdviz.model.expr.Expr.Num;
import gdviz.model.expr.Expr.Pow;
import gdviz.model.expr.Expr.Sub;
import gdviz.model.expr.Expr.Sym;
import gdviz.model.expr.Expr.Var;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Simplifying constructors, symbolic differentiation and printing for {@link Expr}.
 *
 * <p>The constructors fold numbers, drop zeros and ones, pull signs and numeric coefficients to
 * the front of products and order factors (constants, then variables, then the rest), so that
 * {@code d/dx x*cos(c*x)} prints as {@code cos(c*x) - c*x*sin(c*x)}.
 */
public final class Exprs {
  /** Work left on this thread for the simplifying constructors (terms and factors handled), or none: no limit. */
  private static final ThreadLocal<long[]> BUDGET = new ThreadLocal<>();

  private Exprs() {}

  /** Derivatives that would take more work than their budget ({@link #within}). */
  static final class TooLarge extends RuntimeException {
    TooLarge() {
      super("over budget", null, false, false);
    }
  }

  /**
   * Builds with at most {@code units} of work — terms and factors handled by the simplifying
   * constructors, which is what an exact derivative of a long product costs (its Hessian grows with
   * the cube of the factors) — or throws {@link TooLarge}.
   */
  static <T> T within(long units, java.util.function.Supplier<T> build) {
    long[] outer = BUDGET.get();
    BUDGET.set(new long[] {units});
    try {
      return build.get();
    } finally {
      if (outer == null) {
        BUDGET.remove();
      } else {
        BUDGET.set(outer);
      }
    }
  }

  private static void spend(int units) {
    long[] left = BUDGET.get();
    if (left != null && (left[0] -= units) < 0) {
      throw new TooLarge();
    }
  }

  public static Expr num(double v) {
    return new Num(v);
  }

  public static Expr neg(Expr a) {
    if (a instanceof Num n) {
      return num(-n.value());
    }
    if (a instanceof Neg n) {
      return n.arg();
    }
    if (a instanceof Sub s) {
      return new Sub(s.right(), s.left());
    }
    return new Neg(a);
  }

  public static Expr add(Expr a, Expr b) {
    return sum(a, b, 1);
  }

  public static Expr sub(Expr a, Expr b) {
    return sum(a, b, -1);
  }

  /**
   * a + sign·b as a flat sum: terms are collected with their numeric coefficients, like terms
   * combined (c*s + c*s → 2*c*s), numbers folded, and the result written with minus signs where
   * coefficients are negative.
   */
  private static Expr sum(Expr a, Expr b, double sign) {
    List<Expr> rests = new ArrayList<>(); // null stands for the numeric constant
    List<Double> coefficients = new ArrayList<>();
    collectTerms(a, 1, rests, coefficients);
    collectTerms(b, sign, rests, coefficients);
    spend(rests.size());
    for (int i = rests.size() - 1; i >= 0; i--) {
      if (coefficients.get(i) == 0) {
        rests.remove(i);
        coefficients.remove(i);
      }
    }
    if (rests.isEmpty()) {
      return num(0);
    }
    // Read "b - a" rather than "-a + b": lead with the first positive term.
    for (int i = 0; i < rests.size(); i++) {
      if (coefficients.get(i) > 0) {
        rests.add(0, rests.remove(i));
        coefficients.add(0, coefficients.remove(i));
        break;
      }
    }
    Expr result = null;
    for (int i = 0; i < rests.size(); i++) {
      result = appendTerm(result, coefficients.get(i), rests.get(i));
    }
    return result;
  }

  private static void collectTerms(Expr e, double sign, List<Expr> rests, List<Double> coefficients) {
    if (e instanceof Add s) {
      collectTerms(s.left(), sign, rests, coefficients);
      collectTerms(s.right(), sign, rests, coefficients);
    } else if (e instanceof Sub s) {
      collectTerms(s.left(), sign, rests, coefficients);
      collectTerms(s.right(), -sign, rests, coefficients);
    } else if (e instanceof Neg n) {
      collectTerms(n.arg(), -sign, rests, coefficients);
    } else {
      double coefficient = sign;
      Expr rest = e;
      if (e instanceof Num n) {
        coefficient *= n.value();
        rest = null;
      } else if (e instanceof Mul m && leftmostNumber(m) != null) {
        coefficient *= leftmostNumber(m).value();
        rest = withoutLeftmost(m);
      }
      int at = rests.indexOf(rest);
      if (at >= 0) {
        coefficients.set(at, coefficients.get(at) + coefficient);
      } else {
        rests.add(rest);
        coefficients.add(coefficient);
      }
    }
  }

  /** sum ± |coefficient|·rest (rest null: the number |coefficient|). */
  private static Expr appendTerm(Expr sum, double coefficient, Expr rest) {
    Expr magnitude = rest == null ? num(Math.abs(coefficient))
        : Math.abs(coefficient) == 1 ? rest : prepend(num(Math.abs(coefficient)), rest);
    if (sum == null) {
      return coefficient < 0 ? (rest == null ? num(coefficient) : new Neg(magnitude)) : magnitude;
    }
    return coefficient < 0 ? new Sub(sum, magnitude) : new Add(sum, magnitude);
  }

  public static Expr mul(Expr a, Expr b) {
    double[] coefficient = {1};
    List<Expr> factors = new ArrayList<>();
    collectFactors(a, coefficient, factors);
    collectFactors(b, coefficient, factors);
    double c = coefficient[0];
    if (c == 0) {
      return num(0);
    }
    spend(factors.size());
    List<Expr> merged = mergeEqualFactors(factors);
    merged.sort(Comparator.comparingInt(Exprs::factorRank));
    double magnitude = Math.abs(c);
    if (merged.isEmpty()) {
      return num(c);
    }
    // left-nested, coefficient first: ((2*c)*x)*sin(x) is exactly what "2*c*x*sin(x)" reads back as
    Expr product = magnitude != 1 ? num(magnitude) : null;
    for (Expr f : merged) {
      product = product == null ? f : new Mul(product, f);
    }
    return c < 0 ? new Neg(product) : product;
  }

  public static Expr div(Expr a, Expr b) {
    if (a instanceof Num x && b instanceof Num y && y.value() != 0) {
      return num(x.value() / y.value());
    }
    if (isZero(a)) {
      return num(0);
    }
    if (isOne(b)) {
      return a;
    }
    if (a instanceof Neg n) {
      return neg(div(n.arg(), b));
    }
    if (b instanceof Neg n) {
      return neg(div(a, n.arg()));
    }
    if (a.equals(b)) {
      return num(1);
    }
    return new Div(a, b);
  }

  public static Expr pow(Expr base, Expr exponent) {
    if (exponent instanceof Num e) {
      if (e.value() == 0) {
        return num(1);
      }
      if (e.value() == 1) {
        return base;
      }
      if (base instanceof Num b) {
        return num(Math.pow(b.value(), e.value()));
      }
      // (u^m)^n = u^(m*n) holds for integer n whatever the sign of u.
      if (base instanceof Pow p && p.exponent() instanceof Num m && e.value() == Math.rint(e.value())) {
        return pow(p.base(), num(m.value() * e.value()));
      }
    }
    if (isOne(base)) {
      return num(1);
    }
    return new Pow(base, exponent);
  }

  public static Expr call(Fn fn, Expr arg) {
    if (fn == Fn.SIGN && arg instanceof Num n) {
      return num(Math.signum(n.value()));
    }
    return new Call(fn, arg);
  }

  static boolean isNegative(Expr e) {
    return e instanceof Neg || (e instanceof Num n && (n.value() < 0 || isNegativeZero(n.value())));
  }

  private static boolean isNegativeZero(double v) {
    return v == 0 && Double.doubleToRawLongBits(v) != 0;
  }

  private static boolean isZero(Expr e) {
    return e instanceof Num n && n.value() == 0;
  }

  private static boolean isOne(Expr e) {
    return e instanceof Num n && n.value() == 1;
  }

  private static void collectFactors(Expr e, double[] coefficient, List<Expr> factors) {
    if (e instanceof Num n) {
      coefficient[0] *= n.value();
    } else if (e instanceof Neg n) {
      coefficient[0] = -coefficient[0];
      collectFactors(n.arg(), coefficient, factors);
    } else if (e instanceof Mul m) {
      collectFactors(m.left(), coefficient, factors);
      collectFactors(m.right(), coefficient, factors);
    } else {
      factors.add(e);
    }
  }

  /** The number at the far left of a left-nested product, or null. */
  private static Num leftmostNumber(Expr e) {
    while (e instanceof Mul m) {
      e = m.left();
    }
    return e instanceof Num n ? n : null;
  }

  /** The product without its leftmost factor. */
  private static Expr withoutLeftmost(Mul m) {
    if (!(m.left() instanceof Mul inner)) {
      return m.right();
    }
    return new Mul(withoutLeftmost(inner), m.right());
  }

  /** n times a product, with n as its leftmost factor: n*(a*b) becomes (n*a)*b. */
  private static Expr prepend(Expr n, Expr product) {
    if (product instanceof Mul m) {
      return new Mul(prepend(n, m.left()), m.right());
    }
    return new Mul(n, product);
  }

  /** x*x becomes x^2, x*x^2 stays as it is (only identical factors merge). */
  private static List<Expr> mergeEqualFactors(List<Expr> factors) {
    List<Expr> merged = new ArrayList<>();
    boolean[] used = new boolean[factors.size()];
    for (int i = 0; i < factors.size(); i++) {
      if (used[i]) {
        continue;
      }
      int count = 1;
      for (int j = i + 1; j < factors.size(); j++) {
        if (!used[j] && factors.get(j).equals(factors.get(i))) {
          used[j] = true;
          count++;
        }
      }
      merged.add(count == 1 ? factors.get(i) : pow(factors.get(i), num(count)));
    }
    return merged;
  }

  private static int factorRank(Expr e) {
    if (e instanceof Sym) {
      return 0;
    }
    if (e instanceof Var v) {
      return 1 + v.index();
    }
    if (e instanceof Pow p && p.base() instanceof Var v) {
      return 1 + v.index();
    }
    if (e instanceof Pow p && p.base() instanceof Sym) {
      return 0;
    }
    return Integer.MAX_VALUE;
  }
}
