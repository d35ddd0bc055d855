package gdviz.model;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * The Hessian of a function at a point, taken apart into its eigen-directions: the curvatures λᵢ
 * (ascending) and the directions vᵢ along which they act. What the step-size bands, the divergence
 * rule and the minimum of a quadratic are read from.
 *
 * @param values λ₁ ≤ λ₂ ≤ …
 * @param vectors vectors[i] is the unit direction vᵢ of λᵢ
 */
public record Curvature(double[] values, double[][] vectors) {

  /** The eigen-directions of f's Hessian at x, or null when f has none or it is not finite there. */
  public static Curvature at(Objective f, double[] x) {
    if (!f.hasHessian()) {
      return null;
    }
    int n = f.dimension();
    double[][] h = new double[n][n];
    f.hessian(x, h);
    for (double[] row : h) {
      for (double v : row) {
        if (!Double.isFinite(v)) {
          return null;
        }
      }
    }
    if (n == 1) {
      return new Curvature(new double[] {h[0][0]}, new double[][] {{1}});
    }
    EigenDecomposition eigen = new EigenDecomposition(new Array2DRowRealMatrix(h, false));
    double[] raw = eigen.getRealEigenvalues();
    RealMatrix v = eigen.getV();
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    java.util.Arrays.sort(order, (a, b) -> Double.compare(raw[a], raw[b]));
    double[] values = new double[n];
    double[][] vectors = new double[n][n];
    for (int i = 0; i < n; i++) {
      values[i] = raw[order[i]];
      double[] column = v.getColumn(order[i]);
      // a readable sign: the largest component positive, so (0, 1) rather than (−0, −1)
      int big = 0;
      for (int j = 1; j < n; j++) {
        if (Math.abs(column[j]) > Math.abs(column[big])) {
          big = j;
        }
      }
      double sign = column[big] < 0 ? -1 : 1;
      for (int j = 0; j < n; j++) {
        vectors[i][j] = sign * column[j] + 0.0; // + 0.0 turns −0 into 0
      }
    }
    return new Curvature(values, vectors);
  }

  public int dimension() {
    return values.length;
  }

  /** The largest curvature L. */
  public double largest() {
    return values[values.length - 1];
  }

  /** The smallest curvature μ. */
  public double smallest() {
    return values[0];
  }

  /** vᵢ·u: the component of u along direction i. */
  public double component(int i, double[] u) {
    double s = 0;
    for (int j = 0; j < u.length; j++) {
      s += vectors[i][j] * u[j];
    }
    return s;
  }

  /**
   * The minimizer of a quadratic: for f with a constant, positive definite Hessian H, the point
   * x* = x₀ − H⁻¹∇f(x₀) (any x₀; the origin is taken). Null for any other function.
   */
  static double[] quadraticMinimizer(Objective f) {
    if (!f.hasHessian() || !f.hasConstantHessian()) {
      return null;
    }
    int n = f.dimension();
    double[] origin = new double[n];
    Curvature c = at(f, origin);
    if (c == null || !(c.smallest() > 0)) {
      return null;
    }
    double[] g = new double[n];
    f.gradient(origin, g);
    double[] x = new double[n];
    for (int i = 0; i < n; i++) {
      double along = c.component(i, g) / c.values[i];
      for (int j = 0; j < n; j++) {
        x[j] -= along * c.vectors[i][j];
      }
    }
    for (double v : x) {
      if (!Double.isFinite(v)) {
        return null;
      }
    }
    return x;
  }
}
