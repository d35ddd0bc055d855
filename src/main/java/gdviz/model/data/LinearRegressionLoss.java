package gdviz.model.data;

import gdviz.model.objective.DataObjective;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.QRDecomposition;

/**
 * Least-squares linear regression over a table: ŷ = w·x + b, loss either J = 1/(2m)·Σ(ŷ − y)²
 * ("mean-half") or Σ(ŷ − y)² ("sum"). The intercept b is the first parameter, the last, or absent.
 *
 * <p>On a small table (up to {@link #RESIDUAL_SUMS_UP_TO} numbers) the full-batch value and
 * gradient are computed as the course computes them: the residuals r = Zθ − y row by row, then
 * J = 1/(2m)·Σr² and ∇J = (1/m)·Zᵀr, summed in row order — so gd on the course's 20 points gives
 * the very doubles the course prints. A larger table uses the Gram matrix ZᵀZ, precomputed, so a
 * step costs O(p²) instead of O(m·p) (10,000 rows: 1,000 times less); the two agree to rounding.
 * Batches are always summed row by row.
 */
public final class LinearRegressionLoss implements DataObjective {
  public enum Intercept { NONE, FIRST, LAST }

  public enum Scale {
    /** J = 1/(2m)·Σ r², one sample's term ½·r². */
    MEAN_HALF,
    /** J = Σ r², one sample's term r². */
    SUM,
    /** (m/2)·Σ r²: not a loss anyone trains on, but what code that writes 1./2*m for 1/(2m) prints. */
    HALF_M_SUM;

    /** The factor between Σr² and this loss over m samples. */
    public double factor(int m) {
      return switch (this) {
        case MEAN_HALF -> 1.0 / (2 * m);
        case SUM -> 1;
        case HALF_M_SUM -> m / 2.0;
      };
    }
  }

  /**
   * A second value to report beside the loss, for students who ran the course's own code: its
   * label, the scale it has, and a one-line note on why it differs from J.
   */
  public record Report(String label, Scale scale, String note) {}

  /** Tables with at most this many numbers (rows × parameters) are summed as the course sums them. */
  public static final int RESIDUAL_SUMS_UP_TO = 4096;

  private final double[][] design; // rows z = features with 1 inserted for the intercept
  private final Intercept intercept;
  private final double[] targets;
  private final int dimension;
  private final Scale scale;
  private final String description;
  private final double[][] gram;
  private final double[] moment;
  private final double targetSquares;
  private final boolean residualSums;
  private final Report report;
  private double[] minimizer;
  private boolean minimizerKnown;
  private String note = "";

  public LinearRegressionLoss(double[][] features, double[] targets, Intercept intercept, Scale scale,
      String description) {
    this(features, targets, intercept, scale, description, null);
  }

  /** @param report a second value to print beside J (null: none) */
  public LinearRegressionLoss(double[][] features, double[] targets, Intercept intercept, Scale scale,
      String description, Report report) {
    if (features.length != targets.length || features.length == 0) {
      throw new IllegalArgumentException(
          "the data needs as many targets as feature rows, and at least one (" + features.length + " rows, "
              + targets.length + " targets)");
    }
    int p = features[0].length;
    this.dimension = p + (intercept == Intercept.NONE ? 0 : 1);
    this.intercept = intercept;
    this.design = new double[features.length][];
    for (int r = 0; r < features.length; r++) {
      if (features[r].length != p) {
        throw new IllegalArgumentException("row " + (r + 1) + " of the data has " + features[r].length
            + " features, the first row has " + p);
      }
      double[] z = new double[dimension];
      int offset = intercept == Intercept.FIRST ? 1 : 0;
      System.arraycopy(features[r], 0, z, offset, p);
      if (intercept == Intercept.FIRST) {
        z[0] = 1;
      } else if (intercept == Intercept.LAST) {
        z[p] = 1;
      }
      design[r] = z;
    }
    this.targets = targets.clone();
    this.scale = scale;
    this.description = description;
    this.gram = new double[dimension][dimension];
    this.moment = new double[dimension];
    double squares = 0;
    for (int r = 0; r < design.length; r++) {
      double[] z = design[r];
      for (int i = 0; i < dimension; i++) {
        moment[i] += z[i] * targets[r];
        for (int j = 0; j < dimension; j++) {
          gram[i][j] += z[i] * z[j];
        }
      }
      squares += targets[r] * targets[r];
    }
    this.targetSquares = squares;
    this.residualSums = (long) design.length * dimension <= RESIDUAL_SUMS_UP_TO;
    this.report = report;
  }

  /** The second value to report beside J, or null. */
  public Report report() {
    return report;
  }

  /**
   * The report's value at θ: its scale times Σr², the sum taken as numpy's dot product takes it
   * on x86 (BLAS adds the products in four lanes, lane j holding r_j², r_{j+4}, …, and joins the
   * lanes as (l₀ + l₂) + (l₁ + l₃)), so the course's printed digits come out.
   */
  public double reportedValue(double[] theta) {
    double[] r = residuals(theta);
    double[] lane = new double[4];
    int k = 0;
    for (; k + 4 <= r.length; k += 4) {
      for (int j = 0; j < 4; j++) {
        lane[j] += r[k + j] * r[k + j];
      }
    }
    double sum = (lane[0] + lane[2]) + (lane[1] + lane[3]);
    for (; k < r.length; k++) {
      sum += r[k] * r[k];
    }
    return report.scale().factor(design.length) * sum;
  }

  /** r = Zθ − y, each row's products added in order. */
  private double[] residuals(double[] theta) {
    double[] r = new double[design.length];
    for (int row = 0; row < design.length; row++) {
      r[row] = predict(theta, row) - targets[row];
    }
    return r;
  }

  @Override
  public int dimension() {
    return dimension;
  }

  /** Where the intercept sits among the parameters. */
  public Intercept intercept() {
    return intercept;
  }

  /** Feature j of sample r (without the intercept's 1). */
  public double feature(int r, int j) {
    return design[r][intercept == Intercept.FIRST ? j + 1 : j];
  }

  public double target(int r) {
    return targets[r];
  }

  /** The prediction ŷ at features {@code x} (any point, not only a sample's). */
  public double predictAt(double[] theta, double[] x) {
    int offset = intercept == Intercept.FIRST ? 1 : 0;
    double prediction = intercept == Intercept.FIRST ? theta[0] : intercept == Intercept.LAST ? theta[x.length] : 0;
    for (int j = 0; j < x.length; j++) {
      prediction += theta[j + offset] * x[j];
    }
    return prediction;
  }

  /** Sample r's prediction ŷ = θ·(x with the intercept's 1), its products added in order. */
  public double predict(double[] theta, int r) {
    double[] z = design[r];
    double prediction = 0;
    for (int i = 0; i < dimension; i++) {
      prediction += z[i] * theta[i];
    }
    return prediction;
  }

  /** Number of features per sample (parameters minus the intercept). */
  public int featureCount() {
    return intercept == Intercept.NONE ? dimension : dimension - 1;
  }

  @Override
  public int sampleCount() {
    return design.length;
  }

  /** The factor between Σr² and the loss. */
  private double lossFactor() {
    return scale.factor(design.length);
  }

  @Override
  public double value(double[] theta) {
    if (!allFinite(theta)) {
      return Double.NaN;
    }
    if (residualSums) {
      double sum = 0;
      for (double r : residuals(theta)) {
        sum += r * r;
      }
      return sum * lossFactor();
    }
    double quadratic = 0;
    double linear = 0;
    for (int i = 0; i < dimension; i++) {
      double row = 0;
      for (int j = 0; j < dimension; j++) {
        row += gram[i][j] * theta[j];
      }
      quadratic += theta[i] * row;
      linear += theta[i] * moment[i];
    }
    // A sum of squares is never negative; the Gram form can round to −1e−16 at an exact fit.
    return Math.max(0, quadratic - 2 * linear + targetSquares) * lossFactor();
  }

  @Override
  public void gradient(double[] theta, double[] out) {
    if (residualSums) {
      // ∇J = (1/m)·Zᵀr for the mean-half loss (2·Zᵀr for the sum): the factor after the sum, as the course writes it
      double[] r = residuals(theta);
      double factor = scale == Scale.MEAN_HALF ? 1.0 / design.length : 2 * lossFactor();
      for (int i = 0; i < dimension; i++) {
        double sum = 0;
        for (int row = 0; row < design.length; row++) {
          sum += design[row][i] * r[row];
        }
        out[i] = factor * sum;
      }
      return;
    }
    double factor = 2 * lossFactor();
    for (int i = 0; i < dimension; i++) {
      double row = -moment[i];
      for (int j = 0; j < dimension; j++) {
        row += gram[i][j] * theta[j];
      }
      out[i] = factor * row;
    }
  }

  @Override
  public boolean hasConstantHessian() {
    return true;
  }

  @Override
  public void hessian(double[] theta, double[][] out) {
    double factor = 2 * lossFactor();
    for (int i = 0; i < dimension; i++) {
      for (int j = 0; j < dimension; j++) {
        out[i][j] = factor * gram[i][j];
      }
    }
  }

  @Override
  public void batchGradient(double[] theta, int[] order, int from, int to, double[] out) {
    java.util.Arrays.fill(out, 0);
    double termFactor = scale == Scale.SUM ? 2 : 1;
    for (int k = from; k < to; k++) {
      double[] z = design[order[k]];
      double residual = -targets[order[k]];
      for (int i = 0; i < dimension; i++) {
        residual += z[i] * theta[i];
      }
      for (int i = 0; i < dimension; i++) {
        out[i] += residual * z[i];
      }
    }
    double mean = termFactor / (to - from);
    for (int i = 0; i < dimension; i++) {
      out[i] *= mean;
    }
  }

  /**
   * Solved once and kept: each column of the table and the targets scaled by a power of two (exactly)
   * so that values of 1e300 do not overflow, then a QR decomposition — or, where the solution is not
   * unique (fewer rows than parameters, or columns that repeat each other), the solution of least
   * norm from the singular value decomposition. Null where it cannot be computed in doubles
   * ({@link #closedFormNote} says why).
   */
  @Override
  public synchronized double[] closedFormMinimizer() {
    if (!minimizerKnown) {
      minimizerKnown = true;
      minimizer = solve();
    }
    return minimizer == null ? null : minimizer.clone();
  }

  /** "" where the closed form is the unique least-squares solution; else what it is, or why there is none. */
  public synchronized String closedFormNote() {
    closedFormMinimizer();
    return note;
  }

  private double[] solve() {
    int m = design.length;
    int n = dimension;
    double[] columnScale = new double[n];
    double[][] scaled = new double[m][n];
    for (int j = 0; j < n; j++) {
      double big = 0;
      for (double[] row : design) {
        big = Math.max(big, Math.abs(row[j]));
      }
      columnScale[j] = big > 0 && Double.isFinite(big) ? Math.scalb(1.0, -Math.getExponent(big)) : 1;
      for (int r = 0; r < m; r++) {
        scaled[r][j] = design[r][j] * columnScale[j];
      }
    }
    double yBig = 0;
    for (double y : targets) {
      yBig = Math.max(yBig, Math.abs(y));
    }
    double yScale = yBig > 0 && Double.isFinite(yBig) ? Math.scalb(1.0, -Math.getExponent(yBig)) : 1;
    double[] y = new double[m];
    for (int r = 0; r < m; r++) {
      y[r] = targets[r] * yScale;
    }
    var a = new Array2DRowRealMatrix(scaled, false);
    var rhs = new ArrayRealVector(y, false);
    double[] x = null;
    if (m >= n) {
      var qr = new QRDecomposition(a).getSolver();
      if (qr.isNonSingular()) {
        x = qr.solve(rhs).toArray();
        note = "";
      }
    }
    if (x == null) { // the pseudo-inverse's solution: the least-squares solution of least norm
      x = new org.apache.commons.math3.linear.SingularValueDecomposition(a).getSolver().solve(rhs).toArray();
      note = m < n ? "not unique (" + n + " parameters, " + m + " rows): the solution of least norm"
          : "not unique (columns that repeat each other): the solution of least norm";
    }
    for (int j = 0; j < n; j++) {
      x[j] = x[j] * columnScale[j] / yScale;
      if (!Double.isFinite(x[j])) {
        note = "none in doubles: the data's values are too large or too small to solve for (standardize them)";
        return null;
      }
    }
    return x;
  }

  @Override
  public double[] minimizer() {
    return closedFormMinimizer();
  }

  @Override
  public String description() {
    return description;
  }

  private static boolean allFinite(double[] v) {
    for (double d : v) {
      if (!Double.isFinite(d)) {
        return false;
      }
    }
    return true;
  }
}
