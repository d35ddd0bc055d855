package gdviz.ui;

import gdviz.model.DataObjective;
import gdviz.model.Objective;
import gdviz.model.SetupException;
import gdviz.model.StepSizeBands;
import gdviz.model.preset.Preset;
import gdviz.model.preset.PresetLibrary;
import gdviz.model.preset.RunSpec;
import gdviz.ui.method.MethodSettings;
import gdviz.ui.playback.Frame;
import gdviz.ui.playback.FrameSource;
import gdviz.ui.runs.ComparedRuns;
import gdviz.ui.runs.RunSetups;
import gdviz.ui.setup.SetupFields;
import java.util.List;
import java.util.concurrent.Executor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The state of the main window, put together from its parts — the compared runs, the shared
 * setup fields, the selected run's method and η, the frames — and the rules that tie them: every
 * change posts one request for all runs (the newest wins, on the worker), and iterates reach the
 * views through {@link #pulse}, called once per frame, which publishes at most one {@link Frame}.
 */
public final class MainViewModel {
  private final PresetLibrary library;
  private final ComparedRuns runs = new ComparedRuns();
  private final SetupFields setup = new SetupFields();
  private final MethodSettings method = new MethodSettings();
  private final RunSetups setups = new RunSetups();
  private final FrameSource frames;
  private final ObjectProperty<Preset> preset = new SimpleObjectProperty<>();
  private final ReadOnlyObjectWrapper<StepSizeBands> bands = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyObjectWrapper<Frame> frame = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyBooleanWrapper playing = new ReadOnlyBooleanWrapper(false);
  private final DoubleProperty speed = new SimpleDoubleProperty(4);
  private final BooleanProperty tangent = new SimpleBooleanProperty(true);
  private final BooleanProperty gradientArrow = new SimpleBooleanProperty(true);
  private final BooleanProperty lossLog = new SimpleBooleanProperty(false);
  private final ReadOnlyLongWrapper objectiveVersion = new ReadOnlyLongWrapper(0);
  private final ReadOnlyObjectWrapper<Objective> objective = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyStringWrapper derivativeText = new ReadOnlyStringWrapper("");
  private final ReadOnlyObjectWrapper<List<String>> parameterNames = new ReadOnlyObjectWrapper<>(List.of("x"));
  private String selectedKey = "";
  private boolean loading;
  private boolean settingsDirty;
  private boolean ranThisFrame;
  private boolean rerunPending;

  /** @param worker where runs execute: a single daemon thread in the app, {@code Runnable::run} in tests */
  public MainViewModel(PresetLibrary library, Executor worker) {
    this.library = library;
    this.frames = new FrameSource(worker);
    speed.addListener((obs, old, v) -> frames.playback().setSpeed(v.doubleValue()));
    preset.addListener((obs, old, p) -> loadPreset(p));
    runs.selectedProperty().addListener((obs, old, i) -> {
      if (!loading) {
        if (settingsDirty && old.intValue() >= 0 && old.intValue() < runs.list().size()) {
          storeSettingsInto(old.intValue()); // the run left keeps what its controls said
        }
        method.show(runs.settingsOf(runs.selected()));
        rerun(false);
      }
    });
    for (var shared : setup.fields()) {
      shared.addListener((obs, old, value) -> {
        if (!loading) {
          rerun(true);
        }
      });
    }
    method.setOnEdit(() -> {
      if (loading) {
        return;
      }
      // a slider can move hundreds of times a second: the first change in a frame is run at once;
      // later ones in the same frame only leave the newest value in the controls, stored into the
      // selected run and run at the next frame (in pulse)
      settingsDirty = true;
      if (ranThisFrame) {
        rerunPending = true;
      } else {
        flushSettings();
        rerun(true);
        ranThisFrame = true;
      }
    });
  }

  public List<Preset> presets() {
    return library.all();
  }

  // ---- loading a preset and editing the compared runs -------------------------------------------

  private void loadPreset(Preset p) {
    if (p == null) {
      return;
    }
    setups.clear();
    loading = true;
    try {
      runs.load(p);
      setup.load(runs.settingsOf(runs.selected()), p.base());
      method.show(runs.settingsOf(runs.selected()));
      settingsDirty = false;
      // each example opens with its own loss scale (linear unless its view says log)
      lossLog.set(p.view() != null && Boolean.TRUE.equals(p.view().lossLog()));
    } finally {
      loading = false;
    }
    frames.playback().reset();
    rerun(false);
    if (setup.startTextProperty().get().isEmpty() && frame.get() != null) {
      loading = true; // a random start (step-size-candidates): show the point the run drew
      setup.showDrawnStart(frame.get().trajectory().x(0));
      loading = false;
    }
  }

  /** Stores settings the controls changed since the last frame into the selected run. */
  private void flushSettings() {
    if (settingsDirty) {
      storeSettingsInto(runs.selectedProperty().get());
    }
  }

  private void storeSettingsInto(int index) {
    settingsDirty = false;
    if (index < 0 || index >= runs.list().size()) {
      return;
    }
    var run = runs.list().get(index);
    run.setOwn(run.own().overriddenBy(method.asSpec()));
    runs.renamed(run);
  }

  /** Adds a copy of the selected run (to vary one setting against it) and selects it. */
  public void addRun() {
    flushSettings();
    runs.addCopyOfSelected();
  }

  /** Removes a run; the last one stays. */
  public void removeRun(int index) {
    flushSettings();
    loading = true;
    boolean removed = runs.remove(index);
    loading = false;
    if (removed) {
      method.show(runs.settingsOf(runs.selected()));
      rerun(false);
    }
  }

  /** The classic slide from the selected run: too small, right, too large, each labelled by its band. */
  public void compareLearningRates() {
    flushSettings();
    loading = true;
    runs.compareLearningRates(method.etaProperty().get(), bands.get());
    loading = false;
    method.show(runs.settingsOf(runs.selected()));
    frames.playback().showAll();
    rerun(false);
  }

  /** Beside a Newton run, the same with half the step (damped Newton). */
  public void addDampedNewton() {
    flushSettings();
    runs.addDampedNewton();
    frames.playback().showAll();
    rerun(false);
  }

  /** Opens a scenario (a preset file): its settings replace the current ones, its view is applied. */
  public void open(Preset p) {
    preset.set(null);
    preset.set(p);
    Preset.ViewSpec v = p.view();
    if (v != null) {
      int n = objective.get() == null ? 2 : objective.get().dimension();
      if (v.xAxis() != null && v.yAxis() != null && v.xAxis() >= 0 && v.yAxis() >= 0 && v.xAxis() < n
          && v.yAxis() < n && !v.xAxis().equals(v.yAxis())) {
        setup.xAxisProperty().set(v.xAxis());
        setup.yAxisProperty().set(v.yAxis());
      }
    }
  }

  /** The whole current setup as a preset: shared settings, each run's own, and the given view. */
  public Preset scenario(Preset.ViewSpec view) {
    flushSettings();
    RunSpec shared;
    try {
      shared = setup.parse();
    } catch (SetupException e) {
      shared = RunSpec.EMPTY; // a field with an error: save what ran last
    }
    return runs.scenario(preset.get(), shared, view);
  }

  // ---- running ---------------------------------------------------------------------------------

  /** Builds every run's setup from the settings and posts them; problems go to the error properties. */
  private void rerun(boolean settingChanged) {
    rerunPending = false;
    if (runs.list().isEmpty()) {
      return;
    }
    RunSetups.Built built;
    try {
      RunSpec shared = setup.parse();
      built = setups.build(runs, shared, preset.get() == null ? "data" : preset.get().description());
    } catch (SetupException e) {
      if (!e.getMessage().startsWith("start:") && setup.problemProperty().get().isEmpty()
          && setup.functionErrorProperty().get().isEmpty()) {
        setup.showProblem(e.getMessage());
      }
      return; // the problem is shown; the last good run stays
    }
    int sel = Math.max(0, Math.min(runs.selectedProperty().get(), built.setups().size() - 1));
    var chosen = built.setups().get(sel);
    if (!built.functionKeys().get(sel).equals(selectedKey) || objective.get() != chosen.objective()) {
      selectedKey = built.functionKeys().get(sel);
      objective.set(chosen.objective());
      derivativeText.set(String.join("\n", chosen.objective().derivativeText()));
      objectiveVersion.set(objectiveVersion.get() + 1);
    }
    parameterNames.set(chosen.parameterNames());
    bands.set(StepSizeBands.at(chosen.objective(), chosen.start()));
    frames.submit(built.setups(), built.functionKeys());
    if (settingChanged) {
      // a slider can move hundreds of times a second: only post the run; the frame pump draws the
      // newest one once per frame
      frames.playback().showAll();
    } else {
      pulse(System.nanoTime());
    }
  }

  // ---- frames and playback ---------------------------------------------------------------------

  /** Called once per frame (an AnimationTimer in the app): advances playback and publishes a frame if anything changed. */
  public void pulse(long now) {
    if (rerunPending) {
      flushSettings();
      rerun(true);
    }
    ranThisFrame = false;
    Frame next = frames.pulse(now, runs.looks(), runs.selectedProperty().get(), bands.get(), objectiveVersion.get());
    playing.set(frames.playback().playing());
    if (next != null) {
      frame.set(next);
    }
  }

  /** Republishes the frame (a run was shown or hidden). */
  public void refresh() {
    frames.forceNext();
    pulse(System.nanoTime());
  }

  public void togglePlay() {
    frames.togglePlay();
    pulse(System.nanoTime());
  }

  public void step() {
    frames.step();
    pulse(System.nanoTime());
  }

  public void reset() {
    frames.playback().reset();
    pulse(System.nanoTime());
  }

  /** Jump to the end of the run. */
  public void end() {
    frames.playback().end();
    pulse(System.nanoTime());
  }

  /** Show iterate k (a row picked in the iterates table), paused. */
  public void showIterate(int k) {
    frames.playback().seek(k);
    pulse(System.nanoTime());
  }

  /**
   * A start point picked on the plot (on the plane shown; other coordinates keep their values),
   * rounded to the plot's resolution (world units per pixel along each axis drawn).
   */
  public void pickStart(double[] point, double[] resolution) {
    if (objective.get() != null && point.length != Math.min(2, objective.get().dimension())) {
      return; // a point picked on a plot of another function
    }
    Frame f = frame.get();
    int n = objective.get() == null ? point.length : objective.get().dimension();
    double[] heldAt = f == null ? new double[n] : sliceAt(f);
    setup.pickStart(point, n, heldAt, resolution);
  }

  /** Where to hold the coordinates off the plane shown when a frame's objective is drawn as a 2D slice. */
  public static double[] sliceAt(Frame frame) {
    if (frame.setup().objective() instanceof DataObjective d) {
      double[] exact = d.closedFormMinimizer();
      if (exact != null) {
        return exact;
      }
    }
    return frame.setup().start();
  }

  // ---- the parts and the window's state -----------------------------------------------------------

  public ComparedRuns runs() {
    return runs;
  }

  public SetupFields setup() {
    return setup;
  }

  public MethodSettings method() {
    return method;
  }

  public ObjectProperty<Preset> presetProperty() {
    return preset;
  }

  public ReadOnlyObjectProperty<StepSizeBands> bandsProperty() {
    return bands.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<Frame> frameProperty() {
    return frame.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty playingProperty() {
    return playing.getReadOnlyProperty();
  }

  public DoubleProperty speedProperty() {
    return speed;
  }

  public BooleanProperty tangentProperty() {
    return tangent;
  }

  public BooleanProperty gradientArrowProperty() {
    return gradientArrow;
  }

  public BooleanProperty lossLogProperty() {
    return lossLog;
  }

  public ReadOnlyLongProperty objectiveVersionProperty() {
    return objectiveVersion.getReadOnlyProperty();
  }

  /** The selected run's function. */
  public ReadOnlyObjectProperty<Objective> objectiveProperty() {
    return objective.getReadOnlyProperty();
  }

  /** The selected run's parameter names, one per coordinate (x1, x2 …, or the preset's θ₀, θ₁). */
  public ReadOnlyObjectProperty<List<String>> parameterNamesProperty() {
    return parameterNames.getReadOnlyProperty();
  }

  /** The selected run's derivatives as formulas (of its own function: rotated, when it is). */
  public ReadOnlyStringProperty derivativeTextProperty() {
    return derivativeText.getReadOnlyProperty();
  }
}
