package gdviz.plot;

import gdviz.model.objective.Objective;

/**
 * f sampled on an nx × ny lattice of a world rectangle, nodes on the edges included; value (i, j)
 * sits at x = xMin + i·dx, y = yMin + j·dy. Undefined points hold NaN.
 */
public final class FunctionGrid {
  private final int nx;
  private final int ny;
  private final double xMin;
  private final double yMin;
  private final double dx;
  private final double dy;
  private final double[] values;
  private double min = Double.POSITIVE_INFINITY;
  private double max = Double.NEGATIVE_INFINITY;

  public FunctionGrid(Objective f, double xMin, double xMax, double yMin, double yMax, int nx, int ny) {
    if (nx < 2 || ny < 2) {
      throw new IllegalArgumentException("a grid needs at least 2 × 2 nodes");
    }
    this.nx = nx;
    this.ny = ny;
    this.xMin = xMin;
    this.yMin = yMin;
    this.dx = (xMax - xMin) / (nx - 1);
    this.dy = (yMax - yMin) / (ny - 1);
    this.values = new double[nx * ny];
    double[] p = new double[2];
    for (int j = 0; j < ny; j++) {
      p[1] = yMin + j * dy;
      for (int i = 0; i < nx; i++) {
        p[0] = xMin + i * dx;
        double v = f.value(p);
        if (Double.isInfinite(v)) {
          v = Double.NaN;
        }
        values[j * nx + i] = v;
        if (v < min) {
          min = v;
        }
        if (v > max) {
          max = v;
        }
      }
    }
  }

  public FunctionGrid(Objective f, Viewport view, int nx, int ny) {
    this(f, view.xMin(), view.xMax(), view.yMin(), view.yMax(), nx, ny);
  }

  public int nx() {
    return nx;
  }

  public int ny() {
    return ny;
  }

  public double value(int i, int j) {
    return values[j * nx + i];
  }

  /** The values row by row (j outer, i inner); read only. */
  double[] values() {
    return values;
  }

  public double x(double i) {
    return xMin + i * dx;
  }

  public double y(double j) {
    return yMin + j * dy;
  }

  /** Smallest finite value (+∞ if none). */
  public double min() {
    return min;
  }

  /** Largest finite value (−∞ if none). */
  public double max() {
    return max;
  }
}
