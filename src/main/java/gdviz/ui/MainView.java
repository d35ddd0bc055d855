package gdviz.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import gdviz.model.IteratePath;
import gdviz.plot.Viewport;
import gdviz.model.DataObjective;
import gdviz.model.LinearRegressionLoss;
import gdviz.model.Method;
import gdviz.model.Numbers;
import gdviz.model.preset.Preset;
import gdviz.plot.DataFitPainter;
import gdviz.plot.LossPainter;
import gdviz.plot.Palette;
import gdviz.plot.TrajectoryPainter;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The main window: controls on the left, the function plot above the loss plot, a status line.
 * Holds no logic of its own: it binds controls to {@link MainViewModel} and draws its frames.
 */
public final class MainView {
  private final MainViewModel model;
  private final EtaSlider etaSlider = new EtaSlider();
  private final FunctionPlotView functionPlot = new FunctionPlotView();
  private final LossPlotView lossPlot = new LossPlotView();
  private final DataFitView dataFit = new DataFitView();
  private final DerivativeCheckView derivativeCheck = new DerivativeCheckView();
  private long shownVersion = -1;
  private long fittedVersion = -1;
  private int shownAxes = -1;
  private IteratesPanel iterates;
  private AnimationTimer timer;
  private Viewport pendingWorld;
  private final FileActions files;

  @FXML private BorderPane root;
  @FXML private MenuItem quitItem;
  @FXML private MenuItem openItem;
  @FXML private MenuItem saveItem;
  @FXML private MenuItem exportItem;
  @FXML private MenuItem csvItem;
  @FXML private Label statusMessage;
  @FXML private MenuItem playItem;
  @FXML private MenuItem stepItem;
  @FXML private MenuItem resetItem;
  @FXML private MenuItem endItem;
  @FXML private MenuItem compareItem;
  @FXML private MenuItem fitItem;
  @FXML private CheckMenuItem tangentItem;
  @FXML private CheckMenuItem arrowItem;
  @FXML private CheckMenuItem logItem;
  @FXML private CheckMenuItem darkItem;
  @FXML private MenuItem shortcutsItem;
  @FXML private ComboBox<Preset> presetChooser;
  @FXML private Label presetDescription;
  @FXML private CheckBox rotateBox;
  @FXML private HBox planeRow;
  @FXML private ComboBox<String> planeChooser;
  @FXML private Label methodHeading;
  @FXML private Button compareEtaButton;
  @FXML private Button addRunButton;
  @FXML private Button removeRunButton;
  @FXML private Button dampedNewtonButton;
  @FXML private FlowPane legend;
  @FXML private StackPane mainStack;
  @FXML private SplitPane plots;
  @FXML private ScrollPane controlsScroll;
  @FXML private ScrollPane stepScroll;
  @FXML private SplitPane lowerPlots;
  @FXML private TableView<Integer> iterTable;
  @FXML private Label stepText;
  @FXML private TextField functionField;
  @FXML private Label functionError;
  @FXML private Label derivativeLabel;
  @FXML private TextField startField;
  @FXML private TextField stepsField;
  @FXML private TextField seedField;
  @FXML private Label startError;
  @FXML private ComboBox<Method> methodChooser;
  @FXML private Label methodSummary;
  @FXML private StackPane etaHolder;
  @FXML private VBox methodParams;
  @FXML private Label setupError;
  @FXML private Button playButton;
  @FXML private Button stepButton;
  @FXML private Button resetButton;
  @FXML private Slider speedSlider;
  @FXML private Label speedLabel;
  @FXML private CheckBox tangentBox;
  @FXML private CheckBox arrowBox;
  @FXML private CheckBox logBox;
  @FXML private StackPane plotHolder;
  @FXML private StackPane lossHolder;
  @FXML private Label banner;
  @FXML private Label statusStep;
  @FXML private Label statusOutcome;
  @FXML private Label statusPointer;

  public MainView(MainViewModel model) {
    this.model = model;
    this.files = new FileActions(model, this);
    FXMLLoader loader = new FXMLLoader(MainView.class.getResource("/gdviz/ui/MainView.fxml"));
    loader.setController(this);
    try {
      loader.load();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load the main window layout", e);
    }
    root.getStylesheets().add(MainView.class.getResource("/gdviz/ui/main.css").toExternalForm());
  }

  public Parent root() {
    return root;
  }

  public FunctionPlotView functionPlot() {
    return functionPlot;
  }

  public LossPlotView lossPlot() {
    return lossPlot;
  }

  public EtaSlider etaSlider() {
    return etaSlider;
  }

  public DataFitView dataFit() {
    return dataFit;
  }

  public DerivativeCheckView derivativeCheck() {
    return derivativeCheck;
  }

  public TableView<Integer> iterTable() {
    return iterTable;
  }

  public Label stepText() {
    return stepText;
  }

  public FlowPane legend() {
    return legend;
  }

  @FXML
  private void initialize() {
    plotHolder.getChildren().add(0, functionPlot);
    lossHolder.getChildren().add(lossPlot);
    etaHolder.getChildren().add(etaSlider);
    derivativeCheck.setVisible(false);
    mainStack.getChildren().add(derivativeCheck);
    iterates = new IteratesPanel(iterTable, stepText, model);
    LiveScrollPanes.uncache(controlsScroll);
    LiveScrollPanes.uncache(stepScroll);
    model.runs().addListener((javafx.collections.ListChangeListener<ComparedRun>) c -> buildLegend());
    model.selectedRunProperty().addListener((obs, old, i) -> buildLegend());
    methodHeading.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() ->
        model.runs().size() > 1 ? "Method of " + selectedLabel() : "Method", model.runs(), model.selectedRunProperty()));
    compareEtaButton.setOnAction(e -> model.compareLearningRates());
    addRunButton.setOnAction(e -> model.addRun());
    removeRunButton.setOnAction(e -> model.removeRun(model.selectedRunProperty().get()));
    removeRunButton.disableProperty().bind(javafx.beans.binding.Bindings.size(model.runs()).lessThan(2));
    dampedNewtonButton.disableProperty().bind(model.methodProperty().isNotEqualTo(Method.NEWTON));
    rotateBox.selectedProperty().bindBidirectional(model.rotatedProperty());
    planeChooser.getSelectionModel().selectedIndexProperty().addListener((obs, old, i) -> {
      int[][] planes = planes(dimension());
      if (i.intValue() >= 0 && i.intValue() < planes.length) {
        model.xAxisProperty().set(planes[i.intValue()][0]);
        model.yAxisProperty().set(planes[i.intValue()][1]);
      }
    });
    model.objectiveProperty().addListener((obs, old, f) -> updateFunctionOptions());
    dampedNewtonButton.setOnAction(e -> model.addDampedNewton());

    presetChooser.getItems().setAll(model.presets());
    presetChooser.setConverter(new StringConverter<>() {
      @Override
      public String toString(Preset p) {
        return p == null ? "" : p.name();
      }

      @Override
      public Preset fromString(String s) {
        return model.presets().stream().filter(p -> p.name().equals(s)).findFirst().orElse(null);
      }
    });
    presetChooser.valueProperty().bindBidirectional(model.presetProperty());
    presetDescription.textProperty().bind(model.presetProperty().map(Preset::description).orElse(""));
    functionField.textProperty().bindBidirectional(model.functionTextProperty());
    functionField.disableProperty().bind(model.functionEditableProperty().not());
    bindMessage(functionError, model.functionErrorProperty());
    derivativeLabel.textProperty().bind(model.derivativeTextProperty());
    startField.textProperty().bindBidirectional(model.startTextProperty());
    stepsField.textProperty().bindBidirectional(model.stepsTextProperty());
    seedField.textProperty().bindBidirectional(model.seedTextProperty());
    bindMessage(startError, model.startErrorProperty());
    bindMessage(setupError, model.setupErrorProperty());

    methodChooser.getItems().setAll(Method.values());
    methodChooser.setConverter(new StringConverter<>() {
      @Override
      public String toString(Method m) {
        return m == null ? "" : m.id();
      }

      @Override
      public Method fromString(String s) {
        return Method.byId(s).orElse(null);
      }
    });
    methodChooser.setCellFactory(list -> new ListCell<>() {
      @Override
      protected void updateItem(Method m, boolean empty) {
        super.updateItem(m, empty);
        setText(empty || m == null ? null : m.id());
      }
    });
    methodChooser.valueProperty().bindBidirectional(model.methodProperty());
    methodSummary.textProperty().bind(model.methodProperty().map(Method::summary).orElse(""));
    model.methodProperty().addListener((obs, old, m) -> buildParameterSliders(m));
    buildParameterSliders(model.methodProperty().get());

    etaSlider.etaProperty().bindBidirectional(model.etaProperty());
    etaSlider.bandsProperty().bind(model.bandsProperty());

    speedSlider.valueProperty().addListener((obs, old, v) -> {
      double stepsPerSecond = Double.parseDouble(String.format(Locale.ROOT, "%.2g", Math.pow(10, v.doubleValue())));
      model.speedProperty().set(stepsPerSecond);
    });
    speedLabel.textProperty().bind(model.speedProperty().map(v -> Numbers.format(v.doubleValue()) + " steps/s"));
    model.speedProperty().set(Double.parseDouble(String.format(Locale.ROOT, "%.2g",
        Math.pow(10, speedSlider.getValue()))));
    playButton.textProperty().bind(model.playingProperty().map(p -> p ? "Pause" : "Play"));
    playButton.setOnAction(e -> model.togglePlay());
    stepButton.setOnAction(e -> model.step());
    resetButton.setOnAction(e -> model.reset());

    tangentBox.selectedProperty().bindBidirectional(model.tangentProperty());
    tangentItem.selectedProperty().bindBidirectional(model.tangentProperty());
    arrowBox.selectedProperty().bindBidirectional(model.gradientArrowProperty());
    arrowItem.selectedProperty().bindBidirectional(model.gradientArrowProperty());
    logBox.selectedProperty().bindBidirectional(model.lossLogProperty());
    logItem.selectedProperty().bindBidirectional(model.lossLogProperty());
    model.tangentProperty().addListener((obs, o, n) -> draw(model.frameProperty().get()));
    model.gradientArrowProperty().addListener((obs, o, n) -> draw(model.frameProperty().get()));
    model.lossLogProperty().addListener((obs, o, n) -> draw(model.frameProperty().get()));

    playItem.setAccelerator(new DisplayedShortcut("Space"));
    playItem.setOnAction(e -> model.togglePlay());
    stepItem.setAccelerator(new DisplayedShortcut("→"));
    stepItem.setOnAction(e -> model.step());
    resetItem.setAccelerator(new DisplayedShortcut("R"));
    resetItem.setOnAction(e -> model.reset());
    compareItem.setAccelerator(new DisplayedShortcut("C"));
    compareItem.setOnAction(e -> model.compareLearningRates());
    endItem.setAccelerator(new DisplayedShortcut("End"));
    endItem.setOnAction(e -> model.end());
    fitItem.setAccelerator(new DisplayedShortcut("F"));
    fitItem.setOnAction(e -> functionPlot.fitToPath());
    tangentItem.setAccelerator(new DisplayedShortcut("T"));
    arrowItem.setAccelerator(new DisplayedShortcut("G"));
    logItem.setAccelerator(new DisplayedShortcut("L"));
    openItem.setAccelerator(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN));
    openItem.setOnAction(e -> files.chooseAndOpen());
    saveItem.setAccelerator(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN));
    saveItem.setOnAction(e -> files.chooseAndSave());
    exportItem.setAccelerator(new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN));
    exportItem.setOnAction(e -> files.chooseAndExport());
    csvItem.setAccelerator(new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
    csvItem.setOnAction(e -> files.chooseAndSaveCsv());
    quitItem.setAccelerator(new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN));
    quitItem.setOnAction(e -> Platform.exit());
    darkItem.selectedProperty().addListener((obs, o, dark) -> Application.setUserAgentStylesheet(dark
        ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet()));
    shortcutsItem.setAccelerator(new KeyCodeCombination(KeyCode.F1));
    shortcutsItem.setOnAction(e -> showShortcuts());

    functionPlot.setOnStartPicked(model::pickStart);
    functionPlot.setOnPointer(statusPointer::setText);
    model.frameProperty().addListener((obs, old, frame) -> draw(frame));
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

  /** The window's single-key shortcuts (tests install these without the animation timer). */
  public void installShortcuts(Scene scene) {
    new KeyShortcuts()
        .on(KeyCode.SPACE, model::togglePlay)
        .on(KeyCode.RIGHT, model::step)
        .on(KeyCode.R, model::reset)
        .on(KeyCode.HOME, model::reset)
        .on(KeyCode.END, model::end)
        .on(KeyCode.C, model::compareLearningRates)
        .on(KeyCode.F, functionPlot::fitToPath)
        .on(KeyCode.T, () -> model.tangentProperty().set(!model.tangentProperty().get()))
        .on(KeyCode.G, () -> model.gradientArrowProperty().set(!model.gradientArrowProperty().get()))
        .on(KeyCode.L, () -> model.lossLogProperty().set(!model.lossLogProperty().get()))
        .install(scene);
  }

  /** Runs one frame now (tests call this instead of waiting for the animation timer). */
  public void pulse() {
    model.pulse(System.nanoTime());
  }

  private void draw(MainViewModel.Frame frame) {
    if (frame == null) {
      return;
    }
    boolean derivativeLesson = model.presetProperty().get() != null
        && Preset.KIND_DIFFERENCE_QUOTIENT.equals(model.presetProperty().get().kind());
    plots.setVisible(!derivativeLesson);
    derivativeCheck.setVisible(derivativeLesson);
    int xAxis = model.xAxisProperty().get();
    int yAxis = model.yAxisProperty().get();
    int axes = xAxis * 100 + yAxis;
    if (frame.objectiveVersion() != shownVersion || axes != shownAxes) {
      boolean newFunction = frame.objectiveVersion() != shownVersion;
      shownVersion = frame.objectiveVersion();
      shownAxes = axes;
      functionPlot.showObjective(frame.setup().objective(), MainViewModel.sliceAt(frame), xAxis, yAxis);
      if (derivativeLesson && newFunction) {
        Preset.DerivativeCheck c = model.presetProperty().get().derivativeCheck();
        derivativeCheck.show(frame.setup().objective(), c != null && c.from() != null ? c.from() : -10,
            c != null && c.to() != null ? c.to() : 10, c != null && c.h() != null ? c.h() : 1e-5);
      }
      if (!newFunction) {
        fittedVersion = -1; // another plane: frame it again
      }
    }
    if (pendingWorld != null) {
      functionPlot.setWorld(pendingWorld); // a scenario's saved view instead of fitting
      pendingWorld = null;
      fittedVersion = frame.objectiveVersion();
    }
    if (frame.objectiveVersion() != fittedVersion && frame.runs().stream().allMatch(r -> r.outcome() != null)) {
      // a new function: frame the whole runs (all drawn on it) once they are complete
      fittedVersion = frame.objectiveVersion();
      functionPlot.fitTo(frame.runs().stream().filter(r -> r.sameFunction() && r.visible())
          .map(r -> (gdviz.model.IteratePath) new TrajectoryPath(r.trajectory(), r.trajectory().size())).toList());
    }
    List<FunctionPlotView.PathToDraw> paths = new ArrayList<>();
    List<LossPainter.Series> losses = new ArrayList<>();
    int selectedPath = 0;
    for (int i = 0; i < frame.runs().size(); i++) {
      MainViewModel.RunFrame r = frame.runs().get(i);
      boolean selected = i == frame.selected();
      java.awt.Color colour = Palette.RUNS[r.colour() % Palette.RUNS.length];
      if (!r.visible() && !selected) {
        continue;
      }
      TrajectoryPath path = new TrajectoryPath(r.trajectory(), r.shown());
      if (r.sameFunction() && (r.visible() || selected)) {
        if (selected) {
          selectedPath = paths.size();
        }
        paths.add(new FunctionPlotView.PathToDraw(path, new TrajectoryPainter.Options(r.current(),
            selected && model.tangentProperty().get(), selected && model.gradientArrowProperty().get(), colour,
            !frame.compare(), xAxis, yAxis)));
      }
      losses.add(new LossPainter.Series(path, frame.compare() ? colour : Palette.VERMILLION, selected ? r.current()
          : -1, r.trajectory().size()));
    }
    functionPlot.showPaths(paths, selectedPath);
    functionPlot.setMarker(closedForm(frame, xAxis, yAxis), "least squares");
    lossPlot.show(losses, model.lossLogProperty().get(), frame.runs().stream().anyMatch(r -> r.outcome() == null));
    showDataFit(frame);
    iterates.show(frame);
    banner.setText(frame.banner() == null ? "" : frame.banner());
    banner.setVisible(frame.banner() != null);
    banner.setManaged(frame.banner() != null);
    int total = frame.trajectory().size() - 1;
    int k = Math.max(0, frame.current());
    statusStep.setText(String.format(Locale.ROOT, "k = %d of %d   x = %s   f = %s", k, total,
        point(frame, k), String.format(Locale.ROOT, "%.6g", frame.trajectory().value(k))));
    statusOutcome.setText(frame.outcome() == null ? "running…" : (frame.compare() ? frame.selectedRun().label()
        + ": " : "") + frame.outcome().message());
  }

  private static double[] closedForm(MainViewModel.Frame frame, int xAxis, int yAxis) {
    if (frame.setup().objective() instanceof DataObjective d && d.dimension() >= 2) {
      double[] exact = d.closedFormMinimizer();
      if (exact != null) {
        return new double[] {exact[xAxis], exact[yAxis]};
      }
    }
    return null;
  }

  private void showDataFit(MainViewModel.Frame frame) {
    boolean drawable = DataFitPainter.drawable(frame.setup().objective());
    if (drawable && !lowerPlots.getItems().contains(dataFit)) {
      lowerPlots.getItems().add(dataFit);
      lowerPlots.setDividerPositions(0.5);
    } else if (!drawable) {
      lowerPlots.getItems().remove(dataFit);
    }
    if (drawable) {
      LinearRegressionLoss loss = (LinearRegressionLoss) frame.setup().objective();
      int k = Math.max(0, frame.current());
      dataFit.show(loss, frame.trajectory().x(k), loss.closedFormMinimizer(),
          Palette.RUNS[frame.selectedRun().colour() % Palette.RUNS.length]);
    }
  }

  /** Export, iterates as CSV, scenario files. */
  public FileActions files() {
    return files;
  }

  /** Shows this world rectangle instead of fitting, when the next frame arrives (an opened scenario's view). */
  void showWorldOnNextFrame(Viewport world) {
    pendingWorld = world;
  }

  void setStatusMessage(String message) {
    statusMessage.setText(message);
  }

  // ---- compare mode: the legend ------------------------------------------------------------------

  private void buildLegend() {
    legend.getChildren().clear();
    boolean compare = model.runs().size() > 1;
    legend.setVisible(compare);
    legend.setManaged(compare);
    if (!compare) {
      return;
    }
    for (int i = 0; i < model.runs().size(); i++) {
      ComparedRun run = model.runs().get(i);
      int index = i;
      java.awt.Color c = Palette.RUNS[run.colour() % Palette.RUNS.length];
      javafx.scene.shape.Rectangle swatch = new javafx.scene.shape.Rectangle(18, 6,
          javafx.scene.paint.Color.rgb(c.getRed(), c.getGreen(), c.getBlue()));
      CheckBox shown = new CheckBox();
      shown.setId("legend-visible-" + i);
      shown.selectedProperty().bindBidirectional(run.visibleProperty());
      shown.selectedProperty().addListener((obs, o, n) -> model.refresh());
      Label name = new Label(run.label(), swatch);
      name.setId("legend-label-" + i);
      name.getStyleClass().add("legend-entry");
      if (i == model.selectedRunProperty().get()) {
        name.getStyleClass().add("selected-run");
      }
      name.setOnMouseClicked(e -> model.selectedRunProperty().set(index));
      name.setTooltip(new javafx.scene.control.Tooltip("click to edit this run's method and η"));
      HBox entry = new HBox(4, shown, name);
      entry.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
      legend.getChildren().add(entry);
    }
  }

  private String selectedLabel() {
    int i = model.selectedRunProperty().get();
    return i >= 0 && i < model.runs().size() ? model.runs().get(i).label() : "";
  }

  // ---- function options: rotation and the plane shown ---------------------------------------------

  private int dimension() {
    return model.objectiveProperty().get() == null ? 1 : model.objectiveProperty().get().dimension();
  }

  private static int[][] planes(int n) {
    List<int[]> list = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        list.add(new int[] {i, j});
      }
    }
    return list.toArray(int[][]::new);
  }

  private void updateFunctionOptions() {
    int n = dimension();
    rotateBox.setDisable(n != 2 && !model.rotatedProperty().get());
    boolean many = n > 2;
    planeRow.setVisible(many);
    planeRow.setManaged(many);
    if (many) {
      List<String> names = new ArrayList<>();
      for (int[] p : planes(n)) {
        names.add("x" + (p[0] + 1) + ", x" + (p[1] + 1));
      }
      if (!planeChooser.getItems().equals(names)) {
        planeChooser.getItems().setAll(names);
        planeChooser.getSelectionModel().select(0);
      }
    }
  }

  private static String point(MainViewModel.Frame frame, int k) {
    double[] x = frame.trajectory().x(k);
    StringBuilder s = new StringBuilder(x.length > 1 ? "(" : "");
    for (int i = 0; i < x.length; i++) {
      s.append(i == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.6g", x[i]));
    }
    return s.append(x.length > 1 ? ")" : "").toString();
  }

  private void buildParameterSliders(Method m) {
    methodParams.getChildren().clear();
    if (m == null) {
      return;
    }
    for (String p : m.parameters()) {
      switch (p) {
        case "beta" -> methodParams.getChildren().add(ParameterSlider.linear("beta", "β", model.betaProperty(), 0,
            0.99));
        case "beta1" -> methodParams.getChildren().add(ParameterSlider.linear("beta1", "β₁", model.beta1Property(),
            0, 0.99));
        case "beta2" -> methodParams.getChildren().add(ParameterSlider.linear("beta2", "β₂", model.beta2Property(),
            0.9, 0.9999));
        case "gamma" -> methodParams.getChildren().add(ParameterSlider.linear("gamma", "γ", model.gammaProperty(),
            0, 0.999));
        case "rho" -> methodParams.getChildren().add(ParameterSlider.linear("rho", "ρ", model.rhoProperty(), 0,
            0.999));
        case "noise" -> methodParams.getChildren().add(ParameterSlider.linear("noise", "σ", model.noiseProperty(),
            0, 5));
        case "batchSize" -> methodParams.getChildren().add(ParameterSlider.logInteger("batchSize", "batch",
            model.batchSizeProperty(), 1, Math.max(10, samples())));
        default -> { } // non-numeric knobs (line-search rule, |H|) come from the preset or the command line
      }
    }
  }

  private int samples() {
    return model.objectiveProperty().get() instanceof gdviz.model.DataObjective d ? d.sampleCount() : 10_000;
  }

  private static void bindMessage(Label label, javafx.beans.value.ObservableStringValue message) {
    label.textProperty().bind(message);
    label.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(message));
    label.managedProperty().bind(label.visibleProperty());
  }

  private void showShortcuts() {
    Alert about = new Alert(Alert.AlertType.INFORMATION);
    about.setTitle("Keyboard shortcuts");
    about.setHeaderText("Keyboard shortcuts (when no text field has the focus)");
    about.setContentText("""
        Space   play / pause
        →       one step
        R, Home reset to the start point
        End     jump to the last iterate
        C       compare η: too small / just right / too large
        F       fit the view to the trajectory
        T       tangent line (1D)
        G       −∇f arrow (2D)
        L       log scale for the loss
        Ctrl+Q  quit

        Mouse: scroll to zoom, drag to pan, click to set the start point,
        drag the start marker to move it while the run follows.""");
    about.initOwner(root.getScene().getWindow());
    about.show();
  }
}
