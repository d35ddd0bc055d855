package gdviz.model.expr;

import java.util.ArrayList;
import java.util.List;

/**
 * A parsed function with its exact symbolic gradient and Hessian, computed once, on first use.
 */
public final class Expression {
  private final String source;
  private final Expr tree;
  private final List<String> variables;
  private List<Expr> gradient;
  private List<List<Expr>> hessian;

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

  public synchronized List<Expr> gradient() {
    if (gradient == null) {
      List<Expr> g = new ArrayList<>();
      for (int i = 0; i < dimension(); i++) {
        g.add(Exprs.derivative(tree, i));
      }
      gradient = List.copyOf(g);
    }
    return gradient;
  }

  public synchronized List<List<Expr>> hessian() {
    if (hessian == null) {
      List<Expr> g = gradient();
      List<List<Expr>> h = new ArrayList<>();
      for (int i = 0; i < dimension(); i++) {
        List<Expr> row = new ArrayList<>();
        for (int j = 0; j < dimension(); j++) {
          // Symmetric: reuse the entry above the diagonal.
          row.add(j < i ? h.get(j).get(i) : Exprs.derivative(g.get(i), j));
        }
        h.add(List.copyOf(row));
      }
      hessian = List.copyOf(h);
    }
    return hessian;
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
    Expr g = Exprs.substitute(tree, turned);
    return new Expression(Exprs.print(g), g, variables);
  }

  /**
   * The derivative formulas as a student reads them: {@code f'(x) = …} and {@code f''(x) = …} in
   * one variable, {@code ∂f/∂x1 = …} in several.
   */
  public List<String> derivativeText() {
    List<String> lines = new ArrayList<>();
    if (dimension() == 1) {
      String v = variables.get(0);
      lines.add("f'(" + v + ") = " + Exprs.print(gradient().get(0)));
      lines.add("f''(" + v + ") = " + Exprs.print(hessian().get(0).get(0)));
    } else {
      for (int i = 0; i < dimension(); i++) {
        lines.add("∂f/∂" + variables.get(i) + " = " + Exprs.print(gradient().get(i)));
      }
    }
    return lines;
  }

  @Override
  public String toString() {
    return source;
  }
}
