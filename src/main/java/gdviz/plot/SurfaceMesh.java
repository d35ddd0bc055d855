package gdviz.plot;

import gdviz.model.Objective;

/**
 * A function of two variables over a rectangle as the surface in 3D draws it: the values on a
 * grid of nodes and each node's height in the box (−HEIGHT … HEIGHT), on the heat map's scale.
 * Built once, drawn from any camera.
 */
public final class SurfaceMesh {
  /** Half the height of the box the surface fills, the base being 2 × 2. */
  static final double HEIGHT = 0.6;

  final Objective shown;
  final Viewport world;
  final FunctionGrid grid;
  final ContourLevels levels;
  final double[] height;

  /** {@code n} × {@code n} nodes over the world rectangle of {@code world}. */
  public SurfaceMesh(Objective shown, Viewport world, int n) {
    this.shown = shown;
    this.world = world;
    grid = new FunctionGrid(shown, world, n, n);
    levels = ContourLevels.choose(grid, 12);
    height = new double[n * n];
    for (int j = 0; j < n; j++) {
      for (int i = 0; i < n; i++) {
        height[j * n + i] = z(grid.value(i, j));
      }
    }
  }

  /** The box height (−HEIGHT … HEIGHT) of a function value; NaN where f is undefined. */
  double z(double f) {
    if (Double.isNaN(f)) {
      return Double.NaN;
    }
    double t = Math.max(0, Math.min(1, levels.normalize(f)));
    return (2 * t - 1) * HEIGHT;
  }

  public Viewport world() {
    return world;
  }

  public Objective shown() {
    return shown;
  }
}
