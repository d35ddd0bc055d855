package gdviz.model;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;

/**
 * What fixed-step gradient descent does for each η, read off the curvature: with L the largest
 * and μ the smallest eigenvalue of the Hessian, η < 1/L descends monotonically, 1/L < η < 2/L
 * oscillates but converges, η > 2/L diverges, and 2/(μ + L) is the best fixed step. Exact for a
 * quadratic (constant Hessian); elsewhere it is read at one point and only {@link #local()}.
 *
 * @param largest L
 * @param smallest μ
 * @param local true when the Hessian varies, so the bands hold only near the point
 */
public record StepSizeBands(double largest, double smallest, boolean local) {

  /** The bands at x, or null when f has no Hessian or no positive curvature there. */
  public static StepSizeBands at(Objective f, double[] x) {
    if (!f.hasHessian()) {
      return null;
    }
    int n = f.dimension();
    double[][] h = new double[n][n];
    f.hessian(x, h);
    double largest;
    double smallest;
    if (n == 1) {
      largest = h[0][0];
      smallest = h[0][0];
    } else {
      for (double[] row : h) {
        for (double v : row) {
          if (!Double.isFinite(v)) {
            return null;
          }
        }
      }
      double[] eigen = new EigenDecomposition(new Array2DRowRealMatrix(h, false)).getRealEigenvalues();
      largest = Double.NEGATIVE_INFINITY;
      smallest = Double.POSITIVE_INFINITY;
      for (double e : eigen) {
        largest = Math.max(largest, e);
        smallest = Math.min(smallest, e);
      }
    }
    if (!(largest > 0) || !Double.isFinite(largest)) {
      return null;
    }
    return new StepSizeBands(largest, smallest, !f.hasConstantHessian());
  }

  /** 1/L: the largest step with monotone descent. */
  public double monotoneLimit() {
    return 1 / largest;
  }

  /** 2/L: beyond it, gradient descent diverges. */
  public double stabilityLimit() {
    return 2 / largest;
  }

  /** 2/(μ + L), the fixed step with the best worst-case rate, or NaN where μ ≤ 0. */
  public double optimalStep() {
    return smallest > 0 ? 2 / (smallest + largest) : Double.NaN;
  }

  public enum Regime { MONOTONE, OSCILLATING, DIVERGING }

  public Regime regimeOf(double eta) {
    if (eta < monotoneLimit()) {
      return Regime.MONOTONE;
    }
    return eta < stabilityLimit() ? Regime.OSCILLATING : Regime.DIVERGING;
  }
}
