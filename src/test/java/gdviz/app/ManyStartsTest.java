package gdviz.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** run and export --starts: one setup from many starts, and where they end. */
class ManyStartsTest {
  @Test
  void himmelblausFourMinimaFromAGridOfStarts() {
    CliTest.Result r = CliTest.cli("run", "--preset", "basins", "--starts", "grid:5x5", "--steps", "500");
    assertEquals(0, r.status(), r.err());
    assertTrue(r.out().startsWith("run,k,x1,x2,f,grad_norm\nstart 1,0,-1.0,-1.0,170.0,"), r.out().substring(0, 80));
    assertTrue(r.out().contains("\nstart 25,0,1.0,1.0,"), "25 starts");
    assertTrue(r.err().strip().endsWith("ends: 10 at (3, 2), 7 at (-2.80512, 3.13131), 5 at (3.58443, -1.84813),"
        + " 3 at (-3.77931, -3.28319)"), r.err());
  }

  @Test
  void divergedStartsAreCountedApart() {
    CliTest.Result r = CliTest.cli("run", "--preset", "quadratic-1d", "--eta", "1.1", "--starts", "grid:3");
    assertTrue(r.err().strip().endsWith("ends: 1 at (0); 2 diverged"), r.err());
  }

  @Test
  void theFigureColoursEachPathByWhereItEnds(@TempDir Path dir) throws Exception {
    Path png = dir.resolve("starts.png");
    CliTest.Result r = CliTest.cli("export", "--preset", "basins", "--starts", "grid:4x4", "--steps", "300", "--out",
        png.toString());
    assertEquals(0, r.status(), r.err());
    assertTrue(Files.size(png) > 10_000);
    CliTest.Result lab = CliTest.cli("export", "--preset", "basins", "--starts", "grid:4x4", "--view", "basins",
        "--out", dir.resolve("x.png").toString());
    assertEquals(2, lab.status());
    assertTrue(lab.err().contains("--starts draws one run from many starts as a still figure"), lab.err());
    assertTrue(!Files.exists(dir.resolve("x.png")), "nothing left behind");
  }
}
