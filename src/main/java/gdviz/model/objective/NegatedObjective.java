package gdviz.model.objective;

/** −f: maximizing f is minimizing this. */
public final class NegatedObjective implements Objective {
  private final Objective inner;

  public NegatedObjective(Objective inner) {
    this.inner = inner;
  }

  public Objective inner() {
    return inner;
  }

  @Override
  public int dimension() {
    return inner.dimension();
  }

  @Override
  public double value(double[] x) {
    return -inner.value(x);
  }

  @Override
  public void gradient(double[] x, double[] out) {
    inner.gradient(x, out);
    for (int i = 0; i < out.length; i++) {
      out[i] = -out[i];
    }
  }

  @Override
  public boolean hasHessian() {
    return inner.hasHessian();
  }

  @Override
  public boolean hasConstantHessian() {
    return inner.hasConstantHessian();
  }

  @Override
  public void hessian(double[] x, double[][] out) {
    inner.hessian(x, out);
    for (double[] row : out) {
      for (int j = 0; j < row.length; j++) {
        row[j] = -row[j];
      }
    }
  }

  @Override
  public String description() {
    return "−(" + inner.description() + ")";
  }
}
