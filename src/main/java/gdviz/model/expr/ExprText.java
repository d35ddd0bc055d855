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
import gdviz.model.format.Numbers;

/** An expression tree as text that parses back to the same function, with the parentheses it needs and no more. */
public final class ExprText {
  private ExprText() {}

  /** Readable text that parses back to the same function. */
  public static String print(Expr e) {
    StringBuilder out = new StringBuilder();
    print(e, out);
    return out.toString();
  }

  private static void print(Expr e, StringBuilder out) {
    if (e instanceof Num n) {
      out.append(Numbers.format(n.value()));
    } else if (e instanceof Var v) {
      out.append(v.name());
    } else if (e instanceof Sym s) {
      out.append(s.name());
    } else if (e instanceof Neg n) {
      out.append('-');
      printWrapped(n.arg(), precedence(n.arg()) < 2 || Exprs.isNegative(n.arg()), out);
    } else if (e instanceof Add a) {
      print(a.left(), out);
      out.append(" + ");
      // a + (b + c) keeps its parentheses: read back without them it would add in another order
      printWrapped(a.right(), Exprs.isNegative(a.right()) || precedence(a.right()) <= 1, out);
    } else if (e instanceof Sub s) {
      print(s.left(), out);
      out.append(" - ");
      printWrapped(s.right(), precedence(s.right()) <= 1 || Exprs.isNegative(s.right()), out);
    } else if (e instanceof Mul m) {
      printWrapped(m.left(), precedence(m.left()) < 2, out);
      out.append('*');
      printWrapped(m.right(), precedence(m.right()) <= 2 || Exprs.isNegative(m.right()), out);
    } else if (e instanceof Div d) {
      printWrapped(d.left(), precedence(d.left()) < 2, out);
      out.append('/');
      printWrapped(d.right(), precedence(d.right()) <= 2 || Exprs.isNegative(d.right()), out);
    } else if (e instanceof Pow p) {
      printWrapped(p.base(), precedence(p.base()) <= 4 || Exprs.isNegative(p.base()), out);
      out.append('^');
      printWrapped(p.exponent(), precedence(p.exponent()) < 4 || Exprs.isNegative(p.exponent()), out);
    } else if (e instanceof Call c) {
      out.append(c.fn().text()).append('(');
      print(c.arg(), out);
      out.append(')');
    }
  }

  private static void printWrapped(Expr e, boolean wrap, StringBuilder out) {
    if (wrap) {
      out.append('(');
    }
    print(e, out);
    if (wrap) {
      out.append(')');
    }
  }

  private static int precedence(Expr e) {
    if (e instanceof Add || e instanceof Sub) {
      return 1;
    }
    if (e instanceof Mul || e instanceof Div) {
      return 2;
    }
    if (e instanceof Neg) {
      return 3;
    }
    if (e instanceof Pow) {
      return 4;
    }
    return 5;
  }
}
