package gdviz.model.optim;

import gdviz.model.method.Sketch;
import java.util.List;

/**
 * The picture the adaptive methods share: from the iterate, plain gd's step −η∇f beside the step
 * the method takes, and the box of its per-coordinate step sizes ηᵢ — how far a unit of gradient
 * moves each coordinate (long sides: coordinates whose gradients have been small).
 */
final class Adaptive {
  private Adaptive() {}

  /** −ηᵢ·gᵢ per coordinate. */
  static double[] scaled(double[] size, double[] g) {
    double[] step = new double[g.length];
    for (int i = 0; i < g.length; i++) {
      step[i] = -size[i] * g[i];
    }
    return step;
  }

  static Sketch sketch(double[] x, double[] g, double eta, double[] size, double[] step, String name) {
    double[] plain = Sketch.down(g, eta);
    List<double[]> box = List.of();
    if (x.length == 2) { // the box in the plane of the two coordinates
      box = List.of(new double[] {x[0] - size[0], x[1] - size[1]}, new double[] {x[0] + size[0], x[1] - size[1]},
          new double[] {x[0] + size[0], x[1] + size[1]}, new double[] {x[0] - size[0], x[1] + size[1]});
    }
    return new Sketch(box, null, null, List.of(new Sketch.Arrow(x, plain, "−η∇f"), new Sketch.Arrow(x, step, "step")),
        name + ": the box's half-sides are the per-coordinate step sizes ηᵢ; −η∇f is plain gd's step");
  }
}
