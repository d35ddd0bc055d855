package gdviz.model;

/**
 * The plane through an n-dimensional function along its first two coordinates, the others held
 * at fixed values: what a 2D contour plot of a 3-parameter loss shows.
 */
public final class SliceObjective implements Objective {
  private final Objective inner;
  private final double[] fixed;
  private final double[] full;
  private final double[] fullGradient;

  public SliceObjective(Objective inner, double[] fixed) {
    if (inner.dimension() < 2 || fixed.length != inner.dimension()) {
      throw new IllegalArgumentException("a slice needs a function of two or more variables and a full point");
    }
    this.inner = inner;
    this.fixed = fixed.clone();
    this.full = fixed.clone();
    this.fullGradient = new double[inner.dimension()];
  }

  @Override
  public int dimension() {
    return 2;
  }

  @Override
  public synchronized double value(double[] x) {
    full[0] = x[0];
    full[1] = x[1];
    return inner.value(full);
  }

  @Override
  public synchronized void gradient(double[] x, double[] out) {
    full[0] = x[0];
    full[1] = x[1];
    inner.gradient(full, fullGradient);
    out[0] = fullGradient[0];
    out[1] = fullGradient[1];
  }

  @Override
  public boolean hasHessian() {
    return inner.hasHessian();
  }

  @Override
  public synchronized void hessian(double[] x, double[][] out) {
    int n = inner.dimension();
    double[][] h = new double[n][n];
    full[0] = x[0];
    full[1] = x[1];
    inner.hessian(full, h);
    out[0][0] = h[0][0];
    out[0][1] = h[0][1];
    out[1][0] = h[1][0];
    out[1][1] = h[1][1];
  }

  @Override
  public String description() {
    StringBuilder held = new StringBuilder();
    for (int i = 2; i < fixed.length; i++) {
      held.append(i == 2 ? "" : ", ").append("x").append(i + 1).append(" = ").append(Numbers.format(fixed[i]));
    }
    return inner.description() + " at " + held;
  }
}
