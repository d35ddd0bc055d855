package gdviz.ui;

import gdviz.engine.Workers;
import gdviz.model.preset.Preset;
import gdviz.ui.data.DataOpening;
import gdviz.ui.files.FileActions;
import gdviz.ui.lesson.LessonPlayer;
import gdviz.ui.method.EtaSlider;
import gdviz.ui.method.MethodView;
import gdviz.ui.playback.Frame;
import gdviz.ui.playback.IterateSlider;
import gdviz.ui.plots.FunctionPlotView;
import gdviz.ui.plots.PlotsView;
import gdviz.ui.runs.LegendView;
import gdviz.ui.table.IteratesView;
import gdviz.ui.widgets.LiveScrollPanes;
import gdviz.ui.window.Appearance;
import gdviz.ui.window.PresentationStrip;
import gdviz.ui.window.WindowLayout;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;

/**
 * The main window: the controls on the left (the example and shared setup, the method, the
 * comparisons, playback), the plots in the middle, the iterates on the right, a status line. It
 * puts the views of its parts in place and wires the menus and keys to the view-model; the views
 * only bind and delegate.
 */
public final class MainView {
  private final MainViewModel model;
  private final LegendView legend;
  private final PlotsView plots;
  private final IterateSlider iterateSlider = new IterateSlider();
  private final DataOpening data;
  private final IteratesView iterates;
  private final FileActions files;
  private final LessonDeck lessons;
  private final WindowContents contents;
  private final Appearance appearance;
  private WindowLayout layout;
  private PresentationStrip strip;
  private MethodView methodView;
  private ControlsColumn column;
  private AnimationTimer timer;

  @FXML private BorderPane root;
  @FXML private javafx.scene.control.MenuBar menuBar;
  @FXML private javafx.scene.layout.HBox statusBar;
  @FXML private VBox controls;
  @FXML private ScrollPane controlsScroll;
  @FXML private SplitPane workArea;
  @FXML private Label statusStep;
  @FXML private Label statusOutcome;
  @FXML private Label statusMessage;
  @FXML private Label statusNote;
  @FXML private Label statusPointer;

  /** The window with background work on threads of its own, as the app runs it. */
  public MainView(MainViewModel model) {
    this(model, new Appearance(), Workers.threads());
  }

  /**
   * @param appearance theme, UI scale, presentation mode and panels, as the app remembered them
   * @param workers where background work runs (sweeps, maps, seeded runs, the surface, exports, data
   *     files): threads of their own in the app, the FX thread itself in tests
   */
  public MainView(MainViewModel model, Appearance appearance, Workers workers) {
    this.model = model;
    this.appearance = appearance;
    this.legend = new LegendView(model.runs(), model.playback()::refresh, model.plotOptions().themeProperty()::get);
    this.plots = new PlotsView(legend, workers);
    this.iterates = new IteratesView(model.playback()::showIterate, () -> model.selected().derivativeTextProperty().get());
    this.contents = new WindowContents(model, this);
    this.lessons = new LessonDeck(model, contents, this::files, () -> draw(model.frameProperty().get()));
    this.files = new FileActions(contents, workers.named("gdviz-export", false));
    this.data = new DataOpening(model.presetProperty(), model::open, this::setStatusMessage,
        workers.named("gdviz-data", false));
    FXMLLoader loader = new FXMLLoader(MainView.class.getResource("/gdviz/ui/MainView.fxml"));
    loader.setController(this);
    try {
      loader.load();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load the main window layout", e);
    }
    root.getStylesheets().add(MainView.class.getResource("/gdviz/ui/main.css").toExternalForm());
  }

  @FXML
  private void initialize() {
    column = new ControlsColumn(model);
    methodView = column.methodView();
    controls.getChildren().addAll(column.setupView(), data.standardizeBox(), column.runControls());
    statusBar.getChildren().add(statusBar.getChildren().indexOf(statusNote) + 1, data.progress());
    VBox plotColumn = new VBox(lessons.strip(), plots, iterateSlider);
    VBox.setVgrow(plots, javafx.scene.layout.Priority.ALWAYS);
    iterateSlider.managedProperty().bind(iterateSlider.visibleProperty());
    iterateSlider.setOnSeek(model.playback()::showIterate);
    workArea.getItems().addAll(plotColumn, iterates);
    strip = new PresentationStrip(model.method(), model.selected().bandsProperty(), model.playback(),
        model.playingProperty(), () -> appearance.presentationProperty().set(false));
    strip.eta().homeProperty().bind(model.method().exampleEtaProperty());
    methodView.etaSlider().homeProperty().bind(model.method().exampleEtaProperty());
    layout = new WindowLayout(appearance, new WindowLayout.Parts(root, menuBar, controlsScroll, statusBar, workArea,
        iterates, strip, this::showLook));
    statusNote.textProperty().bind(layout.noteProperty());
    StatusLine.dress(statusBar, layout.foldedProperty(), this::toggleControls,
        List.of(statusStep, statusOutcome, statusMessage, statusNote, statusPointer));
    LiveScrollPanes.uncache(controlsScroll);
    iterates.setSketches(frame -> model.plotOptions().methodStateProperty().get()
        && frame.setup().objective().dimension() >= 2 ? plots.replay(frame.setup()).at(Math.max(0, frame.current()))
        : gdviz.model.method.Sketch.NONE);
    plots.functionPlot().setOnStartPicked((point, resolution) -> {
      if (!lessons.takesClick(point)) { // a question asking where the next iterate lands takes it as a guess
        model.pickStart(point, resolution);
      }
    });
    plots.functionPlot().setOnPointer(statusPointer::setText);
    plots.sweep().setOnEtaPicked(model.method().etaProperty()::set);
    plots.momentumMap().setOnPicked((eta, beta) -> {
      model.method().knobs().put(gdviz.model.optim.Momentum.BETA.name(), beta);
      model.method().etaProperty().set(eta);
    });
    Menus.wire(this, model);
    model.frameProperty().addListener((obs, old, frame) -> draw(frame));
    for (var option : model.plotOptions().drawn()) {
      option.addListener((obs, o, n) -> draw(model.frameProperty().get()));
    }
    model.presetProperty().addListener((obs, old, p) -> {
      if (p != null) {
        plots.showWorldOf(p.view());
      }
      showRunControlsOrNot(p);
    });
  }

  /** The difference-quotient example runs no optimizer: the controls that drive one are hidden. */
  private void showRunControlsOrNot(Preset p) {
    boolean none = runsNothing();
    column.showRunControls(!none);
    layout.setLesson(none);
  }

  /** The plots and the legend in the theme and at the scale (1 = 100 %) of the window. */
  private void showLook(gdviz.plot.PlotTheme theme, double scale) {
    model.plotOptions().themeProperty().set(theme);
    plots.setLook(theme, scale);
    iterates.setScale(scale);
    legend.rebuild();
    draw(model.frameProperty().get());
  }

  /** Wires the window's keys and starts the per-frame pump. */
  public void attach(Scene scene) {
    installShortcuts(scene);
    timer = new AnimationTimer() {
      @Override
      public void handle(long now) {
        model.pulse(now);
      }
    };
    timer.start();
  }

  /** The window's keys, and Esc or a click away from a field to leave it (tests install these without the timer). */
  public void installShortcuts(Scene scene) {
    WindowKeys.install(this, model, scene);
    data.acceptDrops(scene);
  }

  /** Ctrl+1: the controls shown or hidden, or, while they are folded, their drawer opened or closed. */
  void toggleControls() {
    layout.toggleControls();
  }

  /** F11: the window fills the screen, or stops filling it. */
  void toggleFullScreen() {
    if (root.getScene() != null && root.getScene().getWindow() instanceof javafx.stage.Stage stage) {
      stage.setFullScreenExitHint("");
      stage.setFullScreen(!stage.isFullScreen());
    }
  }

  /** The difference-quotient example runs no optimizer: keys that drive a run do nothing there. */
  boolean runsNothing() {
    Preset p = model.presetProperty().get();
    return p != null && Preset.KIND_DIFFERENCE_QUOTIENT.equals(p.kind());
  }

  /** F: frames what the selected run did. */
  void fitToPath() {
    plots.fitToSelectedRun(model.frameProperty().get());
  }

  /**
   * Runs one frame now, as the animation timer does at every pulse (tests call it instead of
   * waiting for the timer). On the FX thread only: a frame draws the scene.
   */
  public void pulse() {
    if (!javafx.application.Platform.isFxApplicationThread()) {
      throw new IllegalStateException("MainView.pulse() draws a frame: call it on the FX thread (robot.interact(view::pulse))");
    }
    model.pulse(System.nanoTime());
  }

  private void draw(Frame frame) {
    if (frame == null) {
      return;
    }
    plots.functionPlot().setGuesses(lessons.guessesDrawn(frame));
    plots.draw(frame, model.plotOptions(), model.setup().xAxisProperty().get(), model.setup().yAxisProperty().get(),
        model.presetProperty().get());
    boolean shown = frame.selectedRun().visible(); // false only when every run is unticked in the legend
    if (shown) {
      iterates.show(frame);
    } else {
      iterates.showNone(StatusLine.ALL_HIDDEN);
    }
    // a question open shows the start only: nothing to step through, its row goes to the plots
    iterateSlider.setVisible(!runsNothing() && !lessons.player().askingProperty().get());
    iterateSlider.show(frame);
    statusStep.setText(runsNothing() ? "" : shown ? StatusLine.step(frame) : StatusLine.ALL_HIDDEN);
    statusOutcome.setText(runsNothing() || !shown ? "" : StatusLine.outcome(frame));
    strip.showOutcome(statusOutcome.getText());
    methodView.showSteps(frame.setup().steps());
    lessons.showFrame(frame, plots, legend, List.of(methodView.etaSlider(), strip.eta()));
  }

  // ---- the parts, for the menus, the file actions and tests ----------------------------------------

  public Parent root() {
    return root;
  }

  public PlotsView plots() {
    return plots;
  }

  public FunctionPlotView functionPlot() {
    return plots.functionPlot();
  }

  public EtaSlider etaSlider() {
    return methodView.etaSlider();
  }

  /** The iterate slider under the plots. */
  public IterateSlider iterateSlider() {
    return iterateSlider;
  }

  public IteratesView iterates() {
    return iterates;
  }

  public LegendView legend() {
    return legend;
  }

  /** The class's own data: open a CSV, standardize its features. */
  public DataOpening data() {
    return data;
  }

  /** Lesson ▸ The Course as a Lesson: the shipped course, from its first scene. */
  void openCourse() {
    lessons.openCourse();
  }

  /** The lesson open, if any: its scenes, the one shown, PageUp and PageDown. */
  public LessonPlayer lessons() {
    return lessons.player();
  }

  /** Export, iterates as CSV, scenario files. */
  public FileActions files() {
    return files;
  }

  /** What the window shows, as the file actions read it. */
  WindowContents contents() {
    return contents;
  }

  public void setStatusMessage(String message) {
    statusMessage.setText(message);
  }

  /** The menu bar, whose items {@link Menus} wires by their ids. */
  javafx.scene.control.MenuBar menuBar() {
    return menuBar;
  }

  /** Theme, UI scale, presentation mode and panels. */
  public Appearance appearance() {
    return appearance;
  }

  public PresentationStrip presentationStrip() {
    return strip;
  }

  void quit() {
    Platform.exit();
  }
}
