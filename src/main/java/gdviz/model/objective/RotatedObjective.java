package gdviz.model.objective;

import gdviz.model.format.Numbers;

/**
 * g(x) = f(R·x) for a 2D rotation R: the same landscape turned by an angle, which is what
 * diagonal preconditioning cannot undo. ∇g = Rᵀ∇f(Rx), ∇²g = Rᵀ·∇²f(Rx)·R.
 */
public final class RotatedObjective implements Objective {
  private final Objective inner;
  private final double degrees;
  private final double cos;
  private final double sin;
  private final double[] turned = new double[2];
  private final double[] innerGradient = new double[2];
  private final double[][] innerHessian = new double[2][2];

  public RotatedObjective(Objective inner, double degrees) {
    if (inner.dimension() != 2) {
      throw new IllegalArgumentException("only functions of two variables can be rotated, this one has "
          + inner.dimension());
    }
    this.inner = inner;
    this.degrees = degrees;
    double radians = Math.toRadians(degrees);
    this.cos = Math.cos(radians);
    this.sin = Math.sin(radians);
  }

  @Override
  public int dimension() {
    return 2;
  }

  private double[] turn(double[] x) {
    turned[0] = cos * x[0] - sin * x[1];
    turned[1] = sin * x[0] + cos * x[1];
    return turned;
  }

  @Override
  public synchronized double value(double[] x) {
    return inner.value(turn(x));
  }

  @Override
  public synchronized void gradient(double[] x, double[] out) {
    inner.gradient(turn(x), innerGradient);
    out[0] = cos * innerGradient[0] + sin * innerGradient[1];
    out[1] = -sin * innerGradient[0] + cos * innerGradient[1];
  }

  @Override
  public boolean hasHessian() {
    return inner.hasHessian();
  }

  @Override
  public boolean hasConstantHessian() {
    return inner.hasConstantHessian();
  }

  @Override
  public synchronized void hessian(double[] x, double[][] out) {
    inner.hessian(turn(x), innerHessian);
    double[][] r = {{cos, -sin}, {sin, cos}};
    for (int i = 0; i < 2; i++) {
      for (int j = 0; j < 2; j++) {
        double sum = 0;
        for (int k = 0; k < 2; k++) {
          for (int l = 0; l < 2; l++) {
            sum += r[k][i] * innerHessian[k][l] * r[l][j];
          }
        }
        out[i][j] = sum;
      }
    }
  }

  @Override
  public String description() {
    return inner.description() + ", rotated by " + Numbers.format(degrees) + "°";
  }

  /**
   * The rotated function's exact derivatives, where the function was typed: x1, x2 replaced by
   * c·x1 − s·x2, s·x1 + c·x2 (c = cos, s = sin of the angle) and differentiated. Otherwise the rule.
   */
  @Override
  public java.util.List<String> derivativeText() {
    java.util.List<String> lines = new java.util.ArrayList<>();
    lines.add("rotated by " + Numbers.format(degrees) + "°: f(c·x1 − s·x2, s·x1 + c·x2)");
    lines.add("with c = cos " + Numbers.format(degrees) + "° = " + Numbers.compact(cos) + ", s = sin "
        + Numbers.format(degrees) + "° = " + Numbers.compact(sin));
    if (inner instanceof ExpressionObjective typed) {
      lines.addAll(typed.expression().rotated(degrees).derivativeText());
    } else {
      lines.add("∇f(x) = Rᵀ·∇f₀(R·x), R the rotation");
    }
    return lines;
  }
}
