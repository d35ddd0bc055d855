package gdviz.model.analysis;

import gdviz.model.objective.Curvature;
import gdviz.model.objective.Objective;

/**
 * A quadratic's f − f* taken apart along its eigen-directions (Distill's decomposition): with
 * x* the minimizer, f(x) − f* = Σᵢ ½λᵢ·(vᵢ·(x − x*))², and gd shrinks each term by (1 − ηλᵢ)² per
 * step. Also the bound the slowest direction sets: f_k − f* ≤ ρ^(2k)·(f₀ − f*), ρ the rate.
 */
public final class DirectionLosses {
  private DirectionLosses() {}

  /**
   * The quadratic's curvature for the decomposition, or null when f is not a quadratic with a
   * known minimizer (the decomposition is exact only there).
   */
  public static Curvature of(Objective f) {
    if (!f.hasHessian() || !f.hasConstantHessian() || f.minimizer() == null) {
      return null;
    }
    return Curvature.at(f, f.minimizer());
  }

  /** Direction i's part of f − f* along a path, as a path whose values are f* + ½λᵢ(vᵢ·(x − x*))². */
  public static IteratePath along(IteratePath path, Curvature c, double[] minimizer, double minimum, int i) {
    double lambda = c.values()[i];
    double[] v = c.vectors()[i];
    return new IteratePath() {
      @Override
      public int size() {
        return path.size();
      }

      @Override
      public int dimension() {
        return path.dimension();
      }

      @Override
      public double x(int k, int j) {
        return path.x(k, j);
      }

      @Override
      public double value(int k) {
        double s = 0;
        for (int j = 0; j < v.length; j++) {
          s += v[j] * (path.x(k, j) - minimizer[j]);
        }
        return minimum + 0.5 * lambda * s * s;
      }

      @Override
      public double gradient(int k, int j) {
        return path.gradient(k, j);
      }
    };
  }

  /** The bound f* + ρ^(2k)·(f₀ − f*) for k = 0 … n − 1, as a path (only its values mean anything). */
  public static IteratePath bound(double f0, double minimum, double rate, int n) {
    return new IteratePath() {
      @Override
      public int size() {
        return n;
      }

      @Override
      public int dimension() {
        return 1;
      }

      @Override
      public double x(int k, int j) {
        return k;
      }

      @Override
      public double value(int k) {
        return minimum + Math.pow(rate, 2.0 * k) * (f0 - minimum);
      }

      @Override
      public double gradient(int k, int j) {
        return 0;
      }
    };
  }
}
