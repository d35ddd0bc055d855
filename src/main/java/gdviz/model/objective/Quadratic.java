package gdviz.model.objective;

/**
 * f(x) = ½·xᵀAx + bᵀx + c with a hand-written gradient and Hessian: the fast built-in and the
 * reference for the step-size bands (its Hessian is exact everywhere).
 */
public final class Quadratic implements Objective {
  private final double[][] a;
  private final double[] b;
  private final double c;
  private final String description;
  private final double[] diagonal; // A's diagonal when A is diagonal (the common case), else null

  public Quadratic(double[][] a, double[] b, double c, String description) {
    int n = b.length;
    this.a = new double[n][];
    for (int i = 0; i < n; i++) {
      if (a[i].length != n) {
        throw new IllegalArgumentException("A must be " + n + "×" + n);
      }
      this.a[i] = a[i].clone();
    }
    this.b = b.clone();
    this.c = c;
    this.description = description;
    boolean diag = true;
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        diag &= i == j || a[i][j] == 0;
      }
    }
    double[] d = new double[n];
    for (int i = 0; i < n; i++) {
      d[i] = a[i][i];
    }
    this.diagonal = diag ? d : null;
  }

  /** f = Σ wᵢ·xᵢ², e.g. weights (1, 100) for x1² + 100·x2². */
  public static Quadratic weightedSquares(double[] weights, String description) {
    int n = weights.length;
    double[][] a = new double[n][n];
    for (int i = 0; i < n; i++) {
      a[i][i] = 2 * weights[i];
    }
    return new Quadratic(a, new double[n], 0, description);
  }

  @Override
  public int dimension() {
    return b.length;
  }

  @Override
  public double value(double[] x) {
    double quadratic = 0;
    double linear = 0;
    for (int i = 0; i < b.length; i++) {
      double row = 0;
      for (int j = 0; j < b.length; j++) {
        row += a[i][j] * x[j];
      }
      quadratic += x[i] * row;
      linear += b[i] * x[i];
    }
    return 0.5 * quadratic + linear + c;
  }

  @Override
  public void gradient(double[] x, double[] out) {
    if (diagonal != null) {
      for (int i = 0; i < b.length; i++) {
        out[i] = diagonal[i] * x[i] + b[i];
      }
      return;
    }
    for (int i = 0; i < b.length; i++) {
      double row = b[i];
      for (int j = 0; j < b.length; j++) {
        row += a[i][j] * x[j];
      }
      out[i] = row;
    }
  }

  @Override
  public boolean hasConstantHessian() {
    return true;
  }

  @Override
  public void hessian(double[] x, double[][] out) {
    for (int i = 0; i < b.length; i++) {
      System.arraycopy(a[i], 0, out[i], 0, b.length);
    }
  }

  @Override
  public String description() {
    return description;
  }
}
