package gdviz.model.analysis;

import gdviz.model.format.Numbers;
import gdviz.model.objective.DataObjective;
import gdviz.model.objective.Objective;
import gdviz.model.run.RunSetup;

/**
 * The plane through an n-dimensional function along two of its coordinates (i, j), the others held
 * at fixed values: what a 2D contour plot of a 3-parameter loss shows.
 */
public final class SliceObjective implements Objective {
  private final Objective inner;
  private final double[] fixed;
  private final double[] full;
  private final double[] fullGradient;
  private final int i;
  private final int j;

  public SliceObjective(Objective inner, double[] fixed) {
    this(inner, fixed, 0, 1);
  }

  /** The plane of coordinates i and j through {@code fixed}. */
  public SliceObjective(Objective inner, double[] fixed, int i, int j) {
    if (inner.dimension() < 2 || fixed.length != inner.dimension() || i == j || i < 0 || j < 0
        || i >= fixed.length || j >= fixed.length) {
      throw new IllegalArgumentException("a slice needs a function of two or more variables, a full point and two "
          + "different coordinates");
    }
    this.i = i;
    this.j = j;
    this.inner = inner;
    this.fixed = fixed.clone();
    this.full = fixed.clone();
    this.fullGradient = new double[inner.dimension()];
  }

  /**
   * Where the plane shown of a run's function goes through, for the coordinates not drawn: the
   * least-squares solution of a data set (the loss's valley floor), else the run's start.
   */
  public static double[] heldAt(RunSetup setup) {
    if (setup.objective() instanceof DataObjective d) {
      double[] exact = d.closedFormMinimizer();
      if (exact != null) {
        return exact;
      }
    }
    return setup.start();
  }

  @Override
  public int dimension() {
    return 2;
  }

  @Override
  public synchronized double value(double[] x) {
    full[i] = x[0];
    full[j] = x[1];
    return inner.value(full);
  }

  @Override
  public synchronized void gradient(double[] x, double[] out) {
    full[i] = x[0];
    full[j] = x[1];
    inner.gradient(full, fullGradient);
    out[0] = fullGradient[i];
    out[1] = fullGradient[j];
  }

  @Override
  public boolean hasHessian() {
    return inner.hasHessian();
  }

  @Override
  public synchronized void hessian(double[] x, double[][] out) {
    int n = inner.dimension();
    double[][] h = new double[n][n];
    full[i] = x[0];
    full[j] = x[1];
    inner.hessian(full, h);
    out[0][0] = h[i][i];
    out[0][1] = h[i][j];
    out[1][0] = h[j][i];
    out[1][1] = h[j][j];
  }

  @Override
  public String description() {
    StringBuilder held = new StringBuilder();
    for (int k = 0; k < fixed.length; k++) {
      if (k != i && k != j) {
        held.append(held.length() == 0 ? "" : ", ").append("x").append(k + 1).append(" = ")
            .append(Numbers.format(fixed[k]));
      }
    }
    return inner.description() + " at " + held;
  }
}
