package gdviz.bench;

import gdviz.model.objective.Objective;
import gdviz.model.preset.SetupResolver;
import gdviz.plot.FunctionGrid;

/**
 * The grid both sides contour: f(x, y) = sin(x)·cos(y) + 0.1·(x² + y²) on [−3, 3]², n × n nodes,
 * levels evenly spaced strictly between the grid's minimum and maximum. The peer script computes
 * the same function on the same nodes.
 */
final class PeerGrid {
  static final String FUNCTION = "sin(x)*cos(y) + 0.1*(x^2 + y^2)";

  private PeerGrid() {}

  static FunctionGrid grid(int n) {
    Objective f = SetupResolver.function(FUNCTION, null);
    return new FunctionGrid(f, -3, 3, -3, 3, n, n);
  }

  static double[] levels(FunctionGrid g, int count) {
    double[] levels = new double[count];
    for (int i = 0; i < count; i++) {
      levels[i] = g.min() + (g.max() - g.min()) * (i + 1) / (count + 1);
    }
    return levels;
  }
}
