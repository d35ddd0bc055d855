package gdviz.model.expr;

import static gdviz.model.expr.Exprs.add;
import static gdviz.model.expr.Exprs.call;
import static gdviz.model.expr.Exprs.div;
import static gdviz.model.expr.Exprs.mul;
import static gdviz.model.expr.Exprs.neg;
import static gdviz.model.expr.Exprs.num;
import static gdviz.model.expr.Exprs.pow;
import static gdviz.model.expr.Exprs.sub;

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

/**
 * Symbolic differentiation of expression trees, and the two questions it asks of a tree: which
 * variables it depends on, and the tree with variables replaced. Results are built through the
 * simplifying constructors of {@link Exprs}, so they print readably.
 */
public final class Derivatives {
  private Derivatives() {}

  /** The partial derivative of {@code e} with respect to variable {@code index}. */
  public static Expr derivative(Expr e, int index) {
    if (!dependsOn(e, index)) {
      return num(0);
    }
    if (e instanceof Var v) {
      return num(v.index() == index ? 1 : 0);
    }
    if (e instanceof Neg n) {
      return neg(derivative(n.arg(), index));
    }
    if (e instanceof Add s) {
      return add(derivative(s.left(), index), derivative(s.right(), index));
    }
    if (e instanceof Sub s) {
      return sub(derivative(s.left(), index), derivative(s.right(), index));
    }
    if (e instanceof Mul m) {
      return add(mul(derivative(m.left(), index), m.right()), mul(m.left(), derivative(m.right(), index)));
    }
    if (e instanceof Div d) {
      Expr da = derivative(d.left(), index);
      if (!dependsOn(d.right(), index)) {
        return div(da, d.right());
      }
      Expr db = derivative(d.right(), index);
      return sub(div(da, d.right()), div(mul(d.left(), db), pow(d.right(), num(2))));
    }
    if (e instanceof Pow p) {
      Expr u = p.base();
      Expr v = p.exponent();
      if (!dependsOn(v, index)) {
        return mul(mul(v, pow(u, sub(v, num(1)))), derivative(u, index));
      }
      if (!dependsOn(u, index)) {
        return mul(mul(e, call(Fn.LOG, u)), derivative(v, index));
      }
      Expr inner = add(mul(derivative(v, index), call(Fn.LOG, u)), div(mul(v, derivative(u, index)), u));
      return mul(e, inner);
    }
    if (e instanceof Call c) {
      return mul(c.fn().derivative(c.arg()), derivative(c.arg(), index));
    }
    throw new IllegalStateException("no derivative rule for " + e);
  }

  /**
   * {@code e} with variable i replaced by {@code by[i]}, rebuilt through the simplifying
   * constructors (the rotated function of a typed one, for its exact derivatives).
   */
  public static Expr substitute(Expr e, Expr[] by) {
    if (e instanceof Var v) {
      return by[v.index()];
    }
    if (e instanceof Num || e instanceof Sym) {
      return e;
    }
    if (e instanceof Neg n) {
      return neg(substitute(n.arg(), by));
    }
    if (e instanceof Call c) {
      return call(c.fn(), substitute(c.arg(), by));
    }
    if (e instanceof Add a) {
      return add(substitute(a.left(), by), substitute(a.right(), by));
    }
    if (e instanceof Sub a) {
      return sub(substitute(a.left(), by), substitute(a.right(), by));
    }
    if (e instanceof Mul a) {
      return mul(substitute(a.left(), by), substitute(a.right(), by));
    }
    if (e instanceof Div a) {
      return div(substitute(a.left(), by), substitute(a.right(), by));
    }
    Pow p = (Pow) e;
    return pow(substitute(p.base(), by), substitute(p.exponent(), by));
  }

  public static boolean dependsOn(Expr e, int index) {
    if (e instanceof Var v) {
      return v.index() == index;
    }
    if (e instanceof Num || e instanceof Sym) {
      return false;
    }
    if (e instanceof Neg n) {
      return dependsOn(n.arg(), index);
    }
    if (e instanceof Call c) {
      return dependsOn(c.arg(), index);
    }
    if (e instanceof Add s) {
      return dependsOn(s.left(), index) || dependsOn(s.right(), index);
    }
    if (e instanceof Sub s) {
      return dependsOn(s.left(), index) || dependsOn(s.right(), index);
    }
    if (e instanceof Mul s) {
      return dependsOn(s.left(), index) || dependsOn(s.right(), index);
    }
    if (e instanceof Div s) {
      return dependsOn(s.left(), index) || dependsOn(s.right(), index);
    }
    Pow p = (Pow) e;
    return dependsOn(p.base(), index) || dependsOn(p.exponent(), index);
  }
}
