package gdviz.ui.files;

import gdviz.engine.TrajectoryCsv;
import gdviz.model.IteratePath;
import gdviz.model.LinearRegressionLoss;
import gdviz.model.LossBaseline;
import gdviz.model.Objective;
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
import gdviz.ui.MainView;
import gdviz.ui.MainViewModel;
import gdviz.ui.playback.Frame;
import gdviz.ui.plots.FunctionPlotView;
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

  public FileActions(MainViewModel model, MainView view) {
    this.model = model;
    this.view = view;
  }

  /**
   * What the screen shows, as a figure: the function plot of the selected run's function with the
   * runs drawn on it (as far as they are shown, or whole for an animation), at the screen's view
   * (widened to the figure's aspect, never stretched), the tangent or −∇f arrow as on screen, the
   * loss of every run shown, and the data panel when the screen has it.
   */
  public Figure currentFigure(Figure.View panels, boolean caption, boolean wholeRuns) {
    Frame frame = model.frameProperty().get();
    if (frame == null) {
      throw new IllegalStateException("nothing to export yet");
    }
    List<Figure.Line> lines = new ArrayList<>();
    List<Integer> onFunction = new ArrayList<>();
    List<Figures.RunData> data = new ArrayList<>();
    int selected = 0;
    for (int i = 0; i < frame.runs().size(); i++) {
      Frame.RunFrame r = frame.runs().get(i);
      boolean isSelected = i == frame.selected();
      if (!r.visible() && !isSelected) {
        continue;
      }
      if (isSelected) {
        selected = lines.size();
      }
      if (r.sameFunction()) {
        onFunction.add(lines.size());
      }
      IteratePath path = wholeRuns ? r.trajectory() : r.trajectory().first(r.shown());
      java.awt.Color colour = frame.compare() ? Palette.RUNS[r.colour() % Palette.RUNS.length] : Palette.VERMILLION;
      lines.add(new Figure.Line(r.label(), path, r.trajectory(), colour, path.size() - 1,
          isSelected && model.plotOptions().tangentProperty().get(),
          isSelected && model.plotOptions().gradientArrowProperty().get(), LossBaseline.of(r.setup()),
          isSelected ? new gdviz.engine.StateReplay(r.setup())::at : null));
      data.add(new Figures.RunData(r.label(), r.setup(), r.trajectory(), r.outcome()));
    }
    FunctionPlotView plot = view.functionPlot();
    Figure.Panel panel = new Figure.Panel(null, plot.shownObjective(), plot.xAxis(), plot.yAxis(),
        frame.setup().parameterNames(), List.copyOf(onFunction), plot.world(), plot.marker(), "least squares");
    Figure.DataPanel dataPanel = null;
    if (view.plots().showsDataFit() && frame.setup().objective() instanceof LinearRegressionLoss loss) {
      double[] theta = view.dataFit().theta();
      dataPanel = new Figure.DataPanel(loss, wholeRuns ? frame.trajectory().x(frame.trajectory().size() - 1) : theta,
          loss.closedFormMinimizer(), lines.get(selected).colour(), frame.setup().parameterNames());
    }
    return new Figure(title(), List.of(panel), List.copyOf(lines), selected, panels, model.plotOptions().lossLogProperty().get(),
        dataPanel, caption ? Figures.caption(data) : null);
  }

  /** The selected run on the surface in 3D: the iterates shown (a GIF: one frame per step up to there). */
  private void exportSurface(Path file, ExportDialog.Settings s) throws IOException {
    Frame frame = model.frameProperty().get();
    Frame.RunFrame r = frame.selectedRun();
    Figures.RunData run = new Figures.RunData(r.label(), r.setup(), r.trajectory().first(r.shown()), r.outcome());
    List<Integer> steps = new ArrayList<>();
    int last = Math.max(0, r.shown() - 1);
    for (int k = s.format().equals("gif") ? 0 : last; k < last; k += s.every()) {
      steps.add(k);
    }
    steps.add(last);
    var frames = s.theme().on(Figures.surfaceFrames(title(), run, view.functionPlot().world(),
        view.plots().surface().camera(), steps));
    switch (s.format()) {
      case "svg" -> FigureFiles.svg(file, frames.get(frames.size() - 1), s.width(), s.height());
      case "gif" -> FigureFiles.gif(file, frames, s.width(), s.height(), 150);
      default -> FigureFiles.png(file, frames.get(frames.size() - 1), s.width(), s.height(), s.scale());
    }
  }

  /** The figure's title: the preset's name, or the function when the user typed their own. */
  public String title() {
    Preset p = model.presetProperty().get();
    if (p == null || model.setup().ownFunctionProperty().get()) {
      Objective f = model.selected().objectiveProperty().get();
      return f == null ? "" : f.description();
    }
    return p.name();
  }

  /** The file name offered: the preset's name, or "my-function" for a function of the user's own. */
  public String suggestedName(String extension) {
    Preset p = model.presetProperty().get();
    String base = p == null ? "figure" : model.setup().ownFunctionProperty().get() ? "my-function" : p.name();
    return base + "." + extension;
  }

  /** Writes the current view to a file (PNG, SVG or GIF by the settings). */
  public void exportFigure(Path file, ExportDialog.Settings s) throws IOException {
    if (view.plots().surface().isVisible()) { // the surface in 3D as shown, from the same camera
      exportSurface(file, s);
      return;
    }
    Figure figure = currentFigure(s.view(), s.caption(), s.format().equals("gif"));
    FigureFiles.Drawing drawing = s.theme().on((g, w, h) -> FigurePainter.paint(g, figure, w, h));
    switch (s.format()) {
      case "svg" -> FigureFiles.svg(file, drawing, s.width(), s.height());
      case "gif" -> FigureFiles.gif(file, s.theme().on(Figures.animation(figure, s.every(), s.width(), s.height())),
          s.width(), s.height(), 150);
      default -> FigureFiles.png(file, drawing, s.width(), s.height(), s.scale());
    }
  }

  /** The iterates of every run as CSV, the columns of {@code gdviz run} (with a run column when comparing). */
  public void saveIterates(Path file) throws IOException {
    Frame frame = model.frameProperty().get();
    if (frame == null) {
      throw new IOException("there are no iterates yet");
    }
    AtomicFile.write(file, out -> {
      var writer = new java.io.OutputStreamWriter(out, java.nio.charset.StandardCharsets.UTF_8);
      boolean scheduled = frame.runs().stream().anyMatch(r -> !r.setup().schedule().isConstant());
      writer.write(TrajectoryCsv.header(frame.trajectory().dimension(), frame.compare(), scheduled) + "\n");
      for (Frame.RunFrame r : frame.runs()) {
        TrajectoryCsv.writeRows(writer, frame.compare() ? r.label().replace(',', ';') : null, r.trajectory(),
            scheduled);
      }
      writer.flush();
    });
  }

  /** The whole setup, with the view, as a preset file. */
  public void saveScenario(Path file) throws IOException {
    Viewport w = view.functionPlot().world();
    Preset.ViewSpec view = new Preset.ViewSpec(w == null ? null : w.xMin(), w == null ? null : w.xMax(),
        w == null ? null : w.yMin(), w == null ? null : w.yMax(), model.setup().xAxisProperty().get(),
        model.setup().yAxisProperty().get(), model.plotOptions().lossLogProperty().get(),
        model.runs().list().stream().filter(r -> !r.visible()).map(r -> r.label()).toList(),
        Preset.ViewSpec.SHOWABLE.stream().filter(n -> model.plotOptions().panels().get(n).get()).toList());
    byte[] json = PresetWriter.toJson(model.scenario(view));
    AtomicFile.write(file, out -> out.write(json));
  }

  /** Opens a scenario file; a corrupt or foreign file throws {@link SetupException} and changes nothing. */
  public void openScenario(Path file) {
    Preset p = PresetLibrary.readFile(file);
    view.plots().showWorldOf(p.view());
    model.open(p);
    view.setStatusMessage("opened " + file.getFileName());
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

  public void chooseAndSave() {
    FileChooser c = chooser("Save scenario", "gdviz scenarios (JSON)", "*.json");
    c.setInitialFileName(suggestedName("json"));
    var file = c.showSaveDialog(window());
    if (file != null) {
      background("saved " + file.getName(), () -> saveScenario(file.toPath()));
    }
  }

  public void chooseAndExport() {
    var settings = new ExportDialog(true);
    settings.initOwner(window());
    settings.showAndWait().ifPresent(s -> {
      FileChooser c = chooser("Export figure", s.format().toUpperCase(Locale.ROOT) + " files", "*." + s.format());
      c.setInitialFileName(suggestedName(s.format()));
      var file = c.showSaveDialog(window());
      if (file != null) {
        background("exported " + file.getName(), () -> exportFigure(file.toPath(), s));
      }
    });
  }

  public void chooseAndSaveCsv() {
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
