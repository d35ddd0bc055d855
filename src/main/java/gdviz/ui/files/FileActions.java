package gdviz.ui.files;

import gdviz.engine.Trajectory;
import gdviz.engine.TrajectoryCsv;
import gdviz.model.SetupException;
import gdviz.model.preset.Preset;
import gdviz.model.preset.PresetLibrary;
import gdviz.model.preset.PresetWriter;
import gdviz.plot.Figure;
import gdviz.plot.FigurePainter;
import gdviz.plot.Figures;
import gdviz.plot.export.AtomicFile;
import gdviz.plot.export.FigureFiles;
import gdviz.ui.playback.Frame;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.stage.FileChooser;

/**
 * The File menu's work: the current view as a figure (PNG, SVG, GIF), the iterates as CSV, and
 * scenario files. Each action takes a path (the menu asks for it with a file chooser), and writes
 * off the FX thread, reporting once when done.
 */
public final class FileActions {
  private final ShownWindow window;
  private final Executor exports;

  /**
   * @param window what the window shows, read on the FX thread
   * @param exports where files are written (a thread of its own in the app)
   */
  public FileActions(ShownWindow window, Executor exports) {
    this.window = window;
    this.exports = exports;
  }

  /**
   * Copies what the window's plots show to the clipboard as an image (for pasting into slides):
   * the figure of the export dialog's defaults, 2× finer, drawn on the export thread, put on the
   * clipboard on the FX thread.
   */
  public void copyFigure() {
    Frame frame = window.frame();
    if (frame == null || !frame.selectedRun().visible()) {
      problem("Nothing to copy", frame == null ? "the run has not produced an iterate yet"
          : "every run is hidden: tick one in the legend");
      return;
    }
    int width = ExportDialog.DEFAULT_WIDTH;
    int height = ExportDialog.heightFor(window.plotAreaAspect());
    Figure figure = window.figure(new ExportDialog.Settings(Figure.View.SHOWN, "png", width, height, 2, true, 1));
    window.status("copying the figure…");
    exports.execute(() -> {
      try {
        var image = FigureFiles.render((g, w, h) -> FigurePainter.paint(g, figure, w, h), width, height, 2);
        var fx = javafx.embed.swing.SwingFXUtils.toFXImage(image, null);
        Platform.runLater(() -> {
          var content = new javafx.scene.input.ClipboardContent();
          content.putImage(fx);
          javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
          window.status("copied the figure (" + image.getWidth() + " × " + image.getHeight() + " pixels)");
        });
      } catch (RuntimeException | OutOfMemoryError e) {
        Platform.runLater(() -> window.status("could not copy the figure: " + e.getMessage()));
      }
    });
  }

  /** What a file action writes, taken on the FX thread: immutable, so it is written on another thread. */
  @FunctionalInterface
  private interface FileWork {
    void writeTo(Path file) throws IOException;
  }

  /**
   * Writes the current view to a file (PNG, SVG or GIF by the settings): what is shown is taken
   * now, on the FX thread, and written on the export thread; the status line says when it is done.
   * An animation has at most {@link Figures#MAX_FRAMES} frames: more steps are drawn every K-th.
   */
  public void export(Path file, ExportDialog.Settings s) {
    Frame frame = window.frame();
    if (frame == null || !frame.selectedRun().visible()) {
      problem("Nothing to export", frame == null ? "the run has not produced an iterate yet"
          : "every run is hidden: tick one in the legend");
      return;
    }
    int every = s.format().equals("gif") ? Figures.framesEvery(frame.selectedRun().shown() - 1, s.every()) : s.every();
    String done = "exported " + file.getFileName() + (every == s.every() ? ""
        : String.format(Locale.ROOT, " (a frame every %,d steps: at most %,d frames)", every, Figures.MAX_FRAMES));
    boolean gif = s.format().equals("gif");
    if (window.surfaceShown() && (gif || s.view() != Figure.View.SHOWN)) {
      // the surface in 3D as shown, from the same camera
      Supplier<List<FigureFiles.Drawing>> shot = window.surfaceFrames(s.format().equals("gif"), every);
      background(done, file, out -> {
        var frames = s.theme().on(shot.get());
        switch (s.format()) {
          case "svg" -> FigureFiles.svg(out, frames.get(frames.size() - 1), s.width(), s.height());
          case "gif" -> FigureFiles.gif(out, frames, s.width(), s.height(), 150);
          default -> FigureFiles.png(out, frames.get(frames.size() - 1), s.width(), s.height(), s.scale());
        }
      });
      return;
    }
    Figure figure = window.figure(s);
    background(done, file, out -> {
      FigureFiles.Drawing drawing = s.theme().on((g, w, h) -> FigurePainter.paint(g, figure, w, h));
      switch (s.format()) {
        case "svg" -> FigureFiles.svg(out, drawing, s.width(), s.height());
        case "gif" -> FigureFiles.gif(out, s.theme().on(Figures.animation(figure, every, s.width(), s.height())),
            s.width(), s.height(), 150);
        default -> FigureFiles.png(out, drawing, s.width(), s.height(), s.scale());
      }
    });
  }

  /**
   * The iterates of every run as CSV, the columns of {@code gdviz run} (with a run column when
   * comparing): the iterates computed so far, taken now, written on the export thread.
   */
  public void saveIterates(Path file) {
    Frame frame = window.frame();
    if (frame == null) {
      problem("Nothing to save yet", "there are no iterates yet");
      return;
    }
    List<String> labels = new ArrayList<>();
    List<Trajectory> runs = new ArrayList<>();
    List<Integer> computed = new ArrayList<>();
    for (Frame.RunFrame r : frame.runs()) {
      labels.add(frame.compare() ? r.label().replace(',', ';') : null);
      runs.add(r.trajectory());
      computed.add(r.trajectory().size()); // as far as computed now
    }
    boolean scheduled = frame.runs().stream().anyMatch(r -> !r.setup().schedule().isConstant());
    String header = TrajectoryCsv.header(frame.trajectory().dimension(), frame.compare(), scheduled);
    background("saved " + file.getFileName(), file, out -> AtomicFile.write(out, stream -> {
      var writer = new java.io.OutputStreamWriter(stream, java.nio.charset.StandardCharsets.UTF_8);
      writer.write(header + "\n");
      for (int i = 0; i < runs.size(); i++) {
        TrajectoryCsv.writeRows(writer, labels.get(i), runs.get(i), computed.get(i), scheduled);
      }
      writer.flush();
    }));
  }

  /**
   * The whole setup, with the view, as a preset file: the settings are taken now, on the FX thread
   * (the controls' last changes stored into the selected run), and written on the export thread.
   */
  public void saveScenario(Path file) {
    Preset scenario = window.scenario();
    background("saved " + file.getFileName(), file, out -> {
      byte[] json = PresetWriter.toJson(scenario);
      AtomicFile.write(out, stream -> stream.write(json));
    });
  }

  /** Opens a scenario file; a corrupt or foreign file throws {@link SetupException} and changes nothing. */
  public void openScenario(Path file) {
    Preset p = PresetLibrary.readFile(file);
    window.open(p);
    window.status("opened " + file.getFileName());
  }

  private FileChooser chooser(String title, String description, String... extensions) {
    FileChooser c = new FileChooser();
    c.setTitle(title);
    c.getExtensionFilters().add(new FileChooser.ExtensionFilter(description, extensions));
    return c;
  }

  public void chooseAndOpen() {
    var file = chooser("Open scenario", "gdviz scenarios (JSON)", "*.json").showOpenDialog(window());
    if (file != null) {
      try {
        openScenario(file.toPath());
      } catch (SetupException e) {
        problem("Cannot open " + file.getName(), e.getMessage());
      }
    }
  }

  /** Lesson ▸ Open Lesson…: a lesson file, started at its first scene; a bad file says what is wrong and changes nothing. */
  public void chooseAndOpenLesson() {
    var file = chooser("Open lesson", "gdviz lessons (JSON)", "*.json").showOpenDialog(window());
    if (file != null) {
      try {
        window.openLesson(file.toPath());
        window.status("opened the lesson " + file.getName());
      } catch (SetupException e) {
        problem("Cannot open " + file.getName(), e.getMessage());
      }
    }
  }

  /** Writes the lesson open to a lesson file, on the export thread (the lesson is taken now). */
  public void saveLesson(Path file) {
    gdviz.model.lesson.Lesson lesson = window.lesson();
    if (lesson == null) {
      problem("No lesson to save", "open a lesson, or add this example as a scene (Lesson ▸ Add This as a Scene…)");
      return;
    }
    background("saved " + file.getFileName(), file, out -> {
      byte[] json = gdviz.model.lesson.LessonWriter.toJson(lesson);
      AtomicFile.write(out, stream -> stream.write(json));
    });
  }

  public void chooseAndSaveLesson() {
    if (window.lesson() == null) {
      saveLesson(null); // says there is none
      return;
    }
    FileChooser c = chooser("Save lesson", "gdviz lessons (JSON)", "*.json");
    c.setInitialFileName("lesson.json");
    var file = c.showSaveDialog(window());
    if (file != null) {
      saveLesson(file.toPath());
    }
  }

  /** Lesson ▸ Add This as a Scene…: a title and a note asked, the window's state added after the scene shown. */
  public void chooseAndAddScene() {
    SceneDialog dialog = new SceneDialog(window.title());
    dialog.initOwner(window());
    dialog.showAndWait().ifPresent(s -> {
      window.addScene(s[0], s[1]);
      window.status("added the scene \"" + s[0] + "\"");
    });
  }

  public void chooseAndSave() {
    FileChooser c = chooser("Save scenario", "gdviz scenarios (JSON)", "*.json");
    c.setInitialFileName(window.suggestedName("json"));
    var file = c.showSaveDialog(window());
    if (file != null) {
      saveScenario(file.toPath());
    }
  }

  public void chooseAndExport() {
    var settings = new ExportDialog(window.title(), window.plotAreaAspect());
    settings.initOwner(window());
    settings.showAndWait().ifPresent(s -> {
      FileChooser c = chooser("Export figure", s.format().toUpperCase(Locale.ROOT) + " files", "*." + s.format());
      c.setInitialFileName(window.suggestedName(s.format()));
      var file = c.showSaveDialog(window());
      if (file != null) {
        export(file.toPath(), s);
      }
    });
  }

  public void chooseAndSaveCsv() {
    FileChooser c = chooser("Save iterates", "CSV files", "*.csv");
    c.setInitialFileName("iterates.csv");
    var file = c.showSaveDialog(window());
    if (file != null) {
      saveIterates(file.toPath());
    }
  }

  /**
   * Writes {@code work}'s snapshot on the export thread (a long GIF must not freeze the window);
   * reports once, on the FX thread, when done.
   */
  private void background(String done, Path file, FileWork work) {
    window.status("writing " + file.getFileName() + "…");
    exports.execute(() -> {
      try {
        work.writeTo(file);
        Platform.runLater(() -> window.status(done));
      } catch (IOException | RuntimeException e) {
        Platform.runLater(() -> {
          window.status("");
          problem("Could not write " + file.getFileName(), e.getMessage());
        });
      } catch (OutOfMemoryError e) {
        Platform.runLater(() -> {
          window.status("");
          problem("Could not write " + file.getFileName(), "the Java heap is full: export fewer frames (a"
              + " larger 'every K steps'), a smaller figure, or start gdviz with more heap (java -Xmx2g -jar gdviz.jar)");
        });
      }
    });
  }

  private void problem(String header, String message) {
    Alert alert = new Alert(Alert.AlertType.ERROR);
    alert.setTitle("gdviz");
    alert.setHeaderText(header);
    alert.setContentText(message);
    alert.initOwner(window());
    alert.show();
  }

  private javafx.stage.Window window() {
    return window.stage();
  }
}
