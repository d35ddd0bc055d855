package gdviz.app;

import gdviz.engine.DescentRun;
import gdviz.engine.RunResult;
import gdviz.model.lesson.Question;
import gdviz.model.SetupException;
import gdviz.model.lesson.Lesson;
import gdviz.model.preset.Preset;
import gdviz.model.run.RunSetup;
import gdviz.plot.export.AtomicFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/**
 * A lesson's handout, headless: each scene's figure as PNG and SVG (drawn as {@code export
 * --all-presets} draws an example), {@code index.html} — one page, self-contained (the figures
 * inside it), no scripts — with the titles and notes, and {@code answers.html} with what each
 * scene's runs did. A failure half-way removes what was written: nothing is left behind.
 */
final class LessonHandout {
  private final ExportCommand options;

  LessonHandout(ExportCommand options) {
    this.options = options;
  }

  /** Writes the handout into {@code dir} (made if missing); the files written. */
  List<Path> write(Lesson lesson, Path dir) throws IOException {
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      throw new SetupException("--dir " + dir + " is a file, not a folder");
    }
    boolean made = !Files.exists(dir);
    Files.createDirectories(dir);
    List<Path> written = new ArrayList<>();
    try {
      List<String> figures = new ArrayList<>();
      List<String> answerFigures = new ArrayList<>();
      List<String> answers = new ArrayList<>();
      for (int i = 0; i < lesson.scenes().size(); i++) {
        Lesson.Scene scene = lesson.scenes().get(i);
        String name = String.format(Locale.ROOT, "scene-%02d", i + 1);
        // a question's scene as asked (the start only) on the questions page, played out on the answers page
        figures.add(figure(scene.asked(), dir, name, i, scene, written));
        answerFigures.add(scene.question() == null ? null : figure(scene.scenario(), dir, name + "-answer", i, scene,
            written));
        answers.add(outcomes(scene));
      }
      written.add(page(dir.resolve("index.html"), HandoutPages.questions(lesson, figures)));
      written.add(page(dir.resolve("answers.html"), HandoutPages.answers(lesson, answers, answerFigures)));
      return written;
    } catch (IOException | RuntimeException e) {
      for (Path p : written) {
        Files.deleteIfExists(p);
      }
      if (made) {
        Files.deleteIfExists(dir);
      }
      throw e;
    }
  }

  /** One figure as PNG and SVG; the PNG in base64, for the page. */
  private String figure(Preset p, Path dir, String name, int i, Lesson.Scene scene, List<Path> written)
      throws IOException {
    for (String type : List.of("png", "svg")) {
      Path file = dir.resolve(name + "." + type);
      try {
        options.writeOwnFigure(p, file, type);
      } catch (SetupException e) {
        throw new SetupException("scene " + (i + 1) + " (" + scene.title() + "): " + e.getMessage());
      }
      written.add(file);
    }
    return Base64.getEncoder().encodeToString(Files.readAllBytes(dir.resolve(name + ".png")));
  }

  private static Path page(Path file, String html) throws IOException {
    AtomicFile.write(file, out -> out.write(html.getBytes(StandardCharsets.UTF_8)));
    return file;
  }

  /** The question's answer first, if any; then what the scene's runs did, one line each: "gd: converged at step 7". */
  private String outcomes(Lesson.Scene scene) {
    Preset scenario = scene.scenario();
    if (scenario.kind().equals(Preset.KIND_DIFFERENCE_QUOTIENT)) {
      return "the exact derivative and the difference quotient coincide";
    }
    List<RunSetup> setups = options.options.setups(scenario, options.options.toSpec(null));
    List<String> hidden = scenario.view() == null || scenario.view().hidden() == null ? List.of()
        : scenario.view().hidden();
    List<String> lines = new ArrayList<>();
    List<Question.Ran> shown = new ArrayList<>();
    for (RunSetup s : setups) {
      RunResult r = DescentRun.run(s);
      lines.add(setups.size() > 1 ? s.label() + ": " + r.outcome().message() : r.outcome().message());
      if (!hidden.contains(s.label())) {
        shown.add(new Question.Ran(s.label(), r.trajectory(), r.outcome()));
      }
    }
    if (scene.question() != null) {
      String answer = "Answer: " + scene.question().answer(shown).why();
      if (setups.size() == 1) {
        return answer; // it says how the one run ended
      }
      lines.add(0, answer);
    }
    return String.join("\n", lines);
  }
}
