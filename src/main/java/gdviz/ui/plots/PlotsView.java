package gdviz.ui.plots;

import gdviz.engine.StateReplay;
import gdviz.engine.Workers;
import gdviz.model.analysis.IteratePath;
import gdviz.model.objective.DataObjective;
import gdviz.model.preset.Preset;
import gdviz.plot.TrajectoryPainter;
import gdviz.plot.Viewport;
import gdviz.ui.playback.Frame;
import gdviz.ui.widgets.LiveScrollPanes;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The plots of the window: the legend and the banner above the function plot (never on it), the
 * loss per iteration below it, the data with the fitted line beside the loss for a one-feature
 * regression, and the difference-quotient lesson in their place for that preset. Each frame is
 * drawn here.
 */
public final class PlotsView extends StackPane {
  private final FunctionPlotView functionPlot = new FunctionPlotView();
  private final SurfaceView surface;
  private final LossPlotView lossPlot = new LossPlotView();
  private final DataFitView dataFit = new DataFitView();
  private final DerivativeCheckView derivativeCheck = new DerivativeCheckView();
  private final Label banner = new gdviz.ui.widgets.SteadyLabel(); // a new warning of as many lines: the plots stay as laid out
  private final PlotArrangement plots;
  private final FitRule fit = new FitRule();
  private final StabilityPanels stability;
  private final SeededRunsLayer seeded;
  private final ManyStartsLayer starts;
  private final BasinRequests basins;
  private Runnable lastDraw = () -> { };
  private boolean basinsShown;
  private long shownVersion = -1;
  private int shownAxes = -1;
  private Viewport pendingWorld;
  private StateReplay replay;
  private final LossDrawing losses;

  /**
   * @param legend the compared runs' legend, shown above the function plot
   * @param workers where sweeps, basin maps, seeded runs, many starts and the surface are computed
   */
  public PlotsView(Node legend, Workers workers) {
    surface = new SurfaceView(workers);

    seeded = new SeededRunsLayer(workers, this::drawAgain);
    starts = new ManyStartsLayer(workers, this::drawAgain);
    losses = new LossDrawing(lossPlot, seeded, starts);
    basins = new BasinRequests(workers, this::drawAgain);
    setId("mainStack");
    banner.getStyleClass().add("banner");
    banner.setWrapText(true);
    banner.setMaxWidth(Double.MAX_VALUE);
    banner.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE); // all its lines, never "…"
    banner.setVisible(false);
    banner.setManaged(false);
    surface.setVisible(false); // over the 2D view when shown
    StackPane plotHolder = new StackPane(functionPlot, surface);
    plotHolder.setMinHeight(0); // the arrangement keeps its least size (PlotArrangement), folding where it must
    VBox.setVgrow(plotHolder, Priority.ALWAYS);
    // the legend scrolls where its rows would take the function plot's least height (14 runs at 300 %)
    ScrollPane legendScroll = new ScrollPane(legend);
    legendScroll.setId("legendScroll");
    legendScroll.getStyleClass().add("legend-scroll");
    legendScroll.setFitToWidth(true);
    legendScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
    legendScroll.visibleProperty().bind(legend.visibleProperty());
    legendScroll.managedProperty().bind(legend.managedProperty());
    LiveScrollPanes.uncache(legendScroll); // a cached viewport would be scaled back blurred
    VBox upper = new VBox(legendScroll, banner, plotHolder);
    upper.setMinHeight(0);
    plots = new PlotArrangement(upper, legendScroll, "Function", "f(x)");
    plots.title(lossPlot, "Loss");
    plots.title(dataFit, "Data");
    plots.secondary().add(lossPlot);
    stability = new StabilityPanels(plots.secondary(), workers);
    plots.title(stability.sweep(), "η sweep", "Sweep");
    plots.title(stability.momentumMap(), "Momentum map", "Map");
    derivativeCheck.setVisible(false);
    // the one not shown takes no room: the lesson's controls must not make the plots' minimum width
    derivativeCheck.managedProperty().bind(derivativeCheck.visibleProperty());
    plots.node().managedProperty().bind(plots.node().visibleProperty());
    getChildren().addAll(plots.node(), derivativeCheck);
    functionPlot.setOnViewChanged(() -> { // the basin map follows a zoom or a pan
      if (basinsShown) {
        drawAgain();
      }
    });
  }

  public FunctionPlotView functionPlot() {
    return functionPlot;
  }

  /** The surface in 3D (shown in the 2D view's place when asked). */
  public SurfaceView surface() {
    return surface;
  }

  public LossPlotView lossPlot() {
    return lossPlot;
  }

  public DataFitView dataFit() {
    return dataFit;
  }

  public DerivativeCheckView derivativeCheck() {
    return derivativeCheck;
  }

  /** Every plot in this theme and at this UI scale (1 = 100 %). */
  public void setLook(gdviz.plot.PlotTheme theme, double scale) {
    for (LayeredCanvas c : List.of(functionPlot, surface, lossPlot, dataFit, stability.sweep(), stability.momentumMap())) {
      c.setLook(theme, scale);
    }
    derivativeCheck.setLook(theme, scale);
    plots.setScale(scale);
  }

  /**
   * The plots shown now, as placed in the plot area, each with its picture: what an export of
   * "what the window shows" draws (read on the FX thread).
   */
  public gdviz.plot.ShownPlots shownPlots() {
    java.util.Map<LayeredCanvas, String> named = new java.util.LinkedHashMap<>();
    named.put(surface.isVisible() ? surface : functionPlot, surface.isVisible() ? "3D" : "function");
    named.put(lossPlot, "loss");
    named.put(dataFit, "data");
    named.put(stability.sweep(), "sweep");
    named.put(stability.momentumMap(), "momentum map");
    return PlotPictures.of(plots.node(), named);
  }

  /** The plot area's height / width (NaN before it is laid out): the shape an export is offered in. */
  public double plotAreaAspect() {
    var area = plots.node();
    return area.getWidth() > 0 ? area.getHeight() / area.getWidth() : Double.NaN;
  }

  /** The selected run from many starts, as drawn now (null: not asked, not computed yet, or the starts do not fit). */
  public gdviz.engine.ManyStartRuns manyStarts() {
    return starts.shown();
  }

  /** The η sweep (shown when asked). */
  public SweepView sweep() {
    return stability.sweep();
  }

  /** The momentum map (shown when asked). */
  public MomentumMapView momentumMap() {
    return stability.momentumMap();
  }

  public Label banner() {
    return banner;
  }

  /** Whether the data panel is shown (a one-feature regression). */
  public boolean showsDataFit() {
    return plots.secondary().contains(dataFit);
  }

  /** A preset's or a scenario's saved rectangle, if it has a whole one, instead of fitting at the next frame. */
  public void showWorldOf(Preset.ViewSpec v) {
    if (v != null && v.xMin() != null && v.xMax() != null && v.yMin() != null && v.yMax() != null
        && v.xMax() > v.xMin() && v.yMax() > v.yMin()) {
      showWorldOnNextFrame(new Viewport(v.xMin(), v.xMax(), v.yMin(), v.yMax(), 0, 0, 1, 1));
    }
  }

  /** Shows this world rectangle instead of fitting, when the next frame arrives (an opened scenario's view). */
  public void showWorldOnNextFrame(Viewport world) {
    pendingWorld = world;
  }

  /** F: frame what the selected run did (a run that diverged: all of it, however far it went). */
  public void fitToSelectedRun(Frame frame) {
    if (frame == null) {
      return;
    }
    Frame.RunFrame r = frame.selectedRun();
    boolean away = r.outcome() != null && r.outcome().alarming();
    functionPlot.fitTo(List.of(new TrajectoryPath(r.trajectory(), r.trajectory().size())), away);
    fit.fitted(frame);
  }

  /** Draws a frame: the plane of coordinates (xAxis, yAxis) for 3+ variables; the preset's lesson, if it is one. */
  public void draw(Frame frame, PlotOptions o, int xAxis, int yAxis, Preset preset) {
    lastDraw = () -> draw(frame, o, xAxis, yAxis, preset);
    seeded.update(frame, o);
    starts.update(frame, o);
    boolean lesson = preset != null && Preset.KIND_DIFFERENCE_QUOTIENT.equals(preset.kind());
    plots.node().setVisible(!lesson);
    derivativeCheck.setVisible(lesson);
    int axes = xAxis * 100 + yAxis;
    if (frame.objectiveVersion() != shownVersion || axes != shownAxes) {
      boolean newFunction = frame.objectiveVersion() != shownVersion;
      shownVersion = frame.objectiveVersion();
      shownAxes = axes;
      functionPlot.showObjective(frame.setup().objective(), gdviz.model.analysis.SliceObjective.heldAt(frame.setup()), xAxis, yAxis,
          frame.setup().parameterNames());
      if (lesson && newFunction) {
        Preset.DerivativeCheck c = preset.derivativeCheckOrDefault();
        derivativeCheck.show(frame.setup().objective(), c.fromOrDefault(), c.toOrDefault(), c.hOrDefault());
      }
      fit.functionChanged(newFunction);
    }
    if (pendingWorld != null) {
      functionPlot.setWorld(pendingWorld); // a scenario's saved view instead of fitting
      pendingWorld = null;
      fit.fitted(frame);
    }
    if (fit.due(frame, functionPlot.userMoved())) {
      functionPlot.fitTo(frame.runs().stream().filter(r -> r.sameFunction() && r.visible())
          .map(r -> (IteratePath) new TrajectoryPath(r.trajectory(), r.trajectory().size())).toList(), false);
      fit.fitted(frame);
    }
    drawPaths(frame, o, xAxis, yAxis);
    losses.draw(frame, o);
    dataFit.follow(frame, o.themeProperty().get(), plots.secondary());
    stability.show(frame, o, gdviz.model.objective.Curvature.at(frame.setup().objective(), frame.setup().start()));
    String warning = frame.selectedRun().visible() ? frame.banner() : null;
    banner.setText(warning == null ? "" : warning);
    banner.setVisible(warning != null);
    banner.setManaged(warning != null);
  }

  private void drawPaths(Frame frame, PlotOptions o, int xAxis, int yAxis) {
    List<FunctionPlotView.PathToDraw> paths = new ArrayList<>();
    if (frame.selectedRun().visible()) {
      starts.addPaths(paths, frame.shown(), o.themeProperty().get(), xAxis, yAxis); // under the runs
    }
    int selectedPath = -1;
    for (int i = 0; i < frame.runs().size(); i++) {
      Frame.RunFrame r = frame.runs().get(i);
      boolean selected = i == frame.selected();
      if (!r.sameFunction() || !r.visible()) { // unticked in the legend: not drawn, selected or not
        continue;
      }
      if (selected) {
        selectedPath = paths.size();
      }
      java.awt.Color colour = o.themeProperty().get().run(r.colour());
      TrajectoryPainter.Options options = new TrajectoryPainter.Options(r.current(), selected && o.tangentProperty().get(),
          selected && o.gradientArrowProperty().get() && r.setup().method().usesGradient(), colour, !frame.compare(),
          xAxis, yAxis);
      if (selected && r.setup().objective().dimension() >= 2 && o.methodStateProperty().get()) {
        options = options.withSketch(replay(r.setup()).at(r.current()));
      }
      paths.add(new FunctionPlotView.PathToDraw(new TrajectoryPath(r.trajectory(), r.shown()), options));
    }
    showBasins(frame, o);
    // what is drawn with the paths first: showPaths paints them all at once
    functionPlot.setMarker(PlotLayers.closedForm(frame, xAxis, yAxis), "least squares");
    functionPlot.setEigen(o.eigenProperty().get() ? PlotLayers.eigenAxes(frame) : null);
    functionPlot.setSpread(seeded.picture(frame, o.themeProperty().get().run(frame.selectedRun().colour()), xAxis,
        yAxis));
    functionPlot.showPaths(paths, selectedPath);
    surface.setVisible(o.surfaceProperty().get() && frame.setup().objective().dimension() >= 2);
    if (surface.isVisible()) {
      surface.showFrame(frame, o, functionPlot, o.methodStateProperty().get()
          ? replay(frame.setup()).at(Math.max(0, frame.current())) : null,
          seeded.picture(frame, o.themeProperty().get().run(frame.selectedRun().colour()), functionPlot.xAxis(),
              functionPlot.yAxis()));
    }
  }

  /** The basin map of the selected run's setup over the plot's rectangle, when asked (2D only). */
  private void showBasins(Frame frame, PlotOptions o) {
    Viewport world = functionPlot.viewport(); // the rectangle in world and in pixels (its aspect)
    basinsShown = o.basinsProperty().get() && frame.setup().objective().dimension() == 2;
    boolean wanted = basinsShown && world != null;
    if (wanted) {
      basins.request(frame.setup(), world);
    }
    functionPlot.setBasins(wanted ? basins.latest() : null);
  }

  /** A batch of seeded runs or a basin map is done: the last frame again, with it. */
  private void drawAgain() {
    lastDraw.run();
  }

  /** The selected run's method state, replayed (forward as it plays, from the start when it goes back). */
  public StateReplay replay(gdviz.model.run.RunSetup setup) {
    if (replay == null || replay.setup() != setup) {
      replay = new StateReplay(setup);
    }
    return replay;
  }
}
