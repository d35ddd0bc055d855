package gdviz.app;

import static gdviz.app.CliTest.cli;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A long animated export: capped at a number of frames that says so, and nothing left behind if stopped. */
class InterruptedExportTest {
  private static List<Path> files(Path dir) throws Exception {
    try (Stream<Path> s = Files.list(dir)) {
      return s.toList();
    }
  }

  /**
   * SIGTERM (what Ctrl+C and a closed terminal send too) in the middle of writing a GIF: no hidden
   * {@code .keep.gif….part} beside the target, no {@code imageio….tmp} in the temp folder.
   */
  @Test
  void anExportStoppedHalfwayLeavesNoFileBehind(@TempDir Path dir) throws Exception {
    Path out = Files.createDirectory(dir.resolve("slides"));
    Path temp = Files.createDirectory(dir.resolve("tmp"));
    Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Djava.awt.headless=true", "-Djava.io.tmpdir=" + temp, "-cp", System.getProperty("java.class.path"),
        "gdviz.app.Launcher", "export", "--preset", "quadratic-2d", "--steps", "100000", "--out",
        out.resolve("keep.gif").toString(), "--every", "1").redirectErrorStream(true)
        .redirectOutput(dir.resolve("log.txt").toFile()).start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    boolean writing = false;
    while (!writing && p.isAlive() && System.nanoTime() < deadline) {
      writing = files(out).stream().anyMatch(f -> f.getFileName().toString().endsWith(".part"));
      Thread.sleep(20);
    }
    assertTrue(writing, "the GIF was being written: " + Files.readString(dir.resolve("log.txt")));
    Thread.sleep(300); // some frames into it
    p.destroy(); // SIGTERM
    assertTrue(p.waitFor(60, TimeUnit.SECONDS), "stopped");
    assertEquals(List.of(), files(out), "nothing beside the target");
    assertEquals(List.of(), files(temp), "nothing in the temp folder");
  }

  /** --every 1 on 5,000 steps: 5,001 frames asked for, 501 drawn (one every 10 steps), and standard error says so. */
  @Test
  void anAnimationOfManyStepsIsCappedAndSaysHowToChoose(@TempDir Path dir) throws Exception {
    Path gif = dir.resolve("long.gif");
    CliTest.Result r = cli("export", "--preset", "quadratic-2d", "--steps", "5000", "--every", "1", "--width", "200",
        "--height", "150", "--out", gif.toString());
    assertEquals(0, r.status(), r.err());
    assertEquals("gdviz export: 5,000 steps at --every 1 would make 5,001 frames; drawing one every 10 steps (at most"
        + " 1,000 frames; --every K for another step)", r.err().lines().findFirst().orElse(""));
    try (var in = ImageIO.createImageInputStream(gif.toFile())) {
      var reader = ImageIO.getImageReadersByFormatName("gif").next();
      reader.setInput(in);
      assertEquals(501, reader.getNumImages(true), "k = 0, 10, …, 5000");
    }
    CliTest.Result asked = cli("export", "--preset", "quadratic-2d", "--steps", "5000", "--every", "50", "--width",
        "200", "--height", "150", "--out", dir.resolve("asked.gif").toString());
    assertEquals("wrote " + dir.resolve("asked.gif"), asked.err().strip(), "an --every within the cap: no note");
  }
}
