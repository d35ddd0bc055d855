package gdviz.model.optim;

import gdviz.model.method.Optimizer;
import gdviz.model.method.Sketch;
import gdviz.model.objective.Objective;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.univariate.BrentOptimizer;
import org.apache.commons.math3.optim.univariate.SearchInterval;
import org.apache.commons.math3.optim.univariate.UnivariateObjectiveFunction;
import org.apache.commons.math3.optim.univariate.UnivariatePointValuePair;

/**
 * Gradient descent with an exact 1D search: t = argmin over [a, b] of f(x − t·∇f(x)), found by
 * Brent's method (golden section with parabolic steps). Values that are not finite count as +∞.
 */
public final class ExactLineSearch implements Optimizer {
  private final double low;
  private final double high;
  private final double[] trial;
  private final BrentOptimizer brent = new BrentOptimizer(1e-10, 1e-14);

  public ExactLineSearch(int dimension, double low, double high) {
    this.low = low;
    this.high = high;
    this.trial = new double[dimension];
  }

  @Override
  public double step(Objective f, double[] x, double[] g) {
    UnivariateObjectiveFunction along = new UnivariateObjectiveFunction(t -> {
      for (int i = 0; i < x.length; i++) {
        trial[i] = x[i] - t * g[i];
      }
      double v = f.value(trial);
      return Double.isNaN(v) ? Double.POSITIVE_INFINITY : v;
    });
    UnivariatePointValuePair best = brent.optimize(new MaxEval(500), GoalType.MINIMIZE, along,
        new SearchInterval(low, high, low));
    double t = best.getPoint();
    for (int i = 0; i < x.length; i++) {
      x[i] -= t * g[i];
    }
    return t;
  }

  /** The search's line from x: the bracket's ends (t = a, t = b) and the step to the minimum found on it. */
  @Override
  public Sketch sketch(Objective f, double[] x, double[] g) {
    double[] at = x.clone();
    double t = step(f, at, g.clone());
    java.util.List<Sketch.Arrow> arrows = new java.util.ArrayList<>();
    if (low > 0) {
      arrows.add(new Sketch.Arrow(x.clone(), Sketch.down(g, low), "t = a"));
    }
    arrows.add(new Sketch.Arrow(x.clone(), Sketch.down(g, high), "t = b"));
    arrows.add(new Sketch.Arrow(x.clone(), Sketch.down(g, t), "step"));
    return new Sketch(java.util.List.of(), null, null, arrows,
        "the exact search's bracket along −∇f and the minimum it found there");
  }
}
