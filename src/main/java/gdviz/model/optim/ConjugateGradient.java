package gdviz.model.optim;

import gdviz.model.Objective;
import gdviz.model.method.Knob;
import gdviz.model.method.Method;

/**
 * Nonlinear conjugate gradients, Polak–Ribière+: the first direction is −∇f; then
 * β = max(0, gₖᵀ(gₖ − gₖ₋₁)/gₖ₋₁ᵀgₖ₋₁) and d ← −gₖ + β·d, each step x ← x + t·d with t from the
 * line search (exact by default: on a quadratic in n variables it then ends in n steps). A
 * direction that does not go downhill restarts at −∇f.
 */
public final class ConjugateGradient implements Optimizer {
  /** The line search, exact unless asked otherwise. */
  static final Knob RULE = BacktrackingLineSearch.RULE.withDefault("exact");
  public static final Method METHOD = Method.named("cg", "nonlinear conjugate gradients (Polak–Ribière+) with a line search")
      .rule("conjugate gradients: d ← −g + β·d, β = max(0, gᵀ(g − g₋)/g₋ᵀg₋), x ← x + t·d")
      .defaultEta(1)
      .knobs(RULE, BacktrackingLineSearch.BRACKET)
      .choosesItsOwnStep("it chooses each step by a line search")
      .creates((f, eta, k, seed) -> new ConjugateGradient(f.dimension(), new LineSearch(f.dimension(), eta, k,
          RULE, BacktrackingLineSearch.BRACKET)));

  private final LineSearch search;
  private final double[] direction;
  private final double[] previousGradient;
  private boolean started;

  ConjugateGradient(int dimension, LineSearch search) {
    this.search = search;
    this.direction = new double[dimension];
    this.previousGradient = new double[dimension];
  }

  @Override
  public double step(Objective f, double[] x, double[] g) {
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
      direction[i] = -g[i] + beta * direction[i];
      downhill += g[i] * direction[i];
    }
    if (!(downhill < 0)) { // not a descent direction: start again from the gradient
      for (int i = 0; i < g.length; i++) {
        direction[i] = -g[i];
      }
    }
    System.arraycopy(g, 0, previousGradient, 0, g.length);
    started = true;
    double t = search.along(f, x, f.value(x), g, direction);
    for (int i = 0; i < x.length; i++) {
      x[i] += t * direction[i];
    }
    return t;
  }
}
