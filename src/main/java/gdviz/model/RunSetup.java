package gdviz.model;

import gdviz.model.optim.Optimizer;

/**
 * Everything one run needs, resolved and checked: the objective (as the user wrote it, to be
 * maximized or minimized), the start, the method with its parameters, and the stop rules.
 *
 * @param steps the step budget
 * @param tolGrad stop when every |∂f/∂xᵢ| ≤ tolGrad (null: no such rule)
 * @param tolImprove stop when one step changes f by less than this (null: no such rule)
 */
public record RunSetup(
    String label,
    Objective objective,
    double[] start,
    Method method,
    double eta,
    MethodParams params,
    long steps,
    Double tolGrad,
    Double tolImprove,
    long seed,
    boolean maximize) {

  /** Absolute coordinate beyond which a run counts as diverged. */
  public static final double DIVERGENCE_BOUND = 1e150;

  public RunSetup {
    start = start.clone();
    if (start.length != objective.dimension()) {
      throw new SetupException("the start point has " + start.length + " coordinate"
          + (start.length == 1 ? "" : "s") + " but " + objective.description() + " takes "
          + objective.dimension());
    }
    for (int i = 0; i < start.length; i++) {
      if (!Double.isFinite(start[i]) || Math.abs(start[i]) > DIVERGENCE_BOUND) {
        throw new SetupException("start coordinate " + (i + 1) + " must be a finite number with |x| ≤ 1e150, got "
            + Numbers.format(start[i]));
      }
    }
    if (!(eta > 0) || !Double.isFinite(eta)) {
      throw new SetupException("η (--eta) must be a positive number, got " + Numbers.format(eta));
    }
    if (steps < 0) {
      throw new SetupException("--steps must be zero or more, got " + steps);
    }
    if (tolGrad != null && !(tolGrad >= 0)) {
      throw new SetupException("--tol-grad must be zero or positive, got " + Numbers.format(tolGrad));
    }
    if (tolImprove != null && !(tolImprove >= 0)) {
      throw new SetupException("the improvement tolerance must be zero or positive, got " + Numbers.format(tolImprove));
    }
    if (maximize && method.needsData()) {
      throw new SetupException("--maximize makes no sense for a data-set loss with method " + method.id());
    }
    method.validate(objective, params);
  }

  @Override
  public double[] start() {
    return start.clone();
  }

  /** The function the optimizer descends: f, or −f when maximizing. */
  public Objective descended() {
    return maximize ? new NegatedObjective(objective) : objective;
  }

  public Optimizer newOptimizer(Objective descended) {
    return method.create(descended, eta, params, seed);
  }
}
