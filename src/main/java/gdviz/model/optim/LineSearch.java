package gdviz.model.optim;

import gdviz.model.Objective;
import gdviz.model.method.Knob;
import gdviz.model.method.KnobValues;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.univariate.BrentOptimizer;
import org.apache.commons.math3.optim.univariate.SearchInterval;
import org.apache.commons.math3.optim.univariate.UnivariateObjectiveFunction;

/**
 * A step length t along a search direction d from x, by the rule a method's knobs name: Armijo's
 * backtracking (halve t from t₀ until f(x + t·d) ≤ f(x) + c·t·∇f·d, c = 10⁻⁴) or an exact search
 * (Brent's method on the bracket). What conjugate gradients and BFGS search along.
 */
final class LineSearch {
  private static final double SUFFICIENT_DECREASE = 1e-4;
  private static final int MAX_HALVINGS = 100;

  private final boolean exact;
  private final double low;
  private final double high;
  private final double first;
  private final double[] trial;
  private final BrentOptimizer brent = new BrentOptimizer(1e-10, 1e-14);

  /** The rule named by the line-search knobs; t₀ = η for backtracking, the bracket [0, η] by default. */
  LineSearch(int dimension, double eta, KnobValues k, Knob rule, Knob bracket) {
    this.exact = "exact".equals(k.choice(rule));
    double[] b = k.interval(bracket);
    this.low = b != null ? b[0] : 0;
    this.high = b != null ? b[1] : eta;
    this.first = eta;
    this.trial = new double[dimension];
  }

  /** t along d from x, where f(x) = fx and ∇f(x) = g. */
  double along(Objective f, double[] x, double fx, double[] g, double[] d) {
    return exact ? exact(f, x, d) : backtrack(f, x, fx, g, d);
  }

  private double backtrack(Objective f, double[] x, double fx, double[] g, double[] d) {
    double slope = 0;
    for (int i = 0; i < x.length; i++) {
      slope += g[i] * d[i];
    }
    double t = first;
    for (int k = 0; k < MAX_HALVINGS; k++) {
      for (int i = 0; i < x.length; i++) {
        trial[i] = x[i] + t * d[i];
      }
      if (f.value(trial) <= fx + SUFFICIENT_DECREASE * t * slope) {
        return t;
      }
      t *= 0.5;
    }
    return t;
  }

  private double exact(Objective f, double[] x, double[] d) {
    UnivariateObjectiveFunction along = new UnivariateObjectiveFunction(t -> {
      for (int i = 0; i < x.length; i++) {
        trial[i] = x[i] + t * d[i];
      }
      double v = f.value(trial);
      return Double.isNaN(v) ? Double.POSITIVE_INFINITY : v;
    });
    return brent.optimize(new MaxEval(500), GoalType.MINIMIZE, along, new SearchInterval(low, high, low)).getPoint();
  }
}
