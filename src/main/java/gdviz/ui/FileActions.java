package gdviz.ui;

import gdviz.engine.TrajectoryCsv;
import gdviz.model.IteratePath;
import gdviz.model.SetupException;
import gdviz.model.preset.Preset;
import gdviz.model.preset.PresetLibrary;
import gdviz.model.preset.PresetWriter;
import gdviz.plot.Figure;
import gdviz.plot.FigurePainter;
import gdviz.plot.Figures;
import gdviz.plot.Palette;
import gdviz.plot.Viewport;
import gdviz.plot.export.AtomicFile;
import gdviz.plot.export.FigureFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.stage.FileChooser;

/**
 * The File menu's work: the current view as a figure (PNG, SVG, GIF), the iterates as CSV, and
 * scenario files. Each action takes a path (the menu asks for it with a file chooser), and writes
 * off the FX thread, reporting once when done.
 */
public final class FileActions {
  private final MainViewModel model;
  private final MainView view;
  private final ExecutorService exports = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "gdviz-export");
    t.setDaemon(true);
    return t;
  });

  FileActions(MainViewModel model, MainView view) {
    this.model = model;
    this.view = view;
  }


  /** The current view as a figure: the runs drawn, as far as they are shown (or whole, for an animation). */
  public Figure currentFigure(Figure.View panels, boolean caption, boolean wholeRuns) {
    MainViewModel.Frame frame = model.frameProperty().get();
    if (frame == null) {
      throw new IllegalStateException("nothing to export yet");
    }
    List<Figure.Line> lines = new ArrayList<>();
    List<Figures.RunData> data = new ArrayList<>();
    int selected = 0;
    for (int i = 0; i < frame.runs().size(); i++) {
      MainViewModel.RunFrame r = frame.runs().get(i);
      if (!r.visible() || !r.sameFunction()) {
        continue;
      }
      if (i == frame.selected()) {
        selected = lines.size();
      }
      IteratePath path = wholeRuns ? r.trajectory() : r.trajectory().first(r.shown());
      java.awt.Color colour = frame.compare() ? Palette.RUNS[r.colour() % Palette.RUNS.length] : Palette.VERMILLION;
      lines.add(new Figure.Line(r.label(), path, colour, path.size() - 1));
      data.add(new Figures.RunData(r.label(), r.setup(), r.trajectory(), r.outcome()));
    }
    String title = model.presetProperty().get() == null ? "" : model.presetProperty().get().name();
    return new Figure(title, view.functionPlot().shownObjective(), model.xAxisProperty().get(), model.yAxisProperty().get(),
        lines, selected, panels, view.functionPlot().world(), model.lossLogProperty().get(), view.functionPlot().marker(),
        "least squares", caption ? Figures.caption(data) : null);
  }

  /** Writes the current view to a file (PNG, SVG or GIF by the settings). */
  public void exportFigure(Path file, ExportDialog.Settings s) throws IOException {
    Figure figure = currentFigure(s.view(), s.caption(), s.format().equals("gif"));
    FigureFiles.Drawing drawing = (g, w, h) -> FigurePainter.paint(g, figure, w, h);
    switch (s.format()) {
      case "svg" -> FigureFiles.svg(file, drawing, s.width(), s.height());
      case "gif" -> FigureFiles.gif(file, Figures.animation(figure, s.every(), s.width(), s.height()), s.width(),
          s.height(), 150);
      default -> FigureFiles.png(file, drawing, s.width(), s.height(), s.scale());
    }
  }

  /** The iterates of every run as CSV, the columns of {@code gdviz run} (with a run column when comparing). */
  public void saveIterates(Path file) throws IOException {
    MainViewModel.Frame frame = model.frameProperty().get();
    if (frame == null) {
      throw new IOException("there are no iterates yet");
    }
    AtomicFile.write(file, out -> {
      var writer = new java.io.OutputStreamWriter(out, java.nio.charset.StandardCharsets.UTF_8);
      writer.write(TrajectoryCsv.header(frame.trajectory().dimension(), frame.compare()) + "\n");
      for (MainViewModel.RunFrame r : frame.runs()) {
        TrajectoryCsv.writeRows(writer, frame.compare() ? r.label().replace(',', ';') : null, r.trajectory());
      }
      writer.flush();
    });
  }

  /** The whole setup, with the view, as a preset file. */
  public void saveScenario(Path file) throws IOException {
    Viewport w = view.functionPlot().world();
    Preset.ViewSpec view = new Preset.ViewSpec(w == null ? null : w.xMin(), w == null ? null : w.xMax(),
        w == null ? null : w.yMin(), w == null ? null : w.yMax(), model.xAxisProperty().get(),
        model.yAxisProperty().get(), model.lossLogProperty().get());
    byte[] json = PresetWriter.toJson(model.scenario(view));
    AtomicFile.write(file, out -> out.write(json));
  }

  /** Opens a scenario file; a corrupt or foreign file throws {@link SetupException} and changes nothing. */
  public void openScenario(Path file) {
    Preset p = PresetLibrary.readFile(file);
    Preset.ViewSpec v = p.view();
    if (v != null && v.xMin() != null && v.xMax() != null && v.yMin() != null && v.yMax() != null
        && v.xMax() > v.xMin() && v.yMax() > v.yMin()) {
      view.showWorldOnNextFrame(new Viewport(v.xMin(), v.xMax(), v.yMin(), v.yMax(), 0, 0, 1, 1));
    }
    model.open(p);
    view.setStatusMessage("opened " + file.getFileName());
  }

  private FileChooser chooser(String title, String description, String... extensions) {
    FileChooser c = new FileChooser();
    c.setTitle(title);
    c.getExtensionFilters().add(new FileChooser.ExtensionFilter(description, extensions));
    return c;
  }

  void chooseAndOpen() {
    var file = chooser("Open scenario", "gdviz scenarios (JSON)", "*.json").showOpenDialog(window());
    if (file != null) {
      try {
        openScenario(file.toPath());
      } catch (SetupException e) {
        problem("Cannot open " + file.getName(), e.getMessage());
      }
    }
  }

  void chooseAndSave() {
    FileChooser c = chooser("Save scenario", "gdviz scenarios (JSON)", "*.json");
    c.setInitialFileName((model.presetProperty().get() == null ? "scenario" : model.presetProperty().get().name())
        + ".json");
    var file = c.showSaveDialog(window());
    if (file != null) {
      background("saved " + file.getName(), () -> saveScenario(file.toPath()));
    }
  }

  void chooseAndExport() {
    var settings = new ExportDialog(true);
    settings.initOwner(window());
    settings.showAndWait().ifPresent(s -> {
      FileChooser c = chooser("Export figure", s.format().toUpperCase(Locale.ROOT) + " files", "*." + s.format());
      c.setInitialFileName((model.presetProperty().get() == null ? "figure" : model.presetProperty().get().name())
          + "." + s.format());
      var file = c.showSaveDialog(window());
      if (file != null) {
        background("exported " + file.getName(), () -> exportFigure(file.toPath(), s));
      }
    });
  }

  void chooseAndSaveCsv() {
    FileChooser c = chooser("Save iterates", "CSV files", "*.csv");
    c.setInitialFileName("iterates.csv");
    var file = c.showSaveDialog(window());
    if (file != null) {
      background("saved " + file.getName(), () -> saveIterates(file.toPath()));
    }
  }

  private interface FileWork {
    void run() throws IOException;
  }

  /** Writes off the FX thread (a long GIF must not freeze the window); reports once, when done. */
  private void background(String done, FileWork work) {
    view.setStatusMessage("writing…");
    exports.execute(() -> {
      try {
        work.run();
        Platform.runLater(() -> view.setStatusMessage(done));
      } catch (IOException | RuntimeException e) {
        Platform.runLater(() -> {
          view.setStatusMessage("");
          problem("Could not write the file", e.getMessage());
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
    var scene = view.root().getScene();
    return scene == null ? null : scene.getWindow();
  }
}
