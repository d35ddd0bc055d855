package gdviz.app;

import static gdviz.app.CliTest.cli;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the command line reports about a fit and a rate is what is so, also at the edges. */
class TruthfulReportsTest {
  @TempDir
  Path dir;

  private String csv(String name, String text) throws Exception {
    return Files.writeString(dir.resolve(name), text).toString();
  }

  /** Newton on separable 0/1 data: its Hessian turns singular; it stops there, saying so, and the accuracy is real. */
  @Test
  void newtonOnSeparableDataStopsWhereItsStepIsUndefined() throws Exception {
    CliTest.Result r = cli("run", "--data", csv("sep.csv", "h,p\n1,0\n2,0\n3,0\n4,1\n5,1\n6,1\n"), "--method", "newton",
        "--steps", "60");
    assertEquals(0, r.status(), r.err());
    assertTrue(r.err().startsWith("stopped after 39 steps (Newton's step H⁻¹∇f is undefined: the Hessian is singular"
        + " here)"), r.err());
    assertTrue(r.err().contains("accuracy 100 % of rows"), "before: diverged at step 40 and 'accuracy 50 %' of NaN: "
        + r.err());
    assertTrue(!r.out().contains("NaN"), "no row of NaN");
  }

  @Test
  void leastSquaresSaysWhenItsSolutionIsNotUniqueAndSolvesHugeValues() throws Exception {
    CliTest.Result few = cli("run", "--data", csv("few.csv", "a,b,c,d,y\n1,2,3,4,5\n2,3,5,7,1\n"), "--steps", "1");
    assertTrue(few.err().contains("closed-form least-squares solution, not unique (5 parameters, 2 rows): the"
        + " solution of least norm: intercept = "), few.err());
    CliTest.Result huge = cli("run", "--data", csv("huge.csv", "x,y\n1e300,1\n2e300,3\n3e300,2\n"), "--steps", "1");
    assertTrue(huge.err().contains("closed-form least-squares solution: intercept = 1.0, x = 4.99999999999999"),
        "before: intercept = NaN: " + huge.err());
    CliTest.Result twice = cli("run", "--data", csv("xx.csv", "x,x,y\n1,2,3\n"));
    assertEquals(2, twice.status());
    assertEquals("run: xx.csv line 1: the column name 'x' is given twice (columns 1 and 2); name each column once",
        twice.err().strip());
  }

  @Test
  void rateRefusesWhatItCannotSayAndReadsTheSmallCurvature() {
    CliTest.Result overflow = cli("rate", "--function", "x1^2 + 10*x2^2", "--start=-5,-2", "--method", "momentum",
        "--eta", "1e308");
    assertEquals(2, overflow.status(), "before: NaN with status 0");
    assertEquals("", overflow.out());
    assertEquals("rate: η·λ = 1e308·2 is beyond what a double holds: the run overflows at its first step",
        overflow.err().strip());
    CliTest.Result scheduled = cli("rate", "--preset", "quadratic-2d", "--schedule", "exp:0.1");
    assertEquals(2, scheduled.status(), "before: --schedule ignored without a word");
    // 1e300·x1² + x2²: λ = 2 and 2e300 (a solver lost the 2 beside the 2e300)
    CliTest.Result skewed = cli("rate", "--function", "1e300*x1^2+x2^2", "--start=1,1", "--eta", "1e-301");
    assertEquals("lambda,factor\n2.0,1.0\n2.0E300,0.8\nrate,1.0\n", skewed.out());
  }

  /** run --data at the default η: gd starts at 1/L of the data, where η = 0.1 diverged (ηλ₃ = 7.8). */
  @Test
  void aDataFitStartsAtOneOverL() {
    CliTest.Result r = cli("run", "--data", "resources/data/exam-scores.csv", "--steps", "50");
    assertEquals(0, r.status(), r.err());
    assertTrue(!r.err().contains("diverg"), r.err());
    String[] rows = r.out().split("\n");
    double previous = Double.POSITIVE_INFINITY;
    for (int k = 1; k < rows.length; k++) {
      double f = Double.parseDouble(rows[k].split(",")[4]);
      assertTrue(f <= previous, "monotone descent (η = 1/L, the green band) at row " + k);
      previous = f;
    }
  }
}
