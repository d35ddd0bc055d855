package gdviz.model.data;

import gdviz.model.SetupException;
import gdviz.model.format.Numbers;
import gdviz.model.objective.Curvature;
import gdviz.model.objective.Objective;

/**
 * Which loss a data set gets and how its features are scaled: least squares, or logistic
 * regression when every target is 0 or 1; features as given, or standardized — each column moved
 * to mean 0 and divided by its standard deviation (over the m rows, dividing by m), so the
 * parameters are then in standard deviations of their feature.
 */
public final class DataSets {
  private DataSets() {}

  /** Whether every target is 0 or 1 (and both occur or not: a single class is still 0/1). */
  /**
   * The η a fit by gradient descent starts with: 1/L at the start (the middle of the green band,
   * monotone descent), to 3 significant digits; 0.01 where the curvature there is not positive.
   * The default η of 0.1 diverged on exam-scores.csv (ηλ₃ = 7.8).
   */
  public static double startingEta(Objective f, double[] start) {
    Curvature c = Curvature.at(f, start);
    return c != null && c.largest() > 0 && Double.isFinite(c.largest()) ? Numbers.round(1 / c.largest(), 3) : 0.01;
  }

  public static boolean binary(double[] targets) {
    for (double y : targets) {
      if (y != 0 && y != 1) {
        return false;
      }
    }
    return targets.length > 0;
  }

  /** The table with standardized features; a constant column is refused by name. */
  public static DataTable standardized(DataTable t, java.util.List<String> featureNames) {
    int m = t.features().length;
    int d = m == 0 ? 0 : t.features()[0].length;
    double[] mean = new double[d];
    double[] sd = new double[d];
    for (double[] row : t.features()) {
      for (int j = 0; j < d; j++) {
        mean[j] += row[j];
      }
    }
    for (int j = 0; j < d; j++) {
      mean[j] /= m;
    }
    for (double[] row : t.features()) {
      for (int j = 0; j < d; j++) {
        sd[j] += (row[j] - mean[j]) * (row[j] - mean[j]);
      }
    }
    for (int j = 0; j < d; j++) {
      sd[j] = Math.sqrt(sd[j] / m);
      if (!(sd[j] > 0)) {
        String name = featureNames != null && j < featureNames.size() ? featureNames.get(j) : "x" + (j + 1);
        throw new SetupException("cannot standardize feature " + name + ": every row has the same value");
      }
    }
    double[][] out = new double[m][d];
    for (int r = 0; r < m; r++) {
      for (int j = 0; j < d; j++) {
        out[r][j] = (t.features()[r][j] - mean[j]) / sd[j];
      }
    }
    return new DataTable(out, t.targets());
  }
}
