package gdviz.model.optim;

import gdviz.model.method.Knob;
import gdviz.model.method.Method;
import gdviz.model.method.Optimizer;
import gdviz.model.method.Sketch;
import gdviz.model.objective.Objective;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Nelder–Mead's simplex method, which uses no derivatives: n + 1 points around the start (the
 * start and the start moved by δ along each axis); each step reflects the worst point through the
 * centroid of the others, and expands, contracts or shrinks the simplex by what f says there. The
 * iterate is the simplex's best point.
 */
public final class NelderMead implements Optimizer {
  public static final Knob SIZE = Knob.real("simplexSize", "δ", 1, 0, Double.POSITIVE_INFINITY,
      "the first simplex: the start and the start moved by δ along each axis")
      .excluding(true, false).slider(Knob.Scale.LOG, 0.01, 10);
  public static final Method METHOD = Method.named("neldermead", "Nelder–Mead's simplex: no derivatives, only values of f")
      .rule("Nelder–Mead: reflect the worst vertex through the others' centroid (×1); expand (×2), contract (×½)"
          + " or shrink towards the best (×½); the simplex starts at x and x + δ·eᵢ")
      .sameAs("scipy.optimize.minimize(method='Nelder-Mead') with options initial_simplex = the same simplex,"
          + " adaptive = False")
      .defaultEta(1)
      .derivativeFree()
      .sketched()
      .knobs(SIZE)
      .choosesItsOwnStep("it moves a simplex and has no step size η")
      .creates((f, eta, k, seed) -> new NelderMead(f.dimension(), k.real(SIZE)));

  private static final double REFLECT = 1;
  private static final double EXPAND = 2;
  private static final double CONTRACT = 0.5;
  private static final double SHRINK = 0.5;

  private final double size;
  private double[][] points;
  private double[] values;
  /** What the last step did to the simplex, in words. */
  private String operation = "";

  NelderMead(int dimension, double size) {
    this.size = size;
  }

  @Override
  public double step(Objective f, double[] x, double[] g) {
    int n = x.length;
    if (points == null) {
      points = new double[n + 1][];
      values = new double[n + 1];
      points[0] = x.clone();
      for (int i = 0; i < n; i++) {
        points[i + 1] = x.clone();
        points[i + 1][i] += size;
      }
      for (int i = 0; i <= n; i++) {
        values[i] = value(f, points[i]);
      }
    }
    order();
    double[] centroid = new double[n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        centroid[j] += points[i][j] / n;
      }
    }
    double[] worst = points[n];
    double[] reflected = toward(centroid, worst, -REFLECT);
    double fr = value(f, reflected);
    if (fr < values[0]) {
      double[] expanded = toward(centroid, worst, -EXPAND);
      double fe = value(f, expanded);
      replaceWorst(fe < fr ? expanded : reflected, Math.min(fe, fr));
      operation = fe < fr ? "reflected the worst vertex through the others' centroid, below the best: expanded it"
          + " twice as far" : "reflected the worst vertex through the others' centroid, below the best (expanding"
          + " did no better)";
    } else if (fr < values[n - 1]) {
      replaceWorst(reflected, fr);
      operation = "reflected the worst vertex through the others' centroid";
    } else {
      boolean outside = fr < values[n];
      double[] contracted = outside ? toward(centroid, reflected, CONTRACT) : toward(centroid, worst, CONTRACT);
      double fc = value(f, contracted);
      if (fc < Math.min(fr, values[n])) {
        replaceWorst(contracted, fc);
        operation = "the reflection was no better: contracted the worst vertex halfway " + (outside
            ? "towards the reflected point" : "towards the centroid");
      } else { // shrink towards the best point
        for (int i = 1; i <= n; i++) {
          points[i] = toward(points[0], points[i], SHRINK);
          values[i] = value(f, points[i]);
        }
        operation = "neither reflecting nor contracting helped: shrank the simplex halfway towards its best vertex";
      }
    }
    order();
    System.arraycopy(points[0], 0, x, 0, n);
    return 1;
  }

  /** from + a·(to − from). */
  private static double[] toward(double[] from, double[] to, double a) {
    double[] p = new double[from.length];
    for (int i = 0; i < p.length; i++) {
      p[i] = from[i] + a * (to[i] - from[i]);
    }
    return p;
  }

  private void replaceWorst(double[] p, double v) {
    points[points.length - 1] = p;
    values[values.length - 1] = v;
  }

  /** Best first; a point where f is undefined counts as +∞. */
  private void order() {
    Integer[] idx = new Integer[points.length];
    for (int i = 0; i < idx.length; i++) {
      idx[i] = i;
    }
    Arrays.sort(idx, (a, b) -> Double.compare(values[a], values[b]));
    double[][] p = new double[points.length][];
    double[] v = new double[points.length];
    for (int i = 0; i < idx.length; i++) {
      p[i] = points[idx[i]];
      v[i] = values[idx[i]];
    }
    points = p;
    values = v;
  }

  private static double value(Objective f, double[] x) {
    double v = f.value(x);
    return Double.isNaN(v) ? Double.POSITIVE_INFINITY : v;
  }

  /** The simplex, best point first. */
  @Override
  public Sketch sketch() {
    if (points == null) {
      return Sketch.NONE;
    }
    List<double[]> corners = new ArrayList<>();
    List<Double> f = new ArrayList<>();
    for (int i = 0; i < points.length; i++) {
      corners.add(points[i].clone());
      f.add(values[i]);
    }
    return new Sketch(corners, null, null, List.of(), "the Nelder–Mead simplex: " + operation, f);
  }
}
