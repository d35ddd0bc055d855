package gdviz.model.optim;

import gdviz.model.method.Knob;
import gdviz.model.method.KnobValues;
import gdviz.model.objective.Objective;
import java.util.List;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.univariate.BrentOptimizer;
import org.apache.commons.math3.optim.univariate.SearchInterval;
import org.apache.commons.math3.optim.univariate.UnivariateObjectiveFunction;

/**
 * A step length t along a search direction d from x, by the rule a method's knobs name: the strong
 * Wolfe conditions ({@link WolfeSearch}), Armijo's backtracking (halve t from t₀ = η until
 * f(x + t·d) ≤ f(x) + c·t·∇f·d, c = 10⁻⁴) or an exact search (Brent's method on the bracket). What
 * conjugate gradients and BFGS search along.
 */
final class LineSearch {
  /** The rule knob of conjugate gradients and BFGS: the strong Wolfe conditions unless asked otherwise. */
  static final Knob RULE = Knob.choice("lineSearch", "search", "wolfe", List.of("wolfe", "armijo", "exact"),
      "wolfe: the strong Wolfe conditions (N&W 3.5–3.6); armijo: halve t from η until f falls enough; exact: Brent's"
          + " method on the bracket");

  private static final double SUFFICIENT_DECREASE = 1e-4;
  private static final int MAX_HALVINGS = 100;

  private final String rule;
  private final WolfeSearch wolfe;
  private final double low;
  private final double high;
  private final double first;
  private final double[] trial;
  private final BrentOptimizer brent = new BrentOptimizer(1e-10, 1e-14);

  /**
   * The rule named by the line-search knobs; t₀ = η for backtracking, the bracket [0, η] by default,
   * and c₂ of the Wolfe conditions.
   */
  LineSearch(int dimension, double eta, KnobValues k, Knob rule, Knob bracket, double wolfeC2) {
    this.rule = k.choice(rule);
    this.wolfe = new WolfeSearch(dimension, wolfeC2);
    double[] b = k.interval(bracket);
    this.low = b != null ? b[0] : 0;
    this.high = b != null ? b[1] : eta;
    this.first = eta;
    this.trial = new double[dimension];
  }

  /**
   * t along d from x, where f(x) = fx and ∇f(x) = g; a Wolfe search starts at {@code wolfeFirst}. The
   * trial steps of a Wolfe or Armijo search are added to {@code tried} if it is given.
   */
  double along(Objective f, double[] x, double fx, double[] g, double[] d, double wolfeFirst, List<Double> tried) {
    return switch (rule) {
      case "exact" -> exact(f, x, d);
      case "armijo" -> backtrack(f, x, fx, g, d, tried);
      default -> wolfe.along(f, x, fx, g, d, wolfeFirst, tried);
    };
  }

  /** Whether the rule is the exact search (its picture is the bracket, not trial steps). */
  boolean isExact() {
    return rule.equals("exact");
  }

  /** The exact search's bracket [a, b]. */
  double[] bracket() {
    return new double[] {low, high};
  }

  /** η: Armijo's first trial, the top of the exact search's default bracket. */
  double eta() {
    return first;
  }

  private double backtrack(Objective f, double[] x, double fx, double[] g, double[] d, List<Double> tried) {
    double slope = 0;
    for (int i = 0; i < x.length; i++) {
      slope += g[i] * d[i];
    }
    double t = first;
    for (int k = 0; k < MAX_HALVINGS; k++) {
      for (int i = 0; i < x.length; i++) {
        trial[i] = x[i] + t * d[i];
      }
      if (tried != null) {
        tried.add(t);
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
