package gdviz.model.optim;

import gdviz.model.method.StepOnPaper;
import gdviz.model.format.HandWriting;
import gdviz.model.method.Method;
import gdviz.model.method.Optimizer;
import gdviz.model.objective.Objective;

/**
 * Each step tries x − η·∇f(x) for every candidate η (100, 10, 1, 0.1, … 0.00001) and keeps the one
 * with the lowest f; a candidate whose value overflows or is not a number counts as +∞.
 */
public final class StepSizeCandidates implements Optimizer {
  public static final Method METHOD = Method.named("candidates",
          "each step tries η ∈ {100, 10, …, 0.00001} and keeps the best")
      .rule("each step: x ← x − η·∇f(x) for the η ∈ {100, 10, …, 0.00001} with the lowest f")
      .defaultEta(1)
      .choosesItsOwnStep("it picks each step from its own list of candidates")
      .onPaper(StepSizeCandidates::onPaper)
      .creates((f, eta, k, seed) -> new StepSizeCandidates(f.dimension()));

  public static final double[] CANDIDATES = {100, 10, 1, 0.1, 0.01, 0.001, 0.0001, 0.00001};

  private final double[] trial;

  public StepSizeCandidates(int dimension) {
    this.trial = new double[dimension];
  }

  @Override
  public double step(Objective f, double[] x, double[] g) {
    double bestEta = Double.NaN;
    double bestValue = Double.POSITIVE_INFINITY;
    for (double eta : CANDIDATES) {
      for (int i = 0; i < x.length; i++) {
        trial[i] = x[i] - eta * g[i];
      }
      double v = f.value(trial);
      double safe = Double.isFinite(v) ? v : Double.POSITIVE_INFINITY;
      if (safe < bestValue) {
        bestValue = safe;
        bestEta = eta;
      }
    }
    if (Double.isNaN(bestEta)) {
      return 0; // every candidate overflowed: stay put
    }
    for (int i = 0; i < x.length; i++) {
      x[i] -= bestEta * g[i];
    }
    return bestEta;
  }

  /** Which η won, then gradient descent's step with it. */
  private static String onPaper(StepOnPaper s) {
    return "of η ∈ {100, 10, …, 0.00001} the lowest f came with η = " + HandWriting.num(s.eta()) + "\n" + s.downhill("η");
  }
}
