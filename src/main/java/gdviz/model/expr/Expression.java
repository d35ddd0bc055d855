package gdviz.model.expr;

import java.util.ArrayList;
import java.util.List;

/**
 * A parsed function with its exact symbolic gradient and Hessian, computed once, on first use.
 */
public final class Expression {
  /**
   * Work allowed for the exact gradient and for the exact Hessian, each (terms and factors handled
   * while building them; about a third of a second): the Hessian of a product of n factors grows
   * with n³, and a 333-factor product took 96 s and 818 MB. Beyond it the function is refused.
   */
  public static final long DERIVATIVE_WORK = 1_000_000;
  /** A derivative formula is written out up to this many characters (a label of a megabyte froze the window). */
  static final int FORMULA_CHARACTERS = 1_000;

  private final String source;
  private final Expr tree;
  private final List<String> variables;
  private List<Expr> gradient;
  private List<List<Expr>> hessian;
  private ExpressionCode code;

  Expression(String source, Expr tree, List<String> variables) {
    this.source = source;
    this.tree = tree;
    this.variables = variables;
  }

  public String source() {
    return source;
  }

  public Expr tree() {
    return tree;
  }

  /** Variable names in order, e.g. {@code [x]} or {@code [x1, x2]}. */
  public List<String> variables() {
    return variables;
  }

  public int dimension() {
    return variables.size();
  }

  public double value(double[] x) {
    return tree.eval(x);
  }

  /** The exact gradient; a function too large for it ({@link #DERIVATIVE_WORK}) throws {@link ExpressionException}. */
  public synchronized List<Expr> gradient() {
    if (gradient == null) {
      gradient = withinLimit("first", () -> {
        List<Expr> g = new ArrayList<>();
        for (int i = 0; i < dimension(); i++) {
          g.add(Derivatives.derivative(tree, i));
        }
        return List.copyOf(g);
      });
    }
    return gradient;
  }

  /** The exact Hessian; a function too large for it ({@link #DERIVATIVE_WORK}) throws {@link ExpressionException}. */
  public synchronized List<List<Expr>> hessian() {
    if (hessian == null) {
      List<Expr> g = gradient();
      hessian = withinLimit("second", () -> {
        List<List<Expr>> h = new ArrayList<>();
        for (int i = 0; i < dimension(); i++) {
          List<Expr> row = new ArrayList<>();
          for (int j = 0; j < dimension(); j++) {
            // Symmetric: reuse the entry above the diagonal.
            row.add(j < i ? h.get(j).get(i) : Derivatives.derivative(g.get(i), j));
          }
          h.add(List.copyOf(row));
        }
        return List.copyOf(h);
      });
    }
    return hessian;
  }

  /**
   * The code that evaluates the function, its gradient and its Hessian: compiled to bytecode on
   * first use ({@link ExpressionCompiler}); a function too large for exact derivatives throws
   * {@link ExpressionException}.
   */
  public synchronized ExpressionCode code() {
    if (code == null) {
      code = ExpressionCompiler.compile(ExpressionCode.interpreted(tree, gradient(), hessian()));
    }
    return code;
  }

  private static <T> T withinLimit(String order, java.util.function.Supplier<T> build) {
    try {
      return Exprs.within(DERIVATIVE_WORK, build);
    } catch (Exprs.TooLarge e) {
      throw new ExpressionException(String.format(java.util.Locale.ROOT, "the function is too large for exact"
          + " derivatives: its %s derivatives take more than %,d terms to build (a product of about 150 factors"
          + " does); write it shorter", order, DERIVATIVE_WORK), 0);
    }
  }

  /**
   * This function with the coordinates turned by an angle, g(x) = f(R·x), written with the named
   * constants c = cos θ and s = sin θ: g(x1, x2) = f(c·x1 − s·x2, s·x1 + c·x2). Its derivatives are
   * exact, like any typed function's.
   */
  public Expression rotated(double degrees) {
    if (dimension() != 2) {
      throw new IllegalArgumentException("only functions of two variables can be rotated");
    }
    double radians = Math.toRadians(degrees);
    Expr c = new Expr.Sym("c", Math.cos(radians));
    Expr s = new Expr.Sym("s", Math.sin(radians));
    Expr x1 = new Expr.Var(0, variables.get(0));
    Expr x2 = new Expr.Var(1, variables.get(1));
    Expr[] turned = {Exprs.sub(Exprs.mul(c, x1), Exprs.mul(s, x2)), Exprs.add(Exprs.mul(s, x1), Exprs.mul(c, x2))};
    Expr g = Derivatives.substitute(tree, turned);
    return new Expression(ExprText.print(g), g, variables);
  }

  /**
   * The derivative formulas as a student reads them: {@code f'(x) = …} and {@code f''(x) = …} in
   * one variable, {@code ∂f/∂x1 = …} in several.
   */
  public List<String> derivativeText() {
    List<String> lines = new ArrayList<>();
    if (dimension() == 1) {
      String v = variables.get(0);
      lines.add("f'(" + v + ") = " + formula(gradient().get(0)));
      lines.add("f''(" + v + ") = " + formula(hessian().get(0).get(0)));
    } else {
      for (int i = 0; i < dimension(); i++) {
        lines.add("∂f/∂" + variables.get(i) + " = " + formula(gradient().get(i)));
      }
    }
    return lines;
  }

  /** A derivative as text, its first {@link #FORMULA_CHARACTERS} characters when it is longer. */
  private static String formula(Expr e) {
    String all = ExprText.print(e);
    return all.length() <= FORMULA_CHARACTERS ? all : all.substring(0, FORMULA_CHARACTERS)
        + String.format(java.util.Locale.ROOT, " … (%,d characters more)", all.length() - FORMULA_CHARACTERS);
  }

  @Override
  public String toString() {
    return source;
  }
}
