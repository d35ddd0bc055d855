package gdviz.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** export --lesson: a figure per scene (PNG and SVG), the questions page and the answers page; nothing left on failure. */
class LessonHandoutTest {
  private static List<String> names(Path dir) throws Exception {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void theCourseGetsAFigurePerSceneAndBothPages(@TempDir Path tmp) throws Exception {
    Path dir = tmp.resolve("handout");
    CliTest.Result r = CliTest.cli("export", "--lesson", "course", "--dir", dir.toString());
    assertEquals(0, r.status(), r.err());
    List<String> names = names(dir);
    assertEquals(19 * 2 + 4 * 2 + 2, names.size(), "a figure per scene, one more per question, two pages: " + names);
    assertTrue(names.contains("scene-01.png") && names.contains("scene-19.svg") && names.contains("scene-04-answer.png")
        && names.contains("index.html")
        && names.contains("answers.html"), names.toString());
    String starts = Files.readString(dir.resolve("scene-19.svg"));
    assertTrue(starts.contains("ends at (3, 2)") && starts.contains("ends at (-2.81, 3.13)"),
        "the closing scene's many starts, their legend by where they end");
    String index = Files.readString(dir.resolve("index.html"));
    assertTrue(index.contains("<h2>1. f(x) = x², η = 0.2: it converges</h2>"), "titles in order");
    assertTrue(index.contains("x₁₀ = 0.06046617599999997"), "the notes, with the course's numbers");
    assertEquals(19, index.split("data:image/png;base64,", -1).length - 1, "every figure inside the page");
    assertTrue(index.contains("<strong>With η = 1.1, does it converge, oscillate or diverge?</strong><br>☐ converges"),
        "the questions with their choices");
    assertFalse(index.toLowerCase().contains("<script"), "no scripts");
    String answers = Files.readString(dir.resolve("answers.html"));
    assertTrue(answers.contains("precond: converged at step 1"), answers);
    assertTrue(answers.contains("Answer: oscillates: stopped after 10 steps"), "η = 0.8: x ← −0.6x");
    assertTrue(answers.contains("Answer: diverges: diverging"), "η = 1.1");
    assertEquals(4, answers.split("data:image/png;base64,", -1).length - 1, "each question's scene played out");
    assertTrue(answers.contains("Answer: x₁ = (-4, -1.2)"), "where the first step lands");
    assertTrue(answers.contains("diverging (stopped after 10 steps; η = 1.1 &gt; 2/L = 1"), answers);
  }

  @Test
  void aSceneThatCannotBeDrawnLeavesNothingBehind(@TempDir Path tmp) throws Exception {
    Path lesson = tmp.resolve("bad.json");
    Files.writeString(lesson, "{\"title\": \"t\", \"scenes\": [{\"title\": \"fine\", \"preset\": \"quadratic-1d\"},"
        + " {\"title\": \"a basin map of x²\", \"preset\": \"quadratic-1d\", \"view\": {\"show\": [\"basins\"]}}]}");
    Path dir = tmp.resolve("out");
    CliTest.Result r = CliTest.cli("export", "--lesson", lesson.toString(), "--dir", dir.toString());
    assertEquals(2, r.status(), "a usage problem");
    assertFalse(Files.exists(dir), "the folder it made is gone: " + (Files.exists(dir) ? names(dir) : ""));
    assertEquals("export: scene 2 (a basin map of x²): the basin map needs a function of two variables; this one has 1",
        r.err().strip());
  }

  @Test
  void aHandoutNeedsAFolder(@TempDir Path tmp) {
    CliTest.Result r = CliTest.cli("export", "--lesson", "course", "--out", tmp.resolve("x.png").toString());
    assertEquals(2, r.status(), "a usage problem");
    assertTrue(r.err().contains("--lesson writes a handout into a folder: give --dir DIR (not --out)"), r.err());
  }
}
