package gdviz.model.optim;

import gdviz.model.method.Method;
import gdviz.model.method.Optimizer;
import gdviz.model.method.Sketch;
import gdviz.model.objective.Objective;

/**
 * Nonlinear conjugate gradients, Polak–Ribière+: the first direction is −∇f; then
 * β = max(0, gₖᵀ(gₖ − gₖ₋₁)/gₖ₋₁ᵀgₖ₋₁) and d ← −gₖ + β·d, each step x ← x + t·d with t from the
 * line search: by default the strong Wolfe conditions with c₂ = 0.1, the search starting where a
 * quadratic through the last decrease puts the minimum (Nocedal &amp; Wright 3.60; the first step
 * 1.01/|∇f| long, as SciPy's CG takes it); exact on a quadratic in n variables it ends in n steps. A
 * direction that does not go downhill restarts at −∇f.
 */
public final class ConjugateGradient implements Optimizer {
  /** c₂ of the Wolfe conditions: 0.1, an almost exact search, keeps the directions conjugate. */
  static final double WOLFE_C2 = 0.1;
  public static final Method METHOD = Method.named("cg", "nonlinear conjugate gradients (Polak–Ribière+) with a line search")
      .rule("conjugate gradients: d ← −g + β·d, β = max(0, gᵀ(g − g₋)/g₋ᵀg₋), x ← x + t·d, t by the strong Wolfe"
          + " conditions (c₁ = 10⁻⁴, c₂ = 0.1)")
      .sameAs("scipy.optimize.minimize(method='CG'): the same directions (Polak–Ribière+), a Wolfe search with"
          + " c₂ = 0.4 and another interpolation: other iterates, as many steps (Rosenbrock from (−1.2, 1): 22 here,"
          + " 36 there)")
      .defaultEta(1)
      .sketched()
      .knobs(LineSearch.RULE, BacktrackingLineSearch.BRACKET)
      .choosesItsOwnStep("it chooses each step by a line search")
      .creates((f, eta, k, seed) -> new ConjugateGradient(f.dimension(), new LineSearch(f.dimension(), eta, k,
          LineSearch.RULE, BacktrackingLineSearch.BRACKET, WOLFE_C2)));

  private final LineSearch search;
  private final double[] direction;
  private final double[] previousGradient;
  private double previousValue = Double.NaN;
  private boolean started;

  ConjugateGradient(int dimension, LineSearch search) {
    this.search = search;
    this.direction = new double[dimension];
    this.previousGradient = new double[dimension];
  }

  @Override
  public double step(Objective f, double[] x, double[] g) {
    nextDirection(g, direction);
    double fx = f.value(x);
    double t = search.along(f, x, fx, g, direction, firstTrial(fx, g, direction), null);
    System.arraycopy(g, 0, previousGradient, 0, g.length);
    previousValue = fx;
    started = true;
    for (int i = 0; i < x.length; i++) {
      x[i] += t * direction[i];
    }
    return t;
  }

  /** −g + β·d (the last direction in {@code d}), or −g where that does not go downhill. */
  private void nextDirection(double[] g, double[] d) {
    double beta = 0;
    if (started) {
      double num = 0;
      double den = 0;
      for (int i = 0; i < g.length; i++) {
        num += g[i] * (g[i] - previousGradient[i]);
        den += previousGradient[i] * previousGradient[i];
      }
      beta = den > 0 ? Math.max(0, num / den) : 0;
    }
    double downhill = 0;
    for (int i = 0; i < g.length; i++) {
      d[i] = -g[i] + beta * d[i];
      downhill += g[i] * d[i];
    }
    if (!(downhill < 0)) { // not a descent direction: start again from the gradient
      for (int i = 0; i < g.length; i++) {
        d[i] = -g[i];
      }
    }
  }

  /** Where the Wolfe search starts: min(η, 1.01·2·(f − f₋)/∇fᵀd), f₋ = f + |∇f|/2 at the first step. */
  private double firstTrial(double fx, double[] g, double[] d) {
    double before = started ? previousValue : fx + Math.sqrt(WolfeSearch.dot(g, g)) / 2;
    double t = 1.01 * 2 * (fx - before) / WolfeSearch.dot(g, d);
    return t > 0 && Double.isFinite(t) ? Math.min(search.eta(), t) : search.eta();
  }

  /** The line search's trials along the next direction from x (✗ until one is accepted), or its bracket. */
  @Override
  public Sketch sketch(Objective f, double[] x, double[] g) {
    double[] d = direction.clone();
    nextDirection(g, d);
    return LineSearchSketch.of(search, f, x, g, d, firstTrial(f.value(x), g, d), "conjugate gradients");
  }
}
