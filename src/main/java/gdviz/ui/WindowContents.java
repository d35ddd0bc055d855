package gdviz.ui;

import gdviz.model.analysis.IteratePath;
import gdviz.model.analysis.LossBaseline;
import gdviz.model.objective.Objective;
import gdviz.model.preset.Preset;
import gdviz.plot.Figure;
import gdviz.plot.Figures;
import gdviz.plot.Palette;
import gdviz.plot.PlotTheme;
import gdviz.plot.SurfaceFigures;
import gdviz.plot.Viewport;
import gdviz.plot.export.FigureFiles;
import gdviz.ui.files.ExportDialog;
import gdviz.ui.files.ShownWindow;
import gdviz.ui.playback.Frame;
import gdviz.ui.plots.FunctionPlotView;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.application.Platform;

/**
 * The main window as the file actions see it: what it shows, as a figure (the plots as placed,
 * the runs as far as shown, the 3D surface from the screen's camera), its setup as a scenario,
 * its status line.
 */
final class WindowContents implements ShownWindow {
  private final MainViewModel model;
  private final MainView view;

  WindowContents(MainViewModel model, MainView view) {
    this.model = model;
    this.view = view;
  }

  @Override
  public Frame frame() {
    return model.frameProperty().get();
  }

  /**
   * What the screen shows, as a figure: the function plot of the selected run's function with the
   * runs drawn on it (as far as they are shown, or whole for an animation), at the screen's view
   * (widened to the figure's aspect, never stretched), the tangent or −∇f arrow as on screen, the
   * loss of every run shown, the selected run from many starts when they are shown, and the data
   * panel when the screen has it.
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
    var starts = view.plots().manyStarts(); // under the runs, as on the screen
    if (starts != null && frame.selectedRun().visible()) {
      // a figure's lines carry the light page's colours (the painter maps them to the page drawn on)
      lines.addAll(gdviz.plot.StartLines.of(starts, wholeRuns ? Integer.MAX_VALUE : frame.shown(), PlotTheme.LIGHT));
      lines.forEach(l -> onFunction.add(onFunction.size()));
    }
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
    if (view.plots().showsDataFit() && frame.setup().objective() instanceof gdviz.model.objective.DataObjective loss) {
      double[] theta = view.plots().dataFit().theta();
      dataPanel = new Figure.DataPanel(loss, wholeRuns ? frame.trajectory().x(frame.trajectory().size() - 1) : theta,
          loss.closedFormMinimizer(), lines.get(selected).colour(), frame.setup().parameterNames());
    }
    return new Figure(title(), List.of(panel), List.copyOf(lines), selected, panels, model.plotOptions().lossLogProperty().get(),
        dataPanel, caption ? Figures.caption(data) + startsCaption(starts, frame) : null);
  }

  /** A caption's line on many starts ("" when none are drawn). */
  private String startsCaption(gdviz.engine.ManyStartRuns starts, Frame frame) {
    return starts == null || !frame.selectedRun().visible() ? "" : "\n" + starts.describe(frame.setup().steps());
  }

  /**
   * The figure these settings ask for, taken now on the FX thread: "what the window shows" draws
   * the plots shown, as placed in the window (an animation draws the function and loss plots
   * growing); the title typed in the dialog, if any.
   */
  @Override
  public Figure figure(ExportDialog.Settings s) {
    boolean gif = s.format().equals("gif");
    boolean shown = s.view() == Figure.View.SHOWN && !gif;
    Figure figure = currentFigure(s.view() == Figure.View.SHOWN ? Figure.View.ALL : s.view(), s.caption(), gif);
    if (shown) {
      figure = figure.showing(view.plots().shownPlots());
    }
    return s.title() == null ? figure : figure.withTitle(s.title());
  }

  /**
   * The selected run on the surface in 3D, as shown: the iterates shown (an animation: one frame
   * per {@code every} steps up to there), from the screen's camera over the 2D view's rectangle.
   */
  @Override
  public Supplier<List<FigureFiles.Drawing>> surfaceFrames(boolean animation, int every) {
    Frame frame = model.frameProperty().get();
    Frame.RunFrame r = frame.selectedRun();
    Figures.RunData run = new Figures.RunData(r.label(), r.setup(), r.trajectory().first(r.shown()), r.outcome());
    List<Integer> steps = new ArrayList<>();
    int last = Math.max(0, r.shown() - 1);
    for (int k = animation ? 0 : last; k < last; k += every) {
      steps.add(k);
    }
    steps.add(last);
    String title = title();
    Viewport world = view.functionPlot().world();
    var camera = view.plots().surface().camera();
    boolean logHeights = model.plotOptions().logHeightsProperty().get();
    return () -> SurfaceFigures.surfaceFrames(title, run, world, camera, steps, logHeights);
  }

  /** The figure's title: the selected run's function as a slide prints it (f(x₁, x₂) = x₁² + 2x₂²). */
  @Override
  public String title() {
    Objective f = model.selected().objectiveProperty().get();
    return f == null ? "" : gdviz.model.format.MathText.typeset(f.description());
  }

  /** The file name offered: the preset's name, or "my-function" for a function of the user's own. */
  @Override
  public String suggestedName(String extension) {
    Preset p = model.presetProperty().get();
    String base = p == null ? "figure" : model.setup().ownFunctionProperty().get() ? "my-function" : p.name();
    return base + "." + extension;
  }

  /** The window's plot area, height / width (NaN before it is laid out). */
  @Override
  public double plotAreaAspect() {
    return view.plots().plotAreaAspect();
  }

  @Override
  public boolean surfaceShown() {
    return view.plots().surface().isVisible();
  }

  @Override
  public Preset scenario() {
    Viewport w = view.functionPlot().world();
    Preset.ViewSpec shown = new Preset.ViewSpec(w == null ? null : w.xMin(), w == null ? null : w.xMax(),
        w == null ? null : w.yMin(), w == null ? null : w.yMax(), model.setup().xAxisProperty().get(),
        model.setup().yAxisProperty().get(), model.plotOptions().lossLogProperty().get(),
        model.runs().list().stream().filter(r -> !r.visible()).map(r -> r.label()).toList(),
        Preset.ViewSpec.SHOWABLE.stream().filter(n -> model.plotOptions().panels().get(n).get()).toList(),
        model.plotOptions().startsShown());
    return model.scenario(shown);
  }

  @Override
  public void open(Preset p) {
    view.plots().showWorldOf(p.view());
    model.open(p);
  }

  @Override
  public gdviz.model.lesson.Lesson lesson() {
    return view.lessons().lessonProperty().get();
  }

  @Override
  public void addScene(String title, String note) {
    Preset now = scenario();
    Preset scene = new Preset(now.name(), title, now.order(), now.kind(), now.base(), now.runs(), now.derivativeCheck(),
        now.view());
    view.lessons().addScene(new gdviz.model.lesson.Lesson.Scene(title, note, scene));
  }

  @Override
  public void openLesson(java.nio.file.Path file) {
    view.lessons().start(gdviz.model.lesson.LessonFiles.read(file, model.library()));
  }

  @Override
  public void status(String message) {
    view.setStatusMessage(message);
  }

  @Override
  public javafx.stage.Window stage() {
    var scene = view.root().getScene();
    return scene == null ? null : scene.getWindow();
  }
}
