package gdviz.model;

import gdviz.model.expr.Expr;
import gdviz.model.expr.Expression;
import gdviz.model.expr.Exprs;
import java.util.List;

/** A typed function, differentiated symbolically: exact gradient and Hessian. */
public final class ExpressionObjective implements Objective {
  private final Expression expression;
  private final Expr[] gradient;
  private Expr[][] hessian;

  public ExpressionObjective(Expression expression) {
    this.expression = expression;
    this.gradient = expression.gradient().toArray(Expr[]::new);
  }

  public Expression expression() {
    return expression;
  }

  @Override
  public int dimension() {
    return expression.dimension();
  }

  @Override
  public double value(double[] x) {
    return expression.value(x);
  }

  @Override
  public void gradient(double[] x, double[] out) {
    for (int i = 0; i < gradient.length; i++) {
      out[i] = gradient[i].eval(x);
    }
  }

  @Override
  public boolean hasConstantHessian() {
    for (Expr[] row : hessianTerms()) {
      for (Expr h : row) {
        for (int i = 0; i < dimension(); i++) {
          if (Exprs.dependsOn(h, i)) {
            return false;
          }
        }
      }
    }
    return true;
  }

  @Override
  public void hessian(double[] x, double[][] out) {
    Expr[][] h = hessianTerms();
    for (int i = 0; i < h.length; i++) {
      for (int j = 0; j < h.length; j++) {
        out[i][j] = h[i][j].eval(x);
      }
    }
  }

  private synchronized Expr[][] hessianTerms() {
    if (hessian == null) {
      hessian = expression.hessian().stream().map(row -> row.toArray(Expr[]::new)).toArray(Expr[][]::new);
    }
    return hessian;
  }

  @Override
  public String description() {
    return "f(" + String.join(", ", expression.variables()) + ") = " + expression.source();
  }

  @Override
  public List<String> derivativeText() {
    return expression.derivativeText();
  }
}
