package gdviz.model.optim;

import gdviz.model.method.StepOnPaper;
import gdviz.model.format.HandWriting;
import gdviz.model.method.Knob;
import gdviz.model.method.Method;
import gdviz.model.method.Optimizer;
import gdviz.model.method.Sketch;
import gdviz.model.objective.Objective;
import java.util.List;

/**
 * Gradient descent whose step length is chosen per step by backtracking (Armijo): start at t = η
 * and halve t until f(x − t·g) ≤ f(x) − c·t·|g|², with c = 10⁻⁴.
 */
public final class BacktrackingLineSearch implements Optimizer {
  public static final Knob RULE = Knob.choice("lineSearch", "search", "armijo", List.of("armijo", "exact"),
      "armijo: halve t from η until f falls enough; exact: Brent's method on the bracket");
  public static final Knob BRACKET = Knob.interval("bracket", "[a, b]", null, 0, Double.POSITIVE_INFINITY,
      "exact search: the step interval (default [0, η])");
  public static final Method METHOD = Method.named("linesearch",
          "gradient descent with a line search: armijo (backtracking from t = η) or exact (Brent on the bracket)")
      .rule("line search: x ← x − t·∇f(x), t = η, η/2, … until f(x − t·∇f) ≤ f(x) − 10⁻⁴·t·|∇f|² (armijo), or"
          + " the minimum of f along −∇f on [a, b] by Brent's method (exact)")
      .sameAs("— (SciPy's line searches return one step, not a run)")
      .defaultEta(1)
      .knobs(RULE, BRACKET)
      .choosesItsOwnStep("it chooses each step by a line search")
      .sketched()
      .onPaper(BacktrackingLineSearch::onPaper)
      .creates((f, eta, k, seed) -> {
        if (!"exact".equals(k.choice(RULE))) {
          return new BacktrackingLineSearch(f.dimension(), eta);
        }
        double[] b = k.interval(BRACKET);
        return new ExactLineSearch(f.dimension(), b != null ? b[0] : 0, b != null ? b[1] : eta);
      });

  static final double SUFFICIENT_DECREASE = 1e-4;
  static final double SHRINK = 0.5;
  private static final int MAX_HALVINGS = 100;

  private final double initialStep;
  private final double[] trial;

  public BacktrackingLineSearch(int dimension, double initialStep) {
    this.initialStep = initialStep;
    this.trial = new double[dimension];
  }

  @Override
  public double step(Objective f, double[] x, double[] g) {
    double t = search(f, x, g, null);
    for (int i = 0; i < x.length; i++) {
      x[i] -= t * g[i];
    }
    return t;
  }

  /**
   * Backtracking from t = η: the first t with f(x − t·g) ≤ f(x) − c·t·|g|² (or the last tried);
   * each rejected t is added to {@code rejected} if it is given.
   */
  private double search(Objective f, double[] x, double[] g, java.util.List<Double> rejected) {
    double fx = f.value(x);
    double slope = 0;
    for (double gi : g) {
      slope += gi * gi;
    }
    double t = initialStep;
    for (int k = 0; k < MAX_HALVINGS; k++) {
      for (int i = 0; i < x.length; i++) {
        trial[i] = x[i] - t * g[i];
      }
      double ft = f.value(trial);
      if (ft <= fx - SUFFICIENT_DECREASE * t * slope) {
        break;
      }
      if (rejected != null) {
        rejected.add(t);
      }
      t *= SHRINK;
    }
    return t;
  }

  /** The trial steps of the next search from x: the rejected ones (t = η, η/2, …; the first six) and the one accepted. */
  @Override
  public Sketch sketch(Objective f, double[] x, double[] g) {
    java.util.List<Double> rejected = new java.util.ArrayList<>();
    double t = search(f, x, g, rejected);
    java.util.List<Sketch.Arrow> arrows = new java.util.ArrayList<>();
    for (int k = 0; k < Math.min(6, rejected.size()); k++) {
      arrows.add(new Sketch.Arrow(x.clone(), Sketch.down(g, rejected.get(k)), k == 0 ? "✗ t = η" : "✗ η/" + (1 << k)));
    }
    if (rejected.size() < MAX_HALVINGS) {
      arrows.add(new Sketch.Arrow(x.clone(), Sketch.down(g, t), "step"));
    }
    return new Sketch(java.util.List.of(), null, null, arrows,
        "the line search's trials from the iterate: rejected (✗) until f falls enough, then the step");
  }

  /** The step length the search chose, and how, then gradient descent's step with it. */
  private static String onPaper(StepOnPaper s) {
    return "step length t = " + HandWriting.num(s.eta()) + " chosen by "
        + ("exact".equals(s.knobs().choice(RULE)) ? "an exact search (Brent)" : "backtracking (Armijo)") + "\n"
        + s.downhill("t");
  }
}
