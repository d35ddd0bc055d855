package gdviz.model.expr;

/**
 * A node of a typed function's syntax tree. Trees are immutable and built through {@link Exprs},
 * whose constructors simplify as they go, so derivatives print readably.
 */
public sealed interface Expr
    permits Expr.Num, Expr.Var, Expr.Sym, Expr.Neg, Expr.Add, Expr.Sub, Expr.Mul, Expr.Div,
        Expr.Pow, Expr.Call {

  /** Value at the point {@code x} (index i holds variable i). */
  double eval(double[] x);

  /** A number literal. */
  record Num(double value) implements Expr {
    public double eval(double[] x) {
      return value;
    }
  }

  /** Variable number {@code index} (0-based), printed as {@code name}. */
  record Var(int index, String name) implements Expr {
    public double eval(double[] x) {
      return x[index];
    }
  }

  /** A named constant such as {@code pi} or a preset's {@code c}: a number that prints by name. */
  record Sym(String name, double value) implements Expr {
    public double eval(double[] x) {
      return value;
    }
  }

  record Neg(Expr arg) implements Expr {
    public double eval(double[] x) {
      return -arg.eval(x);
    }
  }

  record Add(Expr left, Expr right) implements Expr {
    public double eval(double[] x) {
      return left.eval(x) + right.eval(x);
    }
  }

  record Sub(Expr left, Expr right) implements Expr {
    public double eval(double[] x) {
      return left.eval(x) - right.eval(x);
    }
  }

  record Mul(Expr left, Expr right) implements Expr {
    public double eval(double[] x) {
      return left.eval(x) * right.eval(x);
    }
  }

  record Div(Expr left, Expr right) implements Expr {
    public double eval(double[] x) {
      return left.eval(x) / right.eval(x);
    }
  }

  record Pow(Expr base, Expr exponent) implements Expr {
    public double eval(double[] x) {
      if (exponent instanceof Num n && n.value() == 2) {
        double b = base.eval(x);
        return b * b;
      }
      return Math.pow(base.eval(x), exponent.eval(x));
    }
  }

  record Call(Fn fn, Expr arg) implements Expr {
    public double eval(double[] x) {
      return fn.apply(arg.eval(x));
    }
  }
}
