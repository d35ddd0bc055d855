package gdviz.ui;

import gdviz.engine.Trajectory;
import gdviz.model.Method;
import gdviz.model.Objective;
import gdviz.model.RunSetup;
import gdviz.model.Numbers;

/**
 * One update written out with its numbers, as a student would on paper:
 * {@code x₁ = x₀ − η·f′(x₀) = 10 − 0.2·20 = 6}. The numbers come from the run itself (the iterate
 * before, the gradient there, the step size used, the iterate after), so the text is the run's
 * arithmetic, not a re-computation.
 */
final class StepByHand {
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
    Method m = setup.method();
    switch (m) {
      case GD, LINESEARCH, CANDIDATES -> {
        if (m == Method.LINESEARCH) {
          s.append("step length t = ").append(num(eta)).append(" chosen by ")
              .append("exact".equals(setup.params().lineSearch()) ? "an exact search (Brent)" : "backtracking (Armijo)")
              .append("\n");
        } else if (m == Method.CANDIDATES) {
          s.append("of η ∈ {100, 10, …, 0.00001} the lowest f came with η = ").append(num(eta)).append("\n");
        }
        String etaName = m == Method.LINESEARCH ? "t" : "η";
        s.append(next).append(" = ").append(prev).append(sign).append(etaName).append("·").append(gradName).append("\n")
            .append("   = ").append(vector(before)).append(sign).append(num(eta)).append("·").append(vector(grad))
            .append("\n")
            .append("   = ").append(vector(after));
      }
      case NEWTON -> {
        double[][] h = hessian(setup, before);
        boolean abs = setup.params().absHessian() != null && setup.params().absHessian();
        if (oneD) {
          String curvature = abs ? "|f″(" + prev + ")|" : "f″(" + prev + ")";
          double c = abs ? Math.abs(h[0][0]) : h[0][0];
          s.append(next).append(" = ").append(prev).append(" − η·f′(").append(prev).append(")/").append(curvature)
              .append("\n   = ").append(num(before[0])).append(" − ").append(num(eta)).append("·")
              .append(num(grad[0])).append("/").append(num(c))
              .append("\n   = ").append(num(after[0]));
        } else {
          s.append(next).append(" = ").append(prev).append(" − η·").append(abs ? "|H|⁻¹" : "H⁻¹").append("∇f(")
              .append(prev).append(")\n   with ∇f = ").append(vector(grad)).append(", H = ").append(matrix(h))
              .append("\n   = ").append(vector(before)).append(" − ").append(num(eta)).append("·")
              .append(vector(quotient(before, after, eta))).append("\n   = ").append(vector(after));
        }
      }
      case PRECOND -> {
        double[][] h = hessian(setup, before);
        double[] diag = new double[n];
        for (int i = 0; i < n; i++) {
          diag[i] = Math.abs(h[i][i]) == 0 ? 1 : Math.abs(h[i][i]);
        }
        s.append(next).append(" = ").append(prev).append(" − η·∇f(").append(prev).append(")/|diag H|")
            .append("\n   = ").append(vector(before)).append(" − ").append(num(eta)).append("·")
            .append(vector(grad)).append("/").append(vector(diag))
            .append("\n   = ").append(vector(after));
      }
      case SGD -> {
        double[] noisy = quotient(before, after, eta);
        double[] noise = new double[n];
        for (int i = 0; i < n; i++) {
          noise[i] = noisy[i] - (setup.maximize() ? -grad[i] : grad[i]);
        }
        s.append(next).append(" = ").append(prev).append(" − η·(").append(gradName).append(" + σ·ξ)")
            .append("\n   with σ·ξ = ").append(vector(noise)).append(" (seeded noise)")
            .append("\n   = ").append(vector(before)).append(" − ").append(num(eta)).append("·")
            .append(vector(noisy)).append("\n   = ").append(vector(after));
      }
      default -> {
        s.append(rule(m)).append("\n")
            .append("here ").append(gradName).append(" = ").append(vector(grad)).append(",\n")
            .append("the step taken ").append(prev).append(" − ").append(next).append(" = ")
            .append(vector(difference(before, after))).append(",\n")
            .append(next).append(" = ").append(vector(after));
      }
    }
    s.append("\nf(").append(next).append(") = ").append(num(t.value(k)));
    return s.toString();
  }

  private static String rule(Method m) {
    return switch (m) {
      case MOMENTUM -> "momentum: v ← β·v + ∇f(x), x ← x − η·v";
      case NESTEROV -> "Nesterov: v ← β·v + ∇f(x − η·β·v), x ← x − η·v";
      case ADAGRAD -> "AdaGrad: s ← s + g², x ← x − η·g/√(s + ε)";
      case RMSPROP -> "RMSProp: s ← γ·s + (1 − γ)·g², x ← x − η·g/√(s + ε)";
      case ADADELTA -> "Adadelta: s ← ρ·s + (1 − ρ)·g², Δ = √(u + ε)/√(s + ε)·g, x ← x − η·Δ, u ← ρ·u + (1 − ρ)·Δ²";
      case ADAM -> "Adam: m ← β₁·m + (1 − β₁)·g, v ← β₂·v + (1 − β₂)·g², x ← x − η·m̂/(√v̂ + ε)";
      case MINIBATCH -> "minibatch SGD: x ← x − η·(mean gradient over the batch)";
      case SHRINKING -> "one epoch: per-sample steps x ← x − α·∇(sample's loss), α shrinking after epochs that did not help";
      default -> m.summary();
    };
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

  private static double[] difference(double[] before, double[] after) {
    double[] d = new double[before.length];
    for (int i = 0; i < d.length; i++) {
      d[i] = before[i] - after[i];
    }
    return d;
  }

  /** Subscript digits: 12 → ₁₂. */
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

  private static String vector(double[] v) {
    if (v.length == 1) {
      return num(v[0]);
    }
    StringBuilder s = new StringBuilder("(");
    for (int i = 0; i < v.length; i++) {
      s.append(i == 0 ? "" : ", ").append(num(v[i]));
    }
    return s.append(")").toString();
  }

  private static String matrix(double[][] h) {
    StringBuilder s = new StringBuilder("[");
    for (int i = 0; i < h.length; i++) {
      s.append(i == 0 ? "" : "; ").append(vector(h[i]).replace("(", "").replace(")", ""));
    }
    return s.append("]").toString();
  }
}
