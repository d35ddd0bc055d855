package gdviz.ui.files;

import gdviz.engine.Trajectory;
import gdviz.engine.TrajectoryCsv;
import gdviz.model.IteratePath;
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
import java.util.concurrent.Executor;
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
  private final Executor exports;

  /** @param exports where files are written (a thread of its own in the app) */
  public FileActions(MainViewModel model, MainView view, Executor exports) {
    this.model = model;
    this.view = view;
    this.exports = exports;
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
    if (!Platform.isFxApplicationThread()) {
      throw new IllegalStateException("the figure shown is read on the FX thread");
    }
    List<Figure.Line> lines = new ArrayList<>();
    List<Integer> onFunction = new ArrayList<>();
    List<Figures.RunData> data = new ArrayList<>();
    int selected = 0;
    for (int i = 0; i < frame.runs().size(); i++) {
      Frame.RunFrame r = frame.runs().get(i);
      boolean isSelected = i == frame.selected();
      if (!r.visible()) { // unticked in the legend: not on the screen, not in the figure
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
          isSelected && model.plotOptions().gradientArrowProperty().get() && r.setup().method().usesGradient(),
          LossBaseline.of(r.setup()),
          isSelected ? new gdviz.engine.StateReplay(r.setup())::at : null));
      data.add(new Figures.RunData(r.label(), r.setup(), r.trajectory(), r.outcome()));
    }
    FunctionPlotView plot = view.functionPlot();
    Figure.Panel panel = new Figure.Panel(null, plot.shownObjective(), plot.xAxis(), plot.yAxis(),
        frame.setup().parameterNames(), List.copyOf(onFunction), plot.world(), plot.marker(), "least squares");
    Figure.DataPanel dataPanel = null;
    if (view.plots().showsDataFit() && frame.setup().objective() instanceof gdviz.model.DataObjective loss) {
      double[] theta = view.dataFit().theta();
      dataPanel = new Figure.DataPanel(loss, wholeRuns ? frame.trajectory().x(frame.trajectory().size() - 1) : theta,
          loss.closedFormMinimizer(), lines.get(selected).colour(), frame.setup().parameterNames());
    }
    return new Figure(title(), List.of(panel), List.copyOf(lines), selected, panels, model.plotOptions().lossLogProperty().get(),
        dataPanel, caption ? Figures.caption(data) : null);
  }

  /**
   * The figure these settings ask for, taken now on the FX thread: "what the window shows" draws
   * the plots shown, as placed in the window (an animation draws the function and loss plots
   * growing); the title typed in the dialog, if any.
   */
  private Figure figureFor(ExportDialog.Settings s) {
    boolean gif = s.format().equals("gif");
    boolean shown = s.view() == Figure.View.SHOWN && !gif;
    Figure figure = currentFigure(s.view() == Figure.View.SHOWN ? Figure.View.ALL : s.view(), s.caption(), gif);
    if (shown) {
      figure = figure.showing(view.plots().shownPlots());
    }
    return s.title() == null ? figure : figure.withTitle(s.title());
  }

  /**
   * Copies what the window's plots show to the clipboard as an image (for pasting into slides):
   * the figure of the export dialog's defaults, 2× finer, drawn on the export thread, put on the
   * clipboard on the FX thread.
   */
  public void copyFigure() {
    Frame frame = model.frameProperty().get();
    if (frame == null || !frame.selectedRun().visible()) {
      problem("Nothing to copy", frame == null ? "the run has not produced an iterate yet"
          : "every run is hidden: tick one in the legend");
      return;
    }
    int width = ExportDialog.DEFAULT_WIDTH;
    int height = ExportDialog.heightFor(plotAreaAspect());
    Figure figure = figureFor(new ExportDialog.Settings(Figure.View.SHOWN, "png", width, height, 2, true, 1));
    view.setStatusMessage("copying the figure…");
    exports.execute(() -> {
      try {
        var image = FigureFiles.render((g, w, h) -> FigurePainter.paint(g, figure, w, h), width, height, 2);
        var fx = javafx.embed.swing.SwingFXUtils.toFXImage(image, null);
        Platform.runLater(() -> {
          var content = new javafx.scene.input.ClipboardContent();
          content.putImage(fx);
          javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
          view.setStatusMessage("copied the figure (" + image.getWidth() + " × " + image.getHeight() + " pixels)");
        });
      } catch (RuntimeException | OutOfMemoryError e) {
        Platform.runLater(() -> view.setStatusMessage("could not copy the figure: " + e.getMessage()));
      }
    });
  }

  /** The window's plot area, height / width (NaN before it is laid out). */
  public double plotAreaAspect() {
    return view.plots().plotAreaAspect();
  }

  /** What a file action writes, taken on the FX thread: immutable, so it is written on another thread. */
  @FunctionalInterface
  private interface FileWork {
    void writeTo(Path file) throws IOException;
  }

  /**
   * The selected run on the surface in 3D, as shown: the iterates shown (a GIF: one frame per
   * {@code every} steps up to there), from the screen's camera over the 2D view's rectangle.
   */
  private FileWork surfaceSnapshot(ExportDialog.Settings s, int every) {
    Frame frame = model.frameProperty().get();
    Frame.RunFrame r = frame.selectedRun();
    Figures.RunData run = new Figures.RunData(r.label(), r.setup(), r.trajectory().first(r.shown()), r.outcome());
    List<Integer> steps = new ArrayList<>();
    int last = Math.max(0, r.shown() - 1);
    for (int k = s.format().equals("gif") ? 0 : last; k < last; k += every) {
      steps.add(k);
    }
    steps.add(last);
    String title = title();
    Viewport world = view.functionPlot().world();
    var camera = view.plots().surface().camera();
    return file -> {
      var frames = s.theme().on(gdviz.plot.SurfaceFigures.surfaceFrames(title, run, world, camera, steps,
          model.plotOptions().logHeightsProperty().get()));
      switch (s.format()) {
        case "svg" -> FigureFiles.svg(file, frames.get(frames.size() - 1), s.width(), s.height());
        case "gif" -> FigureFiles.gif(file, frames, s.width(), s.height(), 150);
        default -> FigureFiles.png(file, frames.get(frames.size() - 1), s.width(), s.height(), s.scale());
      }
    };
  }

  /** The figure's title: the selected run's function as a slide prints it (f(x₁, x₂) = x₁² + 2x₂²). */
  public String title() {
    Objective f = model.selected().objectiveProperty().get();
    return f == null ? "" : gdviz.model.format.MathText.typeset(f.description());
  }

  /** The file name offered: the preset's name, or "my-function" for a function of the user's own. */
  public String suggestedName(String extension) {
    Preset p = model.presetProperty().get();
    String base = p == null ? "figure" : model.setup().ownFunctionProperty().get() ? "my-function" : p.name();
    return base + "." + extension;
  }

  /**
   * Writes the current view to a file (PNG, SVG or GIF by the settings): what is shown is taken
   * now, on the FX thread, and written on the export thread; the status line says when it is done.
   * An animation has at most {@link Figures#MAX_FRAMES} frames: more steps are drawn every K-th.
   */
  public void export(Path file, ExportDialog.Settings s) {
    Frame frame = model.frameProperty().get();
    if (frame == null || !frame.selectedRun().visible()) {
      problem("Nothing to export", frame == null ? "the run has not produced an iterate yet"
          : "every run is hidden: tick one in the legend");
      return;
    }
    int every = s.format().equals("gif") ? Figures.framesEvery(frame.selectedRun().shown() - 1, s.every()) : s.every();
    String done = "exported " + file.getFileName() + (every == s.every() ? ""
        : String.format(Locale.ROOT, " (a frame every %,d steps: at most %,d frames)", every, Figures.MAX_FRAMES));
    boolean gif = s.format().equals("gif");
    if (view.plots().surface().isVisible() && (gif || s.view() != Figure.View.SHOWN)) {
      background(done, file, surfaceSnapshot(s, every)); // the surface in 3D as shown, from the same camera
      return;
    }
    Figure figure = figureFor(s);
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
    Frame frame = model.frameProperty().get();
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
    Viewport w = view.functionPlot().world();
    Preset.ViewSpec shown = new Preset.ViewSpec(w == null ? null : w.xMin(), w == null ? null : w.xMax(),
        w == null ? null : w.yMin(), w == null ? null : w.yMax(), model.setup().xAxisProperty().get(),
        model.setup().yAxisProperty().get(), model.plotOptions().lossLogProperty().get(),
        model.runs().list().stream().filter(r -> !r.visible()).map(r -> r.label()).toList(),
        Preset.ViewSpec.SHOWABLE.stream().filter(n -> model.plotOptions().panels().get(n).get()).toList());
    Preset scenario = model.scenario(shown);
    background("saved " + file.getFileName(), file, out -> {
      byte[] json = PresetWriter.toJson(scenario);
      AtomicFile.write(out, stream -> stream.write(json));
    });
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
      saveScenario(file.toPath());
    }
  }

  public void chooseAndExport() {
    var settings = new ExportDialog(title(), plotAreaAspect());
    settings.initOwner(window());
    settings.showAndWait().ifPresent(s -> {
      FileChooser c = chooser("Export figure", s.format().toUpperCase(Locale.ROOT) + " files", "*." + s.format());
      c.setInitialFileName(suggestedName(s.format()));
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
    view.setStatusMessage("writing " + file.getFileName() + "…");
    exports.execute(() -> {
      try {
        work.writeTo(file);
        Platform.runLater(() -> view.setStatusMessage(done));
      } catch (IOException | RuntimeException e) {
        Platform.runLater(() -> {
          view.setStatusMessage("");
          problem("Could not write " + file.getFileName(), e.getMessage());
        });
      } catch (OutOfMemoryError e) {
        Platform.runLater(() -> {
          view.setStatusMessage("");
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
    var scene = view.root().getScene();
    return scene == null ? null : scene.getWindow();
  }
}
