package gdviz.ui.table;

import gdviz.engine.Trajectory;
import gdviz.model.format.Numbers;
import gdviz.model.method.Knob;
import gdviz.model.objective.Objective;
import gdviz.model.run.RunSetup;

/**
 * One update written out with its numbers, as a student would on paper:
 * {@code x₁ = x₀ − η·f′(x₀) = 10 − 0.2·20 = 6}. The numbers come from the run itself (the iterate
 * before, the gradient there, the step size used, the iterate after), so the text is the run's
 * arithmetic, not a re-computation. A negative factor is written in parentheses (2·(−0.3)), and a
 * vector or a product never breaks across lines (its spaces do not break).
 */
final class StepByHand {
  /** A space that does not break a line: inside vectors and products. */
  private static final String KEEP = "\u00A0";

  private StepByHand() {}

  static String explain(RunSetup setup, Trajectory t, int k) {
    if (k <= 0 || k >= t.size()) {
      return k == 0 ? "x" + sub(0) + " = " + vector(t.x(0)) + " is the start point; f(x" + sub(0) + ") = "
          + num(t.value(0)) + ".\nPick a later row to see how each step is computed." : "";
    }
    int n = t.dimension();
    boolean oneD = n == 1;
    double[] before = t.x(k - 1);
    double[] after = t.x(k);
    double[] grad = new double[n];
    for (int i = 0; i < n; i++) {
      grad[i] = t.gradient(k - 1, i);
    }
    double eta = t.eta(k);
    String prev = "x" + sub(k - 1);
    String next = "x" + sub(k);
    String gradName = oneD ? "f′(" + prev + ")" : "∇f(" + prev + ")";
    String sign = setup.maximize() ? " + " : " − ";
    StringBuilder s = new StringBuilder();
    switch (setup.method().id()) {
      case "gd", "linesearch", "candidates" -> {
        if (setup.method().id().equals("linesearch")) {
          s.append("step length t = ").append(num(eta)).append(" chosen by ")
              .append("exact".equals(setup.knobs().choice(setup.method().knob("lineSearch").orElseThrow()))
                  ? "an exact search (Brent)" : "backtracking (Armijo)")
              .append("\n");
        } else if (setup.method().id().equals("candidates")) {
          s.append("of η ∈ {100, 10, …, 0.00001} the lowest f came with η = ").append(num(eta)).append("\n");
        }
        String etaName = setup.method().id().equals("linesearch") ? "t" : "η";
        s.append(next).append(" = ").append(prev).append(sign).append(etaName).append("·").append(gradName).append("\n")
            .append("   = ").append(vector(before)).append(sign).append(product(eta, operand(grad)))
            .append("\n")
            .append("   = ").append(vector(after));
      }
      case "newton" -> {
        double[][] h = hessian(setup, before);
        boolean abs = setup.knobs().flag(setup.method().knob("absHessian").orElseThrow());
        if (oneD) {
          String curvature = abs ? "|f″(" + prev + ")|" : "f″(" + prev + ")";
          double c = abs ? Math.abs(h[0][0]) : h[0][0];
          s.append(next).append(" = ").append(prev).append(" − η·f′(").append(prev).append(")/").append(curvature)
              .append("\n   = ").append(num(before[0])).append(" − ")
              .append(product(eta, factor(grad[0]))).append("/").append(factor(c))
              .append("\n   = ").append(num(after[0]));
        } else {
          s.append(next).append(" = ").append(prev).append(" − η·").append(abs ? "|H|⁻¹" : "H⁻¹").append("∇f(")
              .append(prev).append(")\n   with ∇f = ").append(vector(grad)).append(", H = ").append(matrix(h))
              .append("\n   = ").append(vector(before)).append(" − ")
              .append(product(eta, operand(quotient(before, after, eta)))).append("\n   = ").append(vector(after));
        }
      }
      case "precond" -> {
        double[][] h = hessian(setup, before);
        double[] diag = new double[n];
        for (int i = 0; i < n; i++) {
          diag[i] = Math.abs(h[i][i]) == 0 ? 1 : Math.abs(h[i][i]);
        }
        s.append(next).append(" = ").append(prev).append(" − η·∇f(").append(prev).append(")/|diag H|")
            .append("\n   = ").append(vector(before)).append(" − ").append(product(eta, operand(grad)))
            .append("/").append(operand(diag))
            .append("\n   = ").append(vector(after));
      }
      case "sgd" -> {
        double[] noisy = quotient(before, after, eta);
        double[] noise = new double[n];
        for (int i = 0; i < n; i++) {
          noise[i] = noisy[i] - (setup.maximize() ? -grad[i] : grad[i]);
        }
        s.append(next).append(" = ").append(prev).append(" − η·(").append(gradName).append(" + σ·ξ)")
            .append("\n   with σ·ξ = ").append(vector(noise)).append(" (seeded noise)")
            .append("\n   = ").append(vector(before)).append(" − ").append(product(eta, operand(noisy)))
            .append("\n   = ").append(vector(after));
      }
      default -> {
        s.append(setup.method().rule()).append("\n");
        if (!setup.method().usesGradient()) { // Nelder–Mead: values of f only; the simplex is drawn and listed below
          s.append(setup.method().id()).append(" uses values of f only, no gradient and no η;\n");
        } else {
          s.append("here ").append(gradName).append(" = ").append(vector(grad)).append(",\n");
        }
        s
            .append("the step taken ").append(next).append(" − ").append(prev).append(" = ")
            .append(vector(step(before, after))).append(",\n")
            .append(next).append(" = ").append(vector(after));
      }
    }
    s.append("\nf(").append(next).append(") = ").append(num(t.value(k)));
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

  private static double[][] hessian(RunSetup setup, double[] x) {
    Objective f = setup.descended();
    double[][] h = new double[x.length][x.length];
    f.hessian(x, h);
    return h;
  }

  private static double[] quotient(double[] before, double[] after, double eta) {
    double[] d = new double[before.length];
    for (int i = 0; i < d.length; i++) {
      d[i] = (before[i] - after[i]) / eta;
    }
    return d;
  }

  /** x_{k+1} − x_k: where the step went. */
  private static double[] step(double[] before, double[] after) {
    double[] d = new double[before.length];
    for (int i = 0; i < d.length; i++) {
      d[i] = after[i] - before[i];
    }
    return d;
  }

  /** Subscript digits: 12 → ₁₂. */
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

  static String sub(int k) {
    StringBuilder s = new StringBuilder();
    for (char c : Integer.toString(k).toCharArray()) {
      s.append((char) ('₀' + (c - '0')));
    }
    return s.toString();
  }

  static String num(double v) {
    return Numbers.compact(v);
  }

  /** A number as a factor of a product: in parentheses when negative, 2·(−0.3) rather than 2·-0.3. */
  static String factor(double v) {
    String s = num(v);
    return s.startsWith("-") ? "(" + s + ")" : s;
  }

  /** η·v, written so it never breaks across lines. */
  private static String product(double eta, String v) {
    return factor(eta) + "·" + v;
  }

  /** A point or vector as a factor: in one variable a number (in parentheses when negative). */
  private static String operand(double[] v) {
    return v.length == 1 ? factor(v[0]) : vector(v);
  }

  /** (a, b): its separators do not break lines; in one variable just the number. */
  static String vector(double[] v) {
    if (v.length == 1) {
      return num(v[0]);
    }
    StringBuilder s = new StringBuilder("(");
    for (int i = 0; i < v.length; i++) {
      s.append(i == 0 ? "" : "," + KEEP).append(num(v[i]));
    }
    return s.append(")").toString();
  }

  private static String matrix(double[][] h) {
    StringBuilder s = new StringBuilder("[");
    for (int i = 0; i < h.length; i++) {
      s.append(i == 0 ? "" : ";" + KEEP).append(vector(h[i]).replace("(", "").replace(")", ""));
    }
    return s.append("]").toString();
  }
}
