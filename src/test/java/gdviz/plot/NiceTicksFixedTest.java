package gdviz.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Tick labels in fixed notation read exactly as {@code String.format("%.Nf")} wrote them. */
class NiceTicksFixedTest {
  private static void same(double v, int decimals) {
    assertEquals(String.format(Locale.ROOT, "%." + decimals + "f", v), NiceTicks.fixed(v, decimals),
        "v = " + v + ", " + decimals + " decimals");
  }

  @Test
  void ticksAndHalfwayValues() {
    for (int decimals = 0; decimals <= 5; decimals++) {
      for (double v : new double[] {0, 0.5, 1.5, 2.5, -0.5, 0.125, 0.30000000000000004, 0.1 + 0.2, 1e5, 99999.95,
          -0.0004, 0.00015, 12345.675, 1e-5, -1e-5}) {
        same(v, decimals);
      }
    }
  }

  @Test
  void randomMultiplesOfSteps() {
    SplittableRandom random = new SplittableRandom(7);
    for (int i = 0; i < 50_000; i++) {
      int decimals = random.nextInt(0, 5);
      double step = new double[] {1, 2, 5}[random.nextInt(3)] * Math.pow(10, -decimals);
      same(random.nextInt(-2000, 2000) * step, decimals);
      same((random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(-4, 6)), decimals);
    }
  }
}
