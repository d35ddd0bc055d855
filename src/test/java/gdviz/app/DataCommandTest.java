package gdviz.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --data FILE.csv} on the command line: least squares, logistic regression, standardized, and bad files. */
class DataCommandTest {
  @Test
  void fitsACsvByLeastSquares(@TempDir Path dir) throws Exception {
    Path csv = Files.writeString(dir.resolve("d.csv"), "x,y\n1,2\n2,4.1\n3,5.9\n4,8.2\n");
    CliTest.Result r = CliTest.cli("run", "--data", csv.toString(), "--eta", "0.05", "--steps", "1");
    assertEquals(0, r.status(), r.err());
    assertEquals("k,x1,x2,f,grad_norm", r.lines().get(0));
    // J(0) = 1/(2·4)·(4 + 16.81 + 34.81 + 67.24) = 122.86/8
    assertEquals("0,0.0,0.0," + (4 + 16.81 + 34.81 + 67.24) / 8, r.lines().get(1).substring(0,
        r.lines().get(1).lastIndexOf(',')));
    assertTrue(r.err().contains("parameters: x1 = intercept, x2 = x"), r.err());
    assertTrue(r.err().contains("closed-form least-squares solution: intercept = "), r.err());
  }

  @Test
  void zeroOneTargetsGetLogisticRegression(@TempDir Path dir) throws Exception {
    Path csv = Files.writeString(dir.resolve("exam.csv"), "hours,passed\n1,0\n2,0\n3,1\n4,0\n5,1\n6,1\n");
    CliTest.Result r = CliTest.cli("run", "--data", csv.toString(), "--eta", "0.5", "--steps", "1");
    assertEquals(0, r.status(), r.err());
    assertEquals("0,0.0,0.0," + Math.log(2) + "," + 3.5 / 6, r.lines().get(1));
    assertEquals("1,0.0," + (0 - 0.5 * (-3.5 / 6)), String.join(",", java.util.Arrays.copyOf(r.lines().get(2)
        .split(","), 3)));
    assertTrue(r.err().contains("logistic regression (every y is 0 or 1): accuracy "), r.err());
  }

  @Test
  void standardizesAndRefusesBadFilesByLine(@TempDir Path dir) throws Exception {
    Path csv = Files.writeString(dir.resolve("d.csv"), "x,y\n1,2\n2,4\n3,6\n");
    CliTest.Result r = CliTest.cli("run", "--data", csv.toString(), "--standardize", "--steps", "0");
    assertEquals(0, r.status(), r.err());
    Path bad = Files.writeString(dir.resolve("bad.csv"), "x,y\n1,2\n2,\n");
    CliTest.Result b = CliTest.cli("run", "--data", bad.toString());
    assertEquals(2, b.status());
    assertEquals("run: bad.csv line 3, column 2 (y): missing value\n", b.err());
    Path constant = Files.writeString(dir.resolve("c.csv"), "x,y\n1,2\n1,3\n");
    CliTest.Result c = CliTest.cli("run", "--data", constant.toString(), "--standardize");
    assertEquals("run: cannot standardize feature x: every row has the same value\n", c.err());
    CliTest.Result alone = CliTest.cli("run", "--function", "x^2", "--start", "1", "--standardize");
    assertEquals("run: --standardize goes with --data FILE.csv\n", alone.err());
  }
}
