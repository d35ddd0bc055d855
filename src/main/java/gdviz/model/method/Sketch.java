package gdviz.model.method;

import java.util.List;

/**
 * What a method can show of its state at the current iterate, in the function's coordinates: a
 * polygon (Nelder–Mead's simplex), an ellipse {c + u : uᵀ M⁻¹ u = 1} (the quadratic BFGS believes
 * in), arrows from the iterate (the step, the velocity). The views draw it; the method only says
 * what it is.
 *
 * @param polygon the corners, in order (empty: none)
 * @param ellipse M, n × n (null: none)
 * @param centre c, the ellipse's centre (null with no ellipse)
 * @param arrows arrows with their labels
 * @param label what the picture is, for a legend
 * @param vertices f at each corner of the polygon where they are a simplex's vertices (empty: none)
 */
public record Sketch(List<double[]> polygon, double[][] ellipse, double[] centre, List<Arrow> arrows, String label,
    List<Double> vertices) {
  public static final Sketch NONE = new Sketch(List.of(), null, null, List.of(), "");

  /** A picture without values at its corners. */
  public Sketch(List<double[]> polygon, double[][] ellipse, double[] centre, List<Arrow> arrows, String label) {
    this(polygon, ellipse, centre, arrows, label, List.of());
  }

  /** An arrow from a point, in the function's coordinates. */
  public record Arrow(double[] from, double[] by, String label) {}

  /** The vector −t·g: a step of length t down the gradient g. */
  public static double[] down(double[] g, double t) {
    double[] by = new double[g.length];
    for (int i = 0; i < g.length; i++) {
      by[i] = -t * g[i];
    }
    return by;
  }

  public boolean isEmpty() {
    return polygon.isEmpty() && ellipse == null && arrows.isEmpty();
  }
}
