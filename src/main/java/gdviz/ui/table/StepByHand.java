package gdviz.ui.table;

import static gdviz.model.format.HandWriting.KEEP;
import static gdviz.model.format.HandWriting.num;
import static gdviz.model.format.HandWriting.sub;
import static gdviz.model.format.HandWriting.vector;

import gdviz.engine.Trajectory;
import gdviz.model.method.Knob;
import gdviz.model.method.StepOnPaper;
import gdviz.model.run.RunSetup;

/**
 * One update written out with its numbers, as a student would on paper:
 * {@code x₁ = x₀ − η·f′(x₀) = 10 − 0.2·20 = 6}. The numbers come from the run itself (the iterate
 * before, the gradient there, the step size used, the iterate after), so the text is the run's
 * arithmetic, not a re-computation; the method writes its own rule with them
 * ({@link gdviz.model.method.Method#explain}). Below: f there, the knob values, and what the plot
 * draws at the iterate.
 */
final class StepByHand {
  private StepByHand() {}

  static String explain(RunSetup setup, Trajectory t, int k) {
    if (k <= 0 || k >= t.size()) {
      return k == 0 ? "x" + sub(0) + " = " + vector(t.x(0)) + " is the start point; f(x" + sub(0) + ") = "
          + num(t.value(0)) + ".\nPick a later row to see how each step is computed." : "";
    }
    double[] grad = new double[t.dimension()];
    for (int i = 0; i < grad.length; i++) {
      grad[i] = t.gradient(k - 1, i);
    }
    StepOnPaper step = new StepOnPaper(k, t.x(k - 1), t.x(k), grad, t.eta(k), setup.maximize(), setup.descended(),
        setup.knobs());
    StringBuilder s = new StringBuilder(setup.method().explain(step));
    s.append("\nf(").append(step.next()).append(") = ").append(num(t.value(k)));
    String knobs = knobValues(setup);
    if (!knobs.isEmpty()) {
      s.append("\nwith ").append(knobs);
    }
    return s.toString();
  }

  /** η = 0.1, β = 0.9, …: the values this step used, from the method's declaration. */
  static String knobValues(RunSetup setup) {
    StringBuilder s = new StringBuilder();
    for (Knob k : setup.method().knobs()) {
      Object v = setup.knobs().value(k);
      if (v != null) {
        s.append(s.length() == 0 ? "" : ", ").append(k.symbol()).append(KEEP).append("=").append(KEEP)
            .append(v instanceof Double d ? num(d) : Knob.text(v));
      }
    }
    return s.toString();
  }

  /** The arrows (and a box's half-sides) the plot draws at xₖ, with their numbers; "" for none. */
  static String drawn(gdviz.model.method.Sketch s, int k) {
    if (s == null || s.arrows().isEmpty() && s.vertices().isEmpty()) {
      return "";
    }
    StringBuilder out = new StringBuilder("\n\nDrawn at x" + sub(k) + " (V):");
    if (!s.vertices().isEmpty()) { // a simplex: what the step did, and its vertices with f, best first
      out.append("\n  ").append(s.label());
      for (int i = 0; i < s.vertices().size(); i++) {
        out.append("\n  ").append(vector(s.polygon().get(i))).append("  f = ").append(num(s.vertices().get(i)));
      }
    }
    for (gdviz.model.method.Sketch.Arrow a : s.arrows()) {
      out.append("\n  ").append(a.label()).append(" = ").append(vector(a.by()));
    }
    if (s.polygon().size() == 4 && s.vertices().isEmpty()) {
      double[] lo = s.polygon().get(0);
      double[] hi = s.polygon().get(2);
      out.append("\n  box half-sides ηᵢ = ").append(vector(new double[] {(hi[0] - lo[0]) / 2, (hi[1] - lo[1]) / 2}));
    }
    return out.toString();
  }
}
