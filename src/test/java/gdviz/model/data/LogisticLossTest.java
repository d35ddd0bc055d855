package gdviz.model.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import gdviz.model.SetupException;
import org.junit.jupiter.api.Test;

/** Cross-entropy, its gradient and Hessian, against hand values and finite differences. */
class LogisticLossTest {
  private static final double[][] X = {{1}, {2}, {3}, {4}, {5}, {6}};
  private static final double[] Y = {0, 0, 1, 0, 1, 1};
  private final LogisticLoss loss = new LogisticLoss(X, Y, "exam");

  @Test
  void atZeroTheLossIsLogTwoAndTheGradientIsByHand() {
    assertEquals(Math.log(2), loss.value(new double[2]));
    double[] g = new double[2];
    loss.gradient(new double[2], g);
    // σ(0) − y = ±½: Σ = 0 for the intercept; Σ (σ − y)·x = ½(1 + 2 − 3 + 4 − 5 − 6) = −3.5, over 6
    assertEquals(0.0, g[0]);
    assertEquals(-3.5 / 6, g[1]);
  }

  @Test
  void gradientAndHessianMatchFiniteDifferences() {
    double[] theta = {-1.3, 0.7};
    double[] g = new double[2];
    loss.gradient(theta, g);
    double[][] h = new double[2][2];
    loss.hessian(theta, h);
    double step = 1e-6;
    for (int i = 0; i < 2; i++) {
      double[] up = theta.clone();
      double[] down = theta.clone();
      up[i] += step;
      down[i] -= step;
      assertEquals((loss.value(up) - loss.value(down)) / (2 * step), g[i], 1e-8, "∂J/∂θ" + i);
      double[] gu = new double[2];
      double[] gd = new double[2];
      loss.gradient(up, gu);
      loss.gradient(down, gd);
      for (int j = 0; j < 2; j++) {
        assertEquals((gu[j] - gd[j]) / (2 * step), h[j][i], 1e-7, "H" + j + i);
      }
    }
  }

  @Test
  void largeMarginsNeitherOverflowNorLoseTheLoss() {
    double huge = loss.value(new double[] {0, 1000});
    assertEquals(true, Double.isFinite(huge), "e^6000 is not computed");
    // rows with y = 0 at z = 1000x contribute 1000·x each: (1 + 2 + 4)·1000 / 6
    assertEquals(7000.0 / 6, huge, 1e-9);
    // z ≥ 0 for x ≥ 2.5: rows 3…6 predicted 1 (targets 1, 0, 1, 1), rows 1, 2 predicted 0 (targets 0, 0): 5 of 6
    assertEquals(5.0 / 6, loss.accuracy(new double[] {-2.5, 1}));
    assertEquals("accuracy 83.3 % (5 of 6 rows)", loss.accuracyReport(new double[] {-2.5, 1}));
    assertEquals("no accuracy: θ is not a number", loss.accuracyReport(new double[] {Double.NaN, 1}));
  }

  @Test
  void refusesTargetsOtherThanZeroAndOne() {
    assertEquals("logistic regression needs targets 0 or 1",
        assertThrows(SetupException.class, () -> new LogisticLoss(X, new double[] {0, 1, 2, 0, 1, 1}, "x")).getMessage());
  }
}
