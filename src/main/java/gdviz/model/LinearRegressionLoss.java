package gdviz.model;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.QRDecomposition;
import org.apache.commons.math3.linear.SingularMatrixException;

/**
 * Least-squares linear regression over a table: ŷ = w·x + b, loss either J = 1/(2m)·Σ(ŷ − y)²
 * ("mean-half") or Σ(ŷ − y)² ("sum"). The intercept b is the first parameter, the last, or absent.
 *
 * <p>Full-batch value and gradient use the Gram matrix ZᵀZ of the design matrix, precomputed, so
 * they cost O(p²) instead of O(m·p); batches are summed row by row.
 */
public final class LinearRegressionLoss implements DataObjective {
  public enum Intercept { NONE, FIRST, LAST }

  public enum Scale {
    /** J = 1/(2m)·Σ r², one sample's term ½·r². */
    MEAN_HALF,
    /** J = Σ r², one sample's term r². */
    SUM
  }

  private final double[][] design; // rows z = features with 1 inserted for the intercept
  private final Intercept intercept;
  private final double[] targets;
  private final int dimension;
  private final Scale scale;
  private final String description;
  private final double[][] gram;
  private final double[] moment;
  private final double targetSquares;

  public LinearRegressionLoss(double[][] features, double[] targets, Intercept intercept, Scale scale,
      String description) {
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
    return scale == Scale.SUM ? 1 : 1.0 / (2 * design.length);
  }

  @Override
  public double value(double[] theta) {
    if (!allFinite(theta)) {
      return Double.NaN;
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

  @Override
  public double[] closedFormMinimizer() {
    try {
      QRDecomposition qr = new QRDecomposition(new Array2DRowRealMatrix(design, false));
      return qr.getSolver().solve(new ArrayRealVector(targets, false)).toArray();
    } catch (SingularMatrixException e) {
      return null;
    }
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
