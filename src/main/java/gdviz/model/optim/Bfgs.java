package gdviz.model.optim;

import gdviz.model.method.Method;
import gdviz.model.method.Optimizer;
import gdviz.model.method.Sketch;
import gdviz.model.objective.Objective;
import java.util.List;

/**
 * BFGS: a quasi-Newton method that learns the inverse Hessian from the gradients it sees. From
 * H = I, each step goes along d = −H·∇f with a line search (by default the strong Wolfe conditions
 * with c₂ = 0.9, trying t = η = 1 first; a direction that is not downhill starts again from H = I);
 * then with s = xₖ₊₁ − xₖ, y = ∇fₖ₊₁ − ∇fₖ and ρ = 1/(yᵀs), H ← (I − ρ·s·yᵀ)·H·(I − ρ·y·sᵀ) + ρ·s·sᵀ
 * (skipped when yᵀs ≤ 0, which would make H indefinite). H's ellipse is what the method believes
 * the function's curvature to be.
 */
public final class Bfgs implements Optimizer {
  /** c₂ of the Wolfe conditions: 0.9, so that the quasi-Newton step t = 1 is usually taken at once. */
  static final double WOLFE_C2 = 0.9;
  public static final Method METHOD = Method.named("bfgs", "quasi-Newton: learns the inverse Hessian from the gradients")
      .rule("BFGS: d = −H·∇f, x ← x + t·d, t by the strong Wolfe conditions (c₂ = 0.9); H ← (I − ρ·s·yᵀ)·H·(I − ρ·y·sᵀ)"
          + " + ρ·s·sᵀ, s = Δx, y = Δ∇f, ρ = 1/yᵀs, H₀ = I")
      .sameAs("scipy.optimize.minimize(method='BFGS'): the same H and Wolfe conditions, another interpolation"
          + " (MINPACK's dcsrch): other iterates, as many steps (Rosenbrock from (−1.2, 1): 31 here, 32 there)")
      .defaultEta(1)
      .sketched()
      .knobs(LineSearch.RULE, BacktrackingLineSearch.BRACKET)
      .choosesItsOwnStep("it chooses each step by a line search along its quasi-Newton direction")
      .creates((f, eta, k, seed) -> new Bfgs(f.dimension(), new LineSearch(f.dimension(), eta, k,
          LineSearch.RULE, BacktrackingLineSearch.BRACKET, WOLFE_C2)));


  private final LineSearch search;
  private final double[][] h;
  private final double[] direction;
  private final double[] s;
  private final double[] y;
  private final double[] next;
  private final double[] nextGradient;
  private final double[] point;
  private boolean stepped;

  Bfgs(int n, LineSearch search) {
    this.search = search;
    this.h = new double[n][n];
    for (int i = 0; i < n; i++) {
      h[i][i] = 1;
    }
    this.direction = new double[n];
    this.s = new double[n];
    this.y = new double[n];
    this.next = new double[n];
    this.nextGradient = new double[n];
    this.point = new double[n];
  }

  @Override
  public double step(Objective f, double[] x, double[] g) {
    int n = x.length;
    direction(g, direction);
    if (!(WolfeSearch.dot(g, direction) < 0)) { // H lost its positive definiteness: start again from H = I
      for (int i = 0; i < n; i++) {
        java.util.Arrays.fill(h[i], 0);
        h[i][i] = 1;
      }
      direction(g, direction);
    }
    double t = search.along(f, x, f.value(x), g, direction, search.eta(), null);
    for (int i = 0; i < n; i++) {
      next[i] = x[i] + t * direction[i];
    }
    f.gradient(next, nextGradient);
    double ys = 0;
    for (int i = 0; i < n; i++) {
      s[i] = next[i] - x[i];
      y[i] = nextGradient[i] - g[i];
      ys += y[i] * s[i];
    }
    if (ys > 0 && Double.isFinite(ys)) {
      update(1 / ys);
    }
    System.arraycopy(next, 0, x, 0, n);
    System.arraycopy(next, 0, point, 0, n);
    stepped = true;
    return t;
  }

  /** d = −H·g. */
  private void direction(double[] g, double[] d) {
    int n = g.length;
    for (int i = 0; i < n; i++) {
      double di = 0;
      for (int j = 0; j < n; j++) {
        di -= h[i][j] * g[j];
      }
      d[i] = di;
    }
  }

  /** The line search's trials along −H·∇f from x, and the ellipse of the quadratic BFGS believes in. */
  @Override
  public Sketch sketch(Objective f, double[] x, double[] g) {
    double[] d = new double[x.length];
    direction(g, d);
    Sketch trials = WolfeSearch.dot(g, d) < 0
        ? LineSearchSketch.of(search, f, x, g, d, search.eta(), "BFGS") : Sketch.NONE;
    Sketch ellipse = sketch();
    return new Sketch(List.of(), ellipse.ellipse(), ellipse.centre(), trials.arrows(),
        ellipse.isEmpty() ? trials.label() : ellipse.label() + "; " + trials.label());
  }

  /** H ← (I − ρsyᵀ)H(I − ρysᵀ) + ρssᵀ, written out: H − ρ(s(yᵀH) + (Hy)sᵀ) + (ρ²·yᵀHy + ρ)ssᵀ. */
  private void update(double rho) {
    int n = s.length;
    double[] hy = new double[n];
    double[] yh = new double[n];
    double yhy = 0;
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        hy[i] += h[i][j] * y[j];
        yh[i] += y[j] * h[j][i];
      }
    }
    for (int i = 0; i < n; i++) {
      yhy += y[i] * hy[i];
    }
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        h[i][j] += -rho * (s[i] * yh[j] + hy[i] * s[j]) + (rho * rho * yhy + rho) * s[i] * s[j];
      }
    }
  }

  /**
   * The quadratic BFGS believes in, m(d) = f + gᵀd + ½·dᵀH⁻¹d, drawn as its contour through the
   * current iterate: the ellipse about x − H·g (where the estimate would step) with matrix
   * (gᵀHg)·H. On a quadratic, once H is right, it lies on the function's own contour.
   */
  @Override
  public Sketch sketch() {
    if (!stepped) {
      return Sketch.NONE;
    }
    int n = h.length;
    double[] hg = new double[n];
    double ghg = 0;
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        hg[i] += h[i][j] * nextGradient[j];
      }
      ghg += nextGradient[i] * hg[i];
    }
    double[][] m = new double[n][n];
    double[] centre = new double[n];
    for (int i = 0; i < n; i++) {
      centre[i] = point[i] - hg[i];
      for (int j = 0; j < n; j++) {
        m[i][j] = ghg * h[i][j];
      }
    }
    return new Sketch(List.of(), m, centre, List.of(), "the quadratic BFGS's estimate describes");
  }

  /** The inverse-Hessian estimate H. */
  double[][] inverseHessian() {
    double[][] copy = new double[h.length][];
    for (int i = 0; i < h.length; i++) {
      copy[i] = h[i].clone();
    }
    return copy;
  }
}
