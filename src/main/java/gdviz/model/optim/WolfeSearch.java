package gdviz.model.optim;

import gdviz.model.objective.Objective;
import java.util.List;

/**
 * A step length t along a descent direction d that meets the strong Wolfe conditions (Nocedal &amp;
 * Wright, Numerical Optimization, Algorithms 3.5 and 3.6): with φ(t) = f(x + t·d),
 * φ(t) ≤ φ(0) + c₁·t·φ′(0) (f falls enough) and |φ′(t)| ≤ c₂·|φ′(0)| (the slope has flattened).
 * Trial steps grow from t₀ (doubling) until one of them brackets an acceptable step, which "zoom"
 * then narrows by interpolation — cubic where both slopes are known, else quadratic, bisection when
 * an interpolant lands too near an end. c₁ = 10⁻⁴; c₂ = 0.1 for conjugate gradients (an almost exact
 * search keeps their directions conjugate), 0.9 for quasi-Newton methods (a step of 1 is usually
 * accepted at once).
 */
final class WolfeSearch {
  static final double C1 = 1e-4;
  /** Trial steps of the bracketing phase, and of the zoom. */
  private static final int MAX_TRIALS = 40;
  private static final double MAX_STEP = 1e10;

  private final double c2;
  private final double[] point;
  private final double[] gradient;
  private List<Double> tried;
  private Objective f;
  private double[] x;
  private double[] d;

  WolfeSearch(int dimension, double c2) {
    this.c2 = c2;
    this.point = new double[dimension];
    this.gradient = new double[dimension];
  }

  /**
   * The step from x along d, starting the search at {@code first}; f(x) = fx, ∇f(x) = g. Each trial
   * step is added to {@code tried} if it is given (the accepted one last). Where no step meets both
   * conditions within 40 trials, the best one that meets the first is taken.
   */
  double along(Objective f, double[] x, double fx, double[] g, double[] d, double first, List<Double> tried) {
    this.f = f;
    this.x = x;
    this.d = d;
    this.tried = tried;
    double slope0 = dot(g, d);
    if (!(slope0 < 0)) {
      return 0; // not downhill: no step
    }
    double previous = 0;
    double phiPrevious = fx;
    double slopePrevious = slope0;
    double t = first > 0 && Double.isFinite(first) ? first : 1;
    for (int i = 1; i <= MAX_TRIALS; i++) {
      double phi = value(t);
      if (!Double.isFinite(phi) || phi > fx + C1 * t * slope0 || (i > 1 && phi >= phiPrevious)) {
        return zoom(previous, phiPrevious, slopePrevious, t, phi, Double.NaN, fx, slope0);
      }
      double slope = slope(t);
      if (Math.abs(slope) <= -c2 * slope0) {
        return t;
      }
      if (slope >= 0) {
        return zoom(t, phi, slope, previous, phiPrevious, slopePrevious, fx, slope0);
      }
      previous = t;
      phiPrevious = phi;
      slopePrevious = slope;
      t = Math.min(2 * t, MAX_STEP);
    }
    return previous;
  }

  /** Algorithm 3.6: lo meets the sufficient decrease and has the lower φ; the step sought lies between lo and hi. */
  private double zoom(double lo, double phiLo, double slopeLo, double hi, double phiHi, double slopeHi, double phi0,
      double slope0) {
    for (int j = 0; j < MAX_TRIALS; j++) {
      double t = interpolate(lo, phiLo, slopeLo, hi, phiHi, slopeHi);
      double phi = value(t);
      if (!Double.isFinite(phi) || phi > phi0 + C1 * t * slope0 || phi >= phiLo) {
        hi = t;
        phiHi = phi;
        slopeHi = Double.NaN;
      } else {
        double slope = slope(t);
        if (Math.abs(slope) <= -c2 * slope0) {
          return t;
        }
        if (slope * (hi - lo) >= 0) {
          hi = lo;
          phiHi = phiLo;
          slopeHi = slopeLo;
        }
        lo = t;
        phiLo = phi;
        slopeLo = slope;
      }
      if (Math.abs(hi - lo) <= 1e-16 * Math.max(1, Math.abs(lo))) {
        break; // the bracket has closed: the best step found
      }
    }
    return lo;
  }

  /**
   * The minimizer of the cubic through both ends' values and slopes (N&amp;W 3.59), or of the quadratic
   * through lo's value and slope and hi's value; the middle where it falls outside the bracket's
   * inner 80 % or is not a number.
   */
  static double interpolate(double lo, double phiLo, double slopeLo, double hi, double phiHi, double slopeHi) {
    double t;
    if (Double.isFinite(slopeHi) && Double.isFinite(phiHi)) {
      double d1 = slopeLo + slopeHi - 3 * (phiLo - phiHi) / (lo - hi);
      double d2 = Math.signum(hi - lo) * Math.sqrt(d1 * d1 - slopeLo * slopeHi);
      t = hi - (hi - lo) * (slopeHi + d2 - d1) / (slopeHi - slopeLo + 2 * d2);
    } else if (Double.isFinite(phiHi)) {
      double h = hi - lo;
      t = lo - slopeLo * h * h / (2 * (phiHi - phiLo - slopeLo * h));
    } else {
      t = Double.NaN;
    }
    double a = Math.min(lo, hi);
    double b = Math.max(lo, hi);
    double margin = 0.1 * (b - a);
    if (!(t >= a + margin && t <= b - margin)) {
      t = (lo + hi) / 2;
    }
    return t;
  }

  private double value(double t) {
    if (tried != null) {
      tried.add(t);
    }
    for (int i = 0; i < x.length; i++) {
      point[i] = x[i] + t * d[i];
    }
    return f.value(point);
  }

  private double slope(double t) {
    for (int i = 0; i < x.length; i++) {
      point[i] = x[i] + t * d[i];
    }
    f.gradient(point, gradient);
    return dot(gradient, d);
  }

  static double dot(double[] a, double[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }
}
