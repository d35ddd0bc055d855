package gdviz.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gdviz.model.lesson.Lesson;
import gdviz.model.lesson.LessonFiles;
import gdviz.model.preset.PresetLibrary;
import gdviz.model.preset.PresetWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every number the course lesson's notes quote to many digits (x₁₀ = 0.06046617599999997, the
 * closed form, the 400·J remark), every "converged at step …" and every "15 at (-2.80512, 3.13131)"
 * of many starts they quote, is what the scene's own run prints with {@code gdviz run}: the notes
 * cannot drift from the runs.
 */
class LessonNumbersTest {
  /** A number written to six decimals or more, or a run's words the note quotes. */
  private static final Pattern QUOTED = Pattern.compile(
      "-?\\d+\\.\\d{6,}(?:E-?\\d+)?|converged at step \\d+|best at step \\d+: x = -?\\d+(?:\\.\\d+)?"
          + "|\\d+ at \\(-?\\d+(?:\\.\\d+)?, -?\\d+(?:\\.\\d+)?\\)");

  @Test
  void theNotesQuoteWhatEachScenesRunPrints(@TempDir Path dir) throws Exception {
    Lesson course = LessonFiles.course(PresetLibrary.builtIn());
    int quoted = 0;
    for (int i = 0; i < course.scenes().size(); i++) {
      Lesson.Scene scene = course.scenes().get(i);
      List<String> quotes = new ArrayList<>();
      Matcher m = QUOTED.matcher(scene.note());
      while (m.find()) {
        quotes.add(m.group());
      }
      if (quotes.isEmpty()) {
        continue;
      }
      Path file = dir.resolve("scene" + i + ".json");
      Files.write(file, PresetWriter.toJson(scene.scenario()));
      String starts = scene.scenario().view() == null ? null : scene.scenario().view().starts();
      CliTest.Result r = starts == null ? CliTest.cli("run", "--preset-file", file.toString())
          : CliTest.cli("run", "--preset-file", file.toString(), "--starts", starts); // where its many starts end
      assertEquals(0, r.status(), r.err());
      for (String q : quotes) {
        assertTrue(r.out().contains(q) || r.err().contains(q), "scene " + (i + 1) + " quotes " + q
            + ", which its run does not print");
        quoted++;
      }
    }
    assertTrue(quoted >= 16, "the notes quote the course's numbers: " + quoted);
  }
}
