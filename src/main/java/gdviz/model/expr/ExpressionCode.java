package gdviz.model.expr;

import java.util.List;
import java.util.Set;

/**
 * What evaluates a typed function, its gradient and its Hessian. This class walks the expression
 * trees (the interpreter: the reference, and the fallback); {@link ExpressionCompiler} makes
 * subclasses whose methods are JVM bytecode compiled from the same trees, giving the same doubles.
 */
public class ExpressionCode {
  /** The parts of a function that can run compiled. */
  public enum Part { VALUE, GRADIENT, HESSIAN }

  private final Expr value;
  private final Expr[] gradient;
  private final Expr[][] hessian;
  private final Set<Part> compiled;

  /** Also the compiled subclasses' constructor: they keep the trees for what they do not compile. */
  ExpressionCode(Expr value, Expr[] gradient, Expr[][] hessian, Set<Part> compiled) {
    this.value = value;
    this.gradient = gradient;
    this.hessian = hessian;
    this.compiled = compiled;
  }

  /** The interpreter for these trees. */
  public static ExpressionCode interpreted(Expr value, List<Expr> gradient, List<List<Expr>> hessian) {
    return new ExpressionCode(value, gradient.toArray(Expr[]::new),
        hessian.stream().map(row -> row.toArray(Expr[]::new)).toArray(Expr[][]::new), Set.of());
  }

  public double value(double[] x) {
    return value.eval(x);
  }

  public void gradient(double[] x, double[] out) {
    for (int i = 0; i < gradient.length; i++) {
      out[i] = gradient[i].eval(x);
    }
  }

  public void hessian(double[] x, double[][] out) {
    for (int i = 0; i < hessian.length; i++) {
      for (int j = 0; j < hessian.length; j++) {
        out[i][j] = hessian[i][j].eval(x);
      }
    }
  }

  /** The parts that run as compiled bytecode; none for the interpreter. */
  public final Set<Part> compiledParts() {
    return compiled;
  }

  /** The interpreter over the same trees (what tests compare compiled code with). */
  public ExpressionCode interpreter() {
    return new ExpressionCode(value, gradient, hessian, Set.of());
  }

  Expr valueTree() {
    return value;
  }

  Expr[] gradientTrees() {
    return gradient;
  }

  Expr[][] hessianTrees() {
    return hessian;
  }
}
