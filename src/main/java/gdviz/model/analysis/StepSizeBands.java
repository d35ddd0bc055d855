package gdviz.model.analysis;

import gdviz.model.objective.Curvature;
import gdviz.model.objective.Objective;

/**
 * What fixed-step gradient descent does for each η, read off the curvature: with L the largest
 * and μ the smallest eigenvalue of the Hessian, η ≤ 1/L descends monotonically, 1/L < η < 2/L
 * oscillates but converges, η = 2/L oscillates for ever without converging, η > 2/L diverges,
 * and 2/(μ + L) is the best fixed step. Exact for a quadratic (constant Hessian); elsewhere it is
 * read at one point and only {@link #local()}.
 *
 * @param largest L
 * @param smallest μ
 * @param local true when the Hessian varies, so the bands hold only near the point
 */
public record StepSizeBands(double largest, double smallest, boolean local) {

  /** The bands at x, or null when f has no Hessian or no positive curvature there. */
  public static StepSizeBands at(Objective f, double[] x) {
    Curvature c = Curvature.at(f, x);
    if (c == null || !(c.largest() > 0) || !Double.isFinite(c.largest())) {
      return null;
    }
    return new StepSizeBands(c.largest(), c.smallest(), !f.hasConstantHessian());
  }

  /** 1/L: the largest step with monotone descent. */
  public double monotoneLimit() {
    return 1 / largest;
  }

  /** 2/L: from it on, gradient descent does not converge. */
  public double stabilityLimit() {
    return 2 / largest;
  }

  /** 2/(μ + L), the fixed step with the best worst-case rate, or NaN where μ ≤ 0. */
  public double optimalStep() {
    return smallest > 0 ? 2 / (smallest + largest) : Double.NaN;
  }

  /** What gd does with a step η along the steepest direction (curvature L). */
  public enum Regime {
    /** ηL ≤ 1: every step goes down without overshooting. */
    MONOTONE,
    /** 1 < ηL < 2: overshoots, alternating sides, but converges. */
    OSCILLATING,
    /** ηL = 2: flips sides at every step and keeps its distance: neither converges nor diverges. */
    NOT_CONVERGING,
    /** ηL > 2: each overshoot is larger than the last. */
    DIVERGING
  }

  public Regime regimeOf(double eta) {
    double product = eta * largest;
    if (product <= 1) {
      return Regime.MONOTONE;
    }
    if (product < 2) {
      return Regime.OSCILLATING;
    }
    return product == 2 ? Regime.NOT_CONVERGING : Regime.DIVERGING;
  }
}
