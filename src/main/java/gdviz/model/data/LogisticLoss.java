package gdviz.model.data;

import gdviz.model.SetupException;
import gdviz.model.format.Numbers;
import gdviz.model.objective.DataObjective;

/**
 * Logistic regression on a data set whose targets are 0 or 1: the mean cross-entropy
 * J(θ) = (1/m)·Σ [log(1 + e^z) − y·z] with z = θ₀ + θ₁x₁ + … + θ_d·x_d, whose gradient is
 * (1/m)·Σ (σ(z) − y)·(1, x) and Hessian (1/m)·Σ σ(z)(1 − σ(z))·(1, x)(1, x)ᵀ. log(1 + e^z) is
 * computed as max(z, 0) + log(1 + e^−|z|), which neither overflows nor loses the small terms.
 * No closed form: where the classes can be separated there is no minimum at all (θ grows for
 * ever while J falls towards 0).
 */
public final class LogisticLoss implements DataObjective {
  private final double[][] features;
  private final double[] targets;
  private final int dimension;
  private final String description;

  public LogisticLoss(double[][] features, double[] targets, String description) {
    if (features.length == 0 || features.length != targets.length) {
      throw new SetupException("logistic regression needs as many targets as rows, and at least one row");
    }
    if (!DataSets.binary(targets)) {
      throw new SetupException("logistic regression needs targets 0 or 1");
    }
    this.features = features;
    this.targets = targets;
    this.dimension = features[0].length + 1;
    this.description = description;
  }

  private double z(double[] theta, int r) {
    double z = theta[0];
    double[] x = features[r];
    for (int j = 0; j < x.length; j++) {
      z += theta[j + 1] * x[j];
    }
    return z;
  }

  static double sigmoid(double z) {
    return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
  }

  @Override
  public int dimension() {
    return dimension;
  }

  @Override
  public int sampleCount() {
    return features.length;
  }

  @Override
  public double value(double[] theta) {
    double sum = 0;
    for (int r = 0; r < features.length; r++) {
      double z = z(theta, r);
      sum += Math.max(z, 0) + Math.log1p(Math.exp(-Math.abs(z))) - targets[r] * z;
    }
    return sum / features.length;
  }

  @Override
  public void gradient(double[] theta, double[] out) {
    java.util.Arrays.fill(out, 0);
    for (int r = 0; r < features.length; r++) {
      addTerm(theta, r, out);
    }
    for (int i = 0; i < dimension; i++) {
      out[i] /= features.length;
    }
  }

  private void addTerm(double[] theta, int r, double[] out) {
    double e = sigmoid(z(theta, r)) - targets[r];
    out[0] += e;
    double[] x = features[r];
    for (int j = 0; j < x.length; j++) {
      out[j + 1] += e * x[j];
    }
  }

  @Override
  public void hessian(double[] theta, double[][] out) {
    for (double[] row : out) {
      java.util.Arrays.fill(row, 0);
    }
    double[] x1 = new double[dimension];
    x1[0] = 1;
    for (int r = 0; r < features.length; r++) {
      double s = sigmoid(z(theta, r));
      double w = s * (1 - s) / features.length;
      System.arraycopy(features[r], 0, x1, 1, dimension - 1);
      for (int i = 0; i < dimension; i++) {
        for (int j = 0; j < dimension; j++) {
          out[i][j] += w * x1[i] * x1[j];
        }
      }
    }
  }

  @Override
  public void batchGradient(double[] theta, int[] order, int from, int to, double[] out) {
    java.util.Arrays.fill(out, 0);
    for (int k = from; k < to; k++) {
      addTerm(theta, order[k], out);
    }
    for (int i = 0; i < dimension; i++) {
      out[i] /= Math.max(1, to - from);
    }
  }

  @Override
  public double[] closedFormMinimizer() {
    return null;
  }

  @Override
  public double[] minimizer() {
    return null;
  }

  @Override
  public String description() {
    return description;
  }

  /** How many features each row has. */
  public int featureCount() {
    return dimension - 1;
  }

  /** Row r's feature j. */
  public double feature(int r, int j) {
    return features[r][j];
  }

  /** Row r's target, 0 or 1. */
  public double target(int r) {
    return targets[r];
  }

  /** Row r's score z = θ₀ + θ₁x₁ + …: the model predicts 1 where z ≥ 0, with probability σ(z). */
  public double score(double[] theta, int r) {
    return z(theta, r);
  }

  /** The logistic function σ(z) = 1/(1 + e^−z), without overflow. */
  public static double probability(double z) {
    return sigmoid(z);
  }

  /**
   * "accuracy 85 % (17 of 20 rows)" at θ: the rows whose predicted class is their target; for a θ
   * that is not a number (a run that blew up), says there is none.
   */
  public String accuracyReport(double[] theta) {
    for (double t : theta) {
      if (!Double.isFinite(t)) {
        return "no accuracy: θ is not a number";
      }
    }
    int right = (int) Math.round(accuracy(theta) * features.length);
    return "accuracy " + Numbers.compact(Numbers.round(100.0 * right / features.length, 3)) + " % (" + right + " of "
        + features.length + " rows)";
  }

  /** The share of rows whose predicted class (σ(z) ≥ 0.5) is their target. */
  public double accuracy(double[] theta) {
    int right = 0;
    for (int r = 0; r < features.length; r++) {
      right += (z(theta, r) >= 0) == (targets[r] == 1) ? 1 : 0;
    }
    return (double) right / features.length;
  }
}
