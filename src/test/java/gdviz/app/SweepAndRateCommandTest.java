package gdviz.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SweepAndRateCommandTest {
  @Test
  void theSweepOfQuadratic1dAgainstItsClosedForm() {
    CliTest.Result r = CliTest.cli("sweep", "--preset", "quadratic-1d", "--eta-range", "0.01:2", "--points", "9");
    assertEquals(0, r.status(), r.err());
    String[] lines = r.out().split("\n");
    assertEquals("eta,f_final,f_best,steps,outcome", lines[0]);
    assertEquals(10, lines.length);
    String[] first = lines[1].split(",");
    String[] last = lines[9].split(",");
    assertEquals("0.01", first[0], "A exactly");
    assertEquals("2.0", last[0], "B exactly");
    for (int i = 1; i <= 9; i++) {
      String[] c = lines[i].split(",");
      double eta = Double.parseDouble(c[0]);
      assertEquals(0.01 * Math.pow(200, (i - 1) / 8.0), eta, 1e-15 * eta, "log-spaced");
      // gd on x² from 10: x_k = (1 − 2η)^k·10, so f₁₀ = 100·(1 − 2η)^20
      double closedForm = 100 * Math.pow(1 - 2 * eta, 20);
      assertEquals(closedForm, Double.parseDouble(c[1]), 1e-12 * closedForm + 1e-300, "f_final at η = " + eta);
      // converged from the first k with |f′(x_j)| = 20·|1 − 2η|^j ≤ 1e-6 for every j ≥ k, if that is within 10 steps
      int since = 0;
      while (since <= 10 && 20 * Math.pow(Math.abs(1 - 2 * eta), since) > 1e-6) {
        since++;
      }
      boolean converged = since <= 10;
      assertEquals(converged ? Integer.toString(since) : "10", c[3], "at η = " + eta);
      // |1 − 2η| > 1 from η > 1 on: f grows, the best f is the start's 100
      assertEquals(eta > 1 ? "diverging" : converged ? "converged" : "stopped", c[4], "at η = " + eta);
      assertEquals(eta > 1 ? 100.0 : Double.parseDouble(c[1]), Double.parseDouble(c[2]), 0.0);
    }
  }

  @Test
  void sweepMistakesAreNamed() {
    CliTest.Result r = CliTest.cli("sweep", "--preset", "quadratic-1d", "--eta-range", "2:0.01");
    assertEquals(2, r.status());
    assertEquals("sweep: --eta-range / --points: the η range must run from a positive A to a larger B, got 2.0:0.01\n",
        r.err());
    r = CliTest.cli("sweep", "--preset", "quadratic-1d", "--eta-range", "0.1");
    assertEquals("sweep: --eta-range must be A:B, e.g. 1e-4:10, got \"0.1\"\n", r.err());
  }

  @Test
  void theRateOfGdAndMomentumOnABowl() {
    CliTest.Result r = CliTest.cli("rate", "--function", "x1^2 + 10*x2^2", "--start=-5,-2", "--eta", "0.09");
    assertEquals(0, r.status(), r.err());
    // Hessian diag(2, 20): |1 − 0.18| and |1 − 1.8|
    assertEquals("lambda,factor\n2.0," + Math.abs(1 - 0.09 * 2.0) + "\n20.0," + Math.abs(1 - 0.09 * 20.0) + "\nrate,"
        + Math.abs(1 - 0.09 * 2.0) + "\n", r.out());
    assertEquals("", r.err(), "a quadratic: exact, not local");
    r = CliTest.cli("rate", "--function", "x1^2 + 10*x2^2", "--start=-5,-2", "--method", "momentum", "--eta", "0.05",
        "--beta", "0.5");
    assertEquals("lambda,factor\n2.0," + Math.sqrt(0.5) + "\n20.0," + Math.sqrt(0.5) + "\nrate," + Math.sqrt(0.5) + "\n",
        r.out());
  }

  @Test
  void theRateElsewhereIsLocalAndOtherMethodsAreRefused() {
    CliTest.Result r = CliTest.cli("rate", "--function", "rosenbrock", "--start=-1.2,1", "--eta", "0.001");
    assertEquals(0, r.status());
    assertTrue(r.err().startsWith("local:"), r.err());
    r = CliTest.cli("rate", "--preset", "quadratic-1d", "--method", "adam");
    assertEquals(2, r.status());
    assertEquals("rate: rate knows gd, momentum and nesterov; adam has no such fixed linear map on a quadratic\n",
        r.err());
  }

  @Test
  void exportDrawsTheSweep(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
    java.nio.file.Path out = dir.resolve("sweep.png");
    CliTest.Result r = CliTest.cli("export", "--preset", "stability", "--view", "sweep", "--width", "600", "--height",
        "400", "--out", out.toString());
    assertEquals(0, r.status(), r.err());
    var image = javax.imageio.ImageIO.read(out.toFile());
    assertEquals(600, image.getWidth());
    // the run's colour (one run: vermillion) is on the image: the curve
    assertTrue(gdviz.plot.Pixels.count(image, gdviz.plot.Palette.VERMILLION, 40) > 200, "the sweep's curve is drawn");
    r = CliTest.cli("export", "--preset", "stability", "--view", "sweep", "--out", dir.resolve("s.gif").toString());
    assertEquals(2, r.status());
    assertEquals("export: --view sweep makes a still figure: write .png or .svg\n", r.err());
  }
}
