package gdviz.model.analysis;

import gdviz.model.format.Numbers;
import gdviz.model.method.KnobValues;
import gdviz.model.method.Method;
import gdviz.model.objective.Curvature;
import gdviz.model.optim.GradientDescent;
import gdviz.model.optim.Momentum;
import gdviz.model.optim.Nesterov;
import gdviz.model.run.RunSetup;
import java.util.ArrayList;
import java.util.List;

/**
 * How fast gd, momentum and Nesterov converge on a quadratic, direction by direction. Along an
 * eigen-direction with curvature λ each method is a linear map of its state, and the error along
 * that direction shrinks per step by the map's spectral radius (its largest eigenvalue in absolute
 * value): the direction's factor. The rate of the whole run is the largest factor: above 1 the run
 * diverges along that direction.
 *
 * <ul>
 *   <li>gd, x ← x − η·∇f: factor |1 − ηλ|.</li>
 *   <li>momentum, v ← β·v + ∇f, x ← x − η·v: the roots of t² − (1 + β − ηλ)·t + β.</li>
 *   <li>Nesterov, v ← β·v + ∇f(x − ηβ·v), x ← x − η·v: the roots of
 *       t² − (1 + β)(1 − ηλ)·t + β(1 − ηλ).</li>
 * </ul>
 */
public final class ConvergenceRate {
  /** One direction: its curvature and the factor by which its error shrinks (grows, above 1) per step. */
  public record Direction(double lambda, double factor) {}

  /** The methods this can speak for. */
  public enum Rule {
    GD, MOMENTUM, NESTEROV;

    /** The rule of a method, or null for a method whose rate this cannot give. */
    public static Rule of(Method method) {
      return method == GradientDescent.METHOD ? GD : method == Momentum.METHOD ? MOMENTUM
          : method == Nesterov.METHOD ? NESTEROV : null;
    }

    /** The trace of the map of (error, velocity) along a direction of curvature λ (gd: the factor itself). */
    public double trace(double eta, double beta, double lambda) {
      return switch (this) {
        case GD -> 1 - eta * lambda;
        case MOMENTUM -> 1 + beta - eta * lambda;
        case NESTEROV -> (1 + beta) * (1 - eta * lambda);
      };
    }

    /** Its determinant (0 for gd, whose map is a number). */
    public double det(double eta, double beta, double lambda) {
      return switch (this) {
        case GD -> 0;
        case MOMENTUM -> beta;
        case NESTEROV -> beta * (1 - eta * lambda);
      };
    }
  }

  /** What a run's rate depends on: its method's rule, its η and (momentum, Nesterov) its β. */
  public record Setting(Rule rule, double eta, double beta) {
    public double factor(double lambda) {
      return ConvergenceRate.factor(rule, eta, beta, lambda);
    }

    public double rate(Curvature c) {
      return ConvergenceRate.rate(rule, eta, beta, c);
    }

    public List<Direction> directions(Curvature c) {
      return ConvergenceRate.directions(rule, eta, beta, c);
    }

    public String readout(Curvature c, boolean local) {
      return ConvergenceRate.readout(rule, eta, beta, c, local);
    }
  }

  /** The setting of a run; null for a method whose rate this cannot give. */
  public static Setting of(RunSetup setup) {
    return of(setup.method(), setup.eta(), setup.knobs());
  }

  /** The setting of a method at η with these knob values (β read from them); null for a method this cannot speak for. */
  public static Setting of(Method method, double eta, KnobValues knobs) {
    Rule rule = Rule.of(method);
    if (rule == null) {
      return null;
    }
    double beta = rule == Rule.GD ? 0 : knobs.real(Momentum.BETA);
    return new Setting(rule, eta, Double.isNaN(beta) ? 0 : beta);
  }

  private ConvergenceRate() {}

  /** The factor of one direction with curvature λ; β is ignored for gd. */
  public static double factor(Rule rule, double eta, double beta, double lambda) {
    return rule == Rule.GD ? Math.abs(rule.trace(eta, beta, lambda))
        : spectralRadius(rule.trace(eta, beta, lambda), rule.det(eta, beta, lambda));
  }

  /** The largest |t| over the roots of t² − trace·t + det. */
  static double spectralRadius(double trace, double det) {
    double disc = trace * trace - 4 * det;
    if (disc >= 0) {
      double root = Math.sqrt(disc);
      return Math.max(Math.abs((trace + root) / 2), Math.abs((trace - root) / 2));
    }
    return Math.sqrt(det); // complex pair: |t|² = t·t̄ = det
  }

  /** Each eigen-direction of the curvature with its factor, in the curvature's (ascending) order. */
  public static List<Direction> directions(Rule rule, double eta, double beta, Curvature c) {
    List<Direction> out = new ArrayList<>();
    for (double lambda : c.values()) {
      out.add(new Direction(lambda, factor(rule, eta, beta, lambda)));
    }
    return out;
  }

  /** The rate R: the largest factor. */
  public static double rate(Rule rule, double eta, double beta, Curvature c) {
    double r = 0;
    for (double lambda : c.values()) {
      r = Math.max(r, factor(rule, eta, beta, lambda));
    }
    return r;
  }

  /**
   * One line for the slider: how the error along each direction changes per step, e.g. "per step
   * the error along v₁ (λ = 2) ×0.8, along v₂ (λ = 20) ×1.8: it grows along v₂"; "(local)" when the
   * Hessian varies. Empty when the rule or the curvature is unknown.
   */
  public static String readout(Rule rule, double eta, double beta, Curvature c, boolean local) {
    if (rule == null || c == null) {
      return "";
    }
    StringBuilder s = new StringBuilder("per step the error");
    String grows = "";
    for (int i = 0; i < c.dimension(); i++) {
      double f = factor(rule, eta, beta, c.values()[i]);
      String name = c.dimension() == 1 ? "" : " along v" + subscript(i + 1);
      s.append(i == 0 ? "" : ",").append(name).append(" (λ = ").append(Numbers.compact(c.values()[i])).append(") ×")
          .append(Numbers.compact(Numbers.round(f, 3)));
      if (f > 1) {
        grows += (grows.isEmpty() ? "" : ", ") + (c.dimension() == 1 ? "" : "v" + subscript(i + 1));
      }
    }
    if (!grows.isEmpty()) {
      s.append(": it grows").append(c.dimension() == 1 ? "" : " along " + grows);
    }
    return s.append(local ? " (local)" : "").toString();
  }

  static String subscript(int i) {
    StringBuilder s = new StringBuilder();
    for (char ch : Integer.toString(i).toCharArray()) {
      s.append((char) ('₀' + (ch - '0')));
    }
    return s.toString();
  }

  /**
   * The best momentum pair for curvatures in [μ, L] (Distill, "Why Momentum Really Works"):
   * η* = (2/(√L + √μ))², β* = ((√κ − 1)/(√κ + 1))² with κ = L/μ; null unless 0 &lt; μ ≤ L.
   */
  public static double[] optimalMomentum(double mu, double largest) {
    if (!(mu > 0) || !(largest >= mu) || !Double.isFinite(largest)) {
      return null;
    }
    double sum = Math.sqrt(largest) + Math.sqrt(mu);
    double sqrtKappa = Math.sqrt(largest / mu);
    double b = (sqrtKappa - 1) / (sqrtKappa + 1);
    return new double[] {(2 / sum) * (2 / sum), b * b};
  }
}
