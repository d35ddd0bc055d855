package gdviz.model.objective;

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
    if (diagonal(h)) { // the axes, exactly: a solver would lose λ = 2 beside 2e300 (1e300·x1² + x2²)
      double[] values = new double[n];
      double[][] vectors = new double[n][];
      Integer[] order = new Integer[n];
      for (int i = 0; i < n; i++) {
        order[i] = i;
      }
      java.util.Arrays.sort(order, (a, b) -> Double.compare(h[a][a], h[b][b]));
      for (int i = 0; i < n; i++) {
        values[i] = h[order[i]][order[i]];
        vectors[i] = new double[n];
        vectors[i][order[i]] = 1;
      }
      return new Curvature(values, vectors);
    }
    if (n == 2) {
      return twoByTwo(h[0][0], (h[0][1] + h[1][0]) / 2, h[1][1]);
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

  private static boolean diagonal(double[][] h) {
    for (int i = 0; i < h.length; i++) {
      for (int j = 0; j < h.length; j++) {
        if (i != j && h[i][j] != 0) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * The symmetric matrix [a b; b d], in closed form: scaled by a power of two (exactly) so that its
   * largest entry is about 1, the eigenvalue of larger magnitude from the trace and the discriminant,
   * the other as det/λ — so the small one keeps its digits instead of cancelling.
   */
  private static Curvature twoByTwo(double a, double b, double d) {
    double big = Math.max(Math.abs(a), Math.max(Math.abs(b), Math.abs(d)));
    double scale = Math.scalb(1.0, -Math.getExponent(big));
    double as = a * scale;
    double bs = b * scale;
    double ds = d * scale;
    double mean = (as + ds) / 2;
    double radius = Math.hypot((as - ds) / 2, bs);
    double larger = mean >= 0 ? mean + radius : mean - radius;
    double other = larger == 0 ? 0 : (as * ds - bs * bs) / larger;
    double[] lambdas = {Math.min(larger, other), Math.max(larger, other)};
    double[][] vectors = new double[2][];
    for (int i = 0; i < 2; i++) {
      double l = lambdas[i];
      double[] u = {bs, l - as};
      double[] w = {l - ds, bs};
      double[] v = Math.hypot(u[0], u[1]) >= Math.hypot(w[0], w[1]) ? u : w;
      double norm = Math.hypot(v[0], v[1]);
      double sign = Math.abs(v[1]) > Math.abs(v[0]) ? Math.signum(v[1]) : Math.signum(v[0]);
      vectors[i] = new double[] {sign * v[0] / norm + 0.0, sign * v[1] / norm + 0.0};
      lambdas[i] = l / scale;
    }
    return new Curvature(lambdas, vectors);
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
