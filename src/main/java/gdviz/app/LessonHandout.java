package gdviz.app;

import gdviz.engine.DescentRun;
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
      List<String> answers = new ArrayList<>();
      for (int i = 0; i < lesson.scenes().size(); i++) {
        Preset scenario = lesson.scenes().get(i).scenario();
        String name = String.format(Locale.ROOT, "scene-%02d", i + 1);
        for (String type : List.of("png", "svg")) {
          Path file = dir.resolve(name + "." + type);
          try {
            options.writeOwnFigure(scenario, file, type);
          } catch (SetupException e) {
            throw new SetupException("scene " + (i + 1) + " (" + lesson.scenes().get(i).title() + "): " + e.getMessage());
          }
          written.add(file);
        }
        figures.add(Base64.getEncoder().encodeToString(Files.readAllBytes(dir.resolve(name + ".png"))));
        answers.add(outcomes(scenario));
      }
      written.add(page(dir.resolve("index.html"), HandoutPages.questions(lesson, figures)));
      written.add(page(dir.resolve("answers.html"), HandoutPages.answers(lesson, answers)));
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

  private static Path page(Path file, String html) throws IOException {
    AtomicFile.write(file, out -> out.write(html.getBytes(StandardCharsets.UTF_8)));
    return file;
  }

  /** What the scene's runs did, one line each: "gd: converged at step 7". */
  private String outcomes(Preset scenario) {
    if (scenario.kind().equals(Preset.KIND_DIFFERENCE_QUOTIENT)) {
      return "the exact derivative and the difference quotient coincide";
    }
    List<RunSetup> setups = options.options.setups(scenario, options.options.toSpec(null));
    List<String> lines = new ArrayList<>();
    for (RunSetup s : setups) {
      String outcome = DescentRun.run(s).outcome().message();
      lines.add(setups.size() > 1 ? s.label() + ": " + outcome : outcome);
    }
    return String.join("\n", lines);
  }
}
