package gdviz.model.data;

import java.util.Random;

/**
 * Seeded synthetic regression data: features x ~ N(0, 1)^p and y = w·x + b + σ·N(0, 1), drawn row
 * by row (features first, then the noise) from {@code java.util.Random(seed)}, so the same seed
 * gives the same table on every machine.
 */
public record SyntheticData(int rows, double[] weights, double bias, double noise, long seed) {

  public DataTable generate() {
    Random random = new Random(seed);
    double[][] x = new double[rows][weights.length];
    double[] y = new double[rows];
    for (int r = 0; r < rows; r++) {
      double value = bias;
      for (int j = 0; j < weights.length; j++) {
        x[r][j] = random.nextGaussian();
        value += weights[j] * x[r][j];
      }
      y[r] = value + noise * random.nextGaussian();
    }
    return new DataTable(x, y);
  }
}
