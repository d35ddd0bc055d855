package gdviz.model.analysis;

import gdviz.model.objective.Curvature;

/**
 * Momentum's (or Nesterov's) convergence rate over the plane of its two knobs: R(η, β), the largest
 * factor over the Hessian's eigenvalues ({@link ConvergenceRate}), with η on a log axis. Where
 * R ≥ 1 the method diverges; elsewhere the error shrinks by R per step. Each point also has the
 * regime of its slowest direction, the regions as Distill's "Why Momentum Really Works" names
 * them.
 */
public final class MomentumMap {
  /** What the slowest direction does at a point. */
  public enum Region {
    /** Complex roots: the error spirals in, overshooting in waves. */
    RIPPLES("ripples"),
    /** Real, positive roots: it decreases without overshooting. */
    MONOTONE("monotone decrease"),
    /** A real negative root dominates: it flips sign every step. */
    OSCILLATING("oscillations"),
    /** R ≥ 1. */
    DIVERGENT("divergence");

    private final String label;

    Region(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  private final ConvergenceRate.Rule rule;
  private final double[] lambdas;

  /** @param rule momentum or Nesterov */
  public MomentumMap(ConvergenceRate.Rule rule, Curvature c) {
    if (rule == ConvergenceRate.Rule.GD) {
      throw new IllegalArgumentException("the momentum map is for momentum or nesterov");
    }
    this.rule = rule;
    this.lambdas = c.values().clone();
  }

  /** R at (η, β). */
  public double rate(double eta, double beta) {
    double r = 0;
    for (double lambda : lambdas) {
      r = Math.max(r, ConvergenceRate.factor(rule, eta, beta, lambda));
    }
    return r;
  }

  /** The regime of the slowest direction at (η, β). */
  public Region region(double eta, double beta) {
    double worst = -1;
    double lambda = lambdas[0];
    for (double l : lambdas) {
      double f = ConvergenceRate.factor(rule, eta, beta, l);
      if (f > worst) {
        worst = f;
        lambda = l;
      }
    }
    if (worst >= 1) {
      return Region.DIVERGENT;
    }
    double trace = rule.trace(eta, beta, lambda);
    double det = rule.det(eta, beta, lambda);
    double disc = trace * trace - 4 * det;
    if (disc < 0) {
      return Region.RIPPLES;
    }
    return trace >= 0 ? Region.MONOTONE : Region.OSCILLATING;
  }

  /**
   * R on a grid of {@code nx} rates spaced evenly in log η from etaMin to etaMax (columns) and
   * {@code ny} values of β from 0 to betaMax (rows): rates[row][column].
   */
  public double[][] grid(double etaMin, double etaMax, double betaMax, int nx, int ny) {
    double[][] out = new double[ny][nx];
    double la = Math.log10(etaMin);
    double lb = Math.log10(etaMax);
    for (int j = 0; j < ny; j++) {
      double beta = betaMax * j / (ny - 1);
      for (int i = 0; i < nx; i++) {
        out[j][i] = rate(Math.pow(10, la + (lb - la) * i / (nx - 1)), beta);
      }
    }
    return out;
  }
}
