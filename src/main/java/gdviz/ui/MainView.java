package gdviz.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import gdviz.model.Method;
import gdviz.model.Numbers;
import gdviz.model.preset.Preset;
import gdviz.plot.Palette;
import gdviz.plot.TrajectoryPainter;
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
  private long shownVersion = -1;
  private long fittedVersion = -1;
  private AnimationTimer timer;

  @FXML private BorderPane root;
  @FXML private MenuItem quitItem;
  @FXML private MenuItem playItem;
  @FXML private MenuItem stepItem;
  @FXML private MenuItem resetItem;
  @FXML private MenuItem endItem;
  @FXML private MenuItem fitItem;
  @FXML private CheckMenuItem tangentItem;
  @FXML private CheckMenuItem arrowItem;
  @FXML private CheckMenuItem logItem;
  @FXML private CheckMenuItem darkItem;
  @FXML private MenuItem shortcutsItem;
  @FXML private ComboBox<Preset> presetChooser;
  @FXML private Label presetDescription;
  @FXML private ComboBox<String> runChooser;
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

  @FXML
  private void initialize() {
    plotHolder.getChildren().add(0, functionPlot);
    lossHolder.getChildren().add(lossPlot);
    etaHolder.getChildren().add(etaSlider);

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
    runChooser.setItems(model.runLabels());
    model.runLabels().addListener((javafx.collections.ListChangeListener<String>) change ->
        runChooser.getSelectionModel().select(model.runIndexProperty().get()));
    runChooser.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(model.runLabels()));
    runChooser.managedProperty().bind(runChooser.visibleProperty());
    model.runIndexProperty().addListener((obs, old, i) -> runChooser.getSelectionModel().select(i.intValue()));
    runChooser.getSelectionModel().selectedIndexProperty().addListener((obs, old, i) -> {
      if (i.intValue() >= 0) {
        model.runIndexProperty().set(i.intValue());
      }
    });

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
    endItem.setAccelerator(new DisplayedShortcut("End"));
    endItem.setOnAction(e -> model.end());
    fitItem.setAccelerator(new DisplayedShortcut("F"));
    fitItem.setOnAction(e -> functionPlot.fitToPath());
    tangentItem.setAccelerator(new DisplayedShortcut("T"));
    arrowItem.setAccelerator(new DisplayedShortcut("G"));
    logItem.setAccelerator(new DisplayedShortcut("L"));
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
    TrajectoryPath path = new TrajectoryPath(frame.trajectory(), frame.shown());
    if (frame.objectiveVersion() != shownVersion) {
      shownVersion = frame.objectiveVersion();
      functionPlot.showObjective(frame.setup().objective(), MainViewModel.sliceAt(frame));
    }
    if (frame.objectiveVersion() != fittedVersion && frame.outcome() != null) {
      // a new function: frame the whole run once it is complete
      fittedVersion = frame.objectiveVersion();
      functionPlot.fitTo(new TrajectoryPath(frame.trajectory(), frame.trajectory().size()));
    }
    TrajectoryPainter.Options options = new TrajectoryPainter.Options(frame.current(),
        model.tangentProperty().get(), model.gradientArrowProperty().get(), Palette.VERMILLION);
    functionPlot.showPath(path, options);
    lossPlot.show(path, frame.current(), model.lossLogProperty().get());
    banner.setText(frame.banner() == null ? "" : frame.banner());
    banner.setVisible(frame.banner() != null);
    banner.setManaged(frame.banner() != null);
    int total = frame.trajectory().size() - 1;
    int k = Math.max(0, frame.current());
    statusStep.setText(String.format(Locale.ROOT, "k = %d of %d   x = %s   f = %s", k, total,
        point(frame, k), String.format(Locale.ROOT, "%.6g", frame.trajectory().value(k))));
    statusOutcome.setText(frame.outcome() == null ? "running…" : frame.outcome().message());
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
