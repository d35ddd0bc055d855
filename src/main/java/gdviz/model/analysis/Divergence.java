package gdviz.model.analysis;

import gdviz.model.format.Numbers;
import gdviz.model.objective.Curvature;
import gdviz.model.objective.Objective;
import gdviz.model.optim.Methods;
import gdviz.model.run.RunSetup;

/**
 * The one rule that says a run diverges without overflowing, used by the run's outcome (the
 * status line, the table, captions, the command line) and by the banner.
 *
 * <p>Theory first: plain gradient descent on a function with a constant Hessian (a quadratic)
 * multiplies the distance to the stationary point along each eigen-direction vᵢ by |1 − ηλᵢ| at
 * every step. Where that factor exceeds 1 along a direction the start has a component in, the
 * run diverges, however few steps were taken; where it is exactly 1 (ηλ = 2) it oscillates for
 * ever. Other methods on a quadratic (or a least-squares loss), by observation: a run that ends
 * farther from the minimizer x* than it started and was still moving away at its last step is
 * diverging. (Not on other functions: there a run may rightly settle in a minimum farther from the
 * best one than its start was.)
 */
public final class Divergence {
  private Divergence() {}

  /** What the rule found: a diverging run, or one that can never converge (ηλ = 2). */
  public record Verdict(Outcome.Kind kind, String detail) {}

  /**
   * What theory predicts for the setup before it runs: a verdict for gd on a quadratic whose η is
   * at or beyond 2/λ along a direction the start moves in, else null.
   */
  public static Verdict predict(RunSetup setup) {
    if (setup.method() != Methods.standard()) {
      return null;
    }
    Objective f = setup.descended();
    if (!f.hasHessian() || !f.hasConstantHessian()) {
      return null;
    }
    double[] start = setup.start();
    Curvature c = Curvature.at(f, start);
    if (c == null) {
      return null;
    }
    double[] g = new double[f.dimension()];
    f.gradient(start, g);
    double gradientSize = 0;
    for (double gi : g) {
      gradientSize = Math.max(gradientSize, Math.abs(gi));
    }
    int worst = -1;
    double worstFactor = 1;
    boolean neutral = false;
    int neutralAt = -1;
    for (int i = 0; i < c.dimension(); i++) {
      double along = c.component(i, g);
      if (!(Math.abs(along) > 1e-12 * gradientSize) || c.values()[i] == 0) {
        continue; // the start does not move along this direction
      }
      double factor = Math.abs(1 - setup.eta() * c.values()[i]);
      if (factor > worstFactor) {
        worstFactor = factor;
        worst = i;
      } else if (factor == 1 && setup.eta() * c.values()[i] > 1) { // ηλ = 2 (not ηλ ≈ 0 rounding 1 − ηλ to 1)
        neutral = true;
        neutralAt = i;
      }
    }
    if (worst >= 0) {
      return new Verdict(Outcome.Kind.DIVERGING, growth(setup.eta(), c, worst, worstFactor));
    }
    if (neutral) {
      return new Verdict(Outcome.Kind.NOT_CONVERGING, (c.dimension() == 1 ? "η = 2/L" : "ηλ" + index(c, neutralAt)
          + " = 2" + along(c, neutralAt)) + ": x − x* flips sign at every step and keeps its size");
    }
    return null;
  }

  /**
   * "η = 1.1 > 2/L = 1: |x − x*| grows ×1.2 per step" in one variable; "ηλ₂ = 2.4 > 2 along
   * v₂ = (0, 1): …" in several, naming the direction that blows up.
   */
  private static String growth(double eta, Curvature c, int i, double factor) {
    double lambda = c.values()[i];
    String rate = ": |x − x*| grows ×" + Numbers.compact(Numbers.round(factor, 3)) + " per step";
    if (lambda < 0) {
      return "f curves downwards" + along(c, i) + " (λ" + index(c, i) + " = " + Numbers.compact(Numbers.round(lambda, 4))
          + ")" + rate;
    }
    if (c.dimension() == 1) {
      return "η = " + Numbers.format(eta) + " > 2/L = " + Numbers.format(Numbers.round(2 / lambda, 4)) + rate;
    }
    return "ηλ" + index(c, i) + " = " + Numbers.compact(Numbers.round(eta * lambda, 4)) + " > 2" + along(c, i) + rate;
  }

  /** ₁, ₂, …: the direction's number, λ₁ ≤ λ₂ ≤ …; nothing in one variable. */
  private static String index(Curvature c, int i) {
    if (c.dimension() == 1) {
      return "";
    }
    StringBuilder s = new StringBuilder();
    for (char d : Integer.toString(i + 1).toCharArray()) {
      s.append((char) ('₀' + (d - '0')));
    }
    return s.toString();
  }

  private static String along(Curvature c, int i) {
    if (c.dimension() == 1) {
      return "";
    }
    StringBuilder v = new StringBuilder(" along v" + index(c, i) + " = (");
    int n = c.dimension();
    for (int j = 0; j < n; j++) {
      if (n > 6 && j == 3) { // a direction in 500 dimensions: its first three and last components
        v.append(", …");
        j = n - 1;
      }
      v.append(j == 0 ? "" : ", ").append(Numbers.compact(Numbers.round(c.vectors()[i][j], 3)));
    }
    return v.append(")").toString();
  }

  /**
   * The outcome of a finished run, with the rule applied: a run that stopped (its budget or its
   * method's own rule) after a step or more becomes {@link Outcome.Kind#DIVERGING} or
   * {@link Outcome.Kind#NOT_CONVERGING} where the rule says so; every other outcome is returned as
   * it is.
   *
   * @param start x₀
   * @param previous the iterate before the last (x₀ for a run of one step)
   * @param last the last iterate
   */
  public static Outcome judge(RunSetup setup, Outcome ending, double[] start, double[] previous, double[] last) {
    if (ending.kind() != Outcome.Kind.STOPPED || ending.step() == 0) {
      return ending; // a run of no step has not moved away from anything (a lesson's question shows one)
    }
    Verdict theory = predict(setup);
    if (theory != null) {
      return new Outcome(theory.kind(), ending.step(), theory.detail());
    }
    Objective f = setup.descended();
    double[] best = f.hasConstantHessian() ? f.minimizer() : null;
    if (best == null) {
      return ending;
    }
    double first = distance(start, best);
    double before = distance(previous, best);
    double end = distance(last, best);
    if (end > first && end > before) {
      return new Outcome(Outcome.Kind.DIVERGING, ending.step(), "|x − x*| grew from "
          + Numbers.compact(first) + " to " + Numbers.compact(end));
    }
    return ending;
  }

  private static double distance(double[] a, double[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      double d = a[i] - b[i];
      s += d * d;
    }
    return Math.sqrt(s);
  }

  /**
   * The banner over the plot: the outcome of a run that diverged, left the domain, is diverging or
   * cannot converge; while a run is still computing (outcome null), what theory predicts; else null.
   */
  public static String banner(RunSetup setup, Outcome outcome) {
    if (outcome != null) {
      return outcome.alarming() ? outcome.message() : null;
    }
    Verdict v = setup.steps() == 0 ? null : predict(setup);
    if (v == null) {
      return null;
    }
    return (v.kind() == Outcome.Kind.DIVERGING ? "diverging: " : "not converging: ") + v.detail();
  }
}
