package gdviz.plot;

import gdviz.model.objective.Objective;

/**
 * A function of two variables over a rectangle as the surface in 3D draws it: the values on a
 * grid of nodes and each node's height in the box (−HEIGHT … HEIGHT) — linear in f, or on a log
 * scale above the minimum when asked (a very skewed function's valley then stays visible; the f
 * axis says so). Built once, drawn from any camera.
 */
public final class SurfaceMesh {
  /** Half the height of the box the surface fills, the base being 2 × 2. */
  static final double HEIGHT = 0.6;

  final Objective shown;
  final Viewport world;
  final FunctionGrid grid;
  final ContourLevels levels;
  final double[] height;
  /** The heights' scale: linear, or log above the minimum. */
  final ContourLevels heights;

  /** {@code n} × {@code n} nodes over the world rectangle of {@code world}, heights linear in f. */
  public SurfaceMesh(Objective shown, Viewport world, int n) {
    this(shown, world, n, false);
  }

  /** The same with the heights on a log scale above the minimum when {@code logHeights}. */
  public SurfaceMesh(Objective shown, Viewport world, int n, boolean logHeights) {
    this.shown = shown;
    this.world = world;
    grid = new FunctionGrid(shown, world, n, n);
    levels = ContourLevels.choose(grid, 12);
    heights = grid.max() > grid.min() && Double.isFinite(grid.max() - grid.min())
        ? ContourLevels.of(grid.min(), grid.max(), logHeights, 1) : levels;
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
    double t = Math.max(0, Math.min(1, heights.normalize(f)));
    return (2 * t - 1) * HEIGHT;
  }

  public Viewport world() {
    return world;
  }

  public Objective shown() {
    return shown;
  }
}
