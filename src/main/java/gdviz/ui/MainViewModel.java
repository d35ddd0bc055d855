package gdviz.ui;

import gdviz.model.SetupException;
import gdviz.model.analysis.SliceObjective;
import gdviz.model.objective.Objective;
import gdviz.model.preset.Preset;
import gdviz.model.preset.PresetLibrary;
import gdviz.model.preset.RunOverrides;
import gdviz.model.run.RunSetup;
import gdviz.ui.method.MethodSettings;
import gdviz.ui.playback.Frame;
import gdviz.ui.playback.FrameSource;
import gdviz.ui.playback.PlaybackControls;
import gdviz.ui.plots.PlotOptions;
import gdviz.ui.runs.ComparedRuns;
import gdviz.ui.runs.SelectedFunction;
import gdviz.ui.runs.SetupCache;
import gdviz.ui.setup.SetupFields;
import java.util.List;
import java.util.concurrent.Executor;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
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
  private final SetupCache setups = new SetupCache();
  private final FrameSource frames;
  private final ObjectProperty<Preset> preset = new SimpleObjectProperty<>();
  private final SelectedFunction selected = new SelectedFunction();
  private final ReadOnlyObjectWrapper<Frame> frame = new ReadOnlyObjectWrapper<>();
  private final ExampleChanges changes = new ExampleChanges();
  private final ReadOnlyBooleanWrapper playing = new ReadOnlyBooleanWrapper(false);
  private final DoubleProperty speed = new SimpleDoubleProperty(4);
  private final PlotOptions plotOptions = new PlotOptions();
  private final PlaybackControls controls;
  /** Settings are being put into the controls: their listeners must not run anything. */
  private boolean loading;
  private final EditsPerFrame edits = new EditsPerFrame();
  /** The selected run's setup as last posted (its start drawn from the seed where the preset asks). */
  private RunSetup lastSelected;

  /** @param worker where runs execute: a single daemon thread in the app, {@code Runnable::run} in tests */
  public MainViewModel(PresetLibrary library, Executor worker) {
    this.library = library;
    this.frames = new FrameSource(worker);
    this.controls = new PlaybackControls(frames, this::pulse);
    speed.addListener((obs, old, v) -> frames.playback().setSpeed(v.doubleValue()));
    preset.addListener((obs, old, p) -> loadPreset(p));
    runs.selectedProperty().addListener((obs, old, i) -> {
      if (!loading) {
        if (edits.controlsAhead() && old.intValue() >= 0 && old.intValue() < runs.list().size()) {
          storeSettingsInto(old.intValue()); // the run left keeps what its controls said
        }
        method.show(runs.overridesOf(runs.selected()));
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
      edits.edited(this::storeAndRun);
    });
  }

  /** The shipped examples (what a lesson's scenes may start from). */
  public PresetLibrary library() {
    return library;
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
    whileLoading(() -> {
      runs.load(p);
      setup.load(runs.overridesOf(runs.selected()), p.base());
      method.show(runs.overridesOf(runs.selected()));
      method.markExampleEta();
      edits.stored();
      plotOptions.open(p.view());
    });
    frames.playback().reset();
    changes.reopened();
    rerun(false);
    if (setup.startTextProperty().get().isEmpty() && lastSelected != null) {
      // a random start (step-size-candidates): show the point the run drew (not the last frame's)
      whileLoading(() -> setup.showDrawnStart(lastSelected.start()));
    }
  }

  /** Puts settings into the controls without their listeners running anything (even when it throws). */
  private void whileLoading(Runnable change) {
    boolean outer = loading;
    loading = true;
    try {
      change.run();
    } finally {
      loading = outer;
    }
  }

  private void storeAndRun() {
    flushSettings();
    rerun(true);
  }

  /** Stores settings the controls changed since the last frame into the selected run. */
  private void flushSettings() {
    if (edits.controlsAhead()) {
      storeSettingsInto(runs.selectedProperty().get());
    }
  }

  private void storeSettingsInto(int index) {
    edits.stored();
    if (index < 0 || index >= runs.list().size()) {
      return;
    }
    var run = runs.list().get(index);
    run.setOwn(run.own().overriddenBy(method.asOverrides()));
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
    boolean[] removed = new boolean[1];
    whileLoading(() -> removed[0] = runs.remove(index));
    if (removed[0]) {
      method.show(runs.overridesOf(runs.selected()));
      rerun(false);
    }
  }

  /** The classic slide from the selected run: too small, right, too large, each labelled by its band. */
  public void compareLearningRates() {
    flushSettings();
    whileLoading(() -> runs.compareLearningRates(method.etaProperty().get(), selected.bandsProperty().get()));
    method.show(runs.overridesOf(runs.selected()));
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

  /** Opens a scenario (a preset file): its settings replace the current ones, its plane is shown. */
  public void open(Preset p) {
    preset.set(null);
    preset.set(p);
    Preset.ViewSpec v = p.view();
    if (v != null && v.xAxis() != null && v.yAxis() != null) {
      setup.showPlane(v.xAxis(), v.yAxis(), selected.objectiveProperty().get().dimension());
    }
  }

  /** The whole current setup as a preset: shared settings, each run's own, and the given view. */
  public Preset scenario(Preset.ViewSpec view) {
    flushSettings();
    RunOverrides shared;
    try {
      shared = setup.parse();
    } catch (SetupException e) {
      shared = RunOverrides.EMPTY; // a field with an error: save what ran last
    }
    return runs.scenario(preset.get(), shared, view);
  }

  // ---- running ---------------------------------------------------------------------------------

  /** Builds every run's setup from the settings and posts them; problems go to the error properties. */
  private void rerun(boolean settingChanged) {
    if (runs.list().isEmpty()) {
      return;
    }
    SetupCache.Built built;
    try {
      RunOverrides shared = setup.parse();
      built = setups.build(runs, shared, preset.get() == null ? "data" : preset.get().description());
    } catch (SetupException e) {
      if (!e.getMessage().startsWith("start:") && setup.problemProperty().get().isEmpty()
          && setup.functionErrorProperty().get().isEmpty()) {
        setup.showProblem(e.getMessage());
      }
      return; // the problem is shown; the last good run stays
    }
    int sel = Math.max(0, Math.min(runs.selectedProperty().get(), built.setups().size() - 1));
    lastSelected = built.setups().get(sel);
    changes.describe(preset.get(), built.setups(), sel, setup.ownFunctionProperty().get());
    selected.show(lastSelected, built.functionKeys().get(sel));
    frames.submit(built.setups(), built.functionKeys());
    edits.posted();
    if (settingChanged) {
      // a slider can move hundreds of times a second: only post the run; the frame pump draws the
      // newest one once per frame
      frames.playback().showAll();
    } else {
      pulse(System.nanoTime());
    }
  }

  /** The example's description, and what was changed since it opened. */
  public javafx.beans.property.ReadOnlyStringProperty aboutProperty() {
    return changes.aboutProperty();
  }

  // ---- frames and playback ---------------------------------------------------------------------

  /** Called once per frame (an AnimationTimer in the app): advances playback and publishes a frame if anything changed. */
  public void pulse(long now) {
    edits.pulse(this::storeAndRun);
    Frame next = frames.pulse(now, runs.looks(), runs.selectedProperty().get(), selected.bandsProperty().get(),
        selected.versionProperty().get());
    playing.set(frames.playback().playing());
    if (next != null) {
      frame.set(next);
    }
  }

  /**
   * A start point picked on the plot (on the plane shown; other coordinates keep their values),
   * rounded to the plot's resolution (world units per pixel along each axis drawn).
   */
  public void pickStart(double[] point, double[] resolution) {
    Objective f0 = selected.objectiveProperty().get();
    if (f0 != null && point.length != Math.min(2, f0.dimension())) {
      return; // a point picked on a plot of another function
    }
    Frame f = frame.get();
    int n = f0 == null ? point.length : f0.dimension();
    double[] heldAt = f == null ? new double[n] : SliceObjective.heldAt(f.setup());
    setup.pickStart(point, n, heldAt, resolution);
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

  public ReadOnlyObjectProperty<Frame> frameProperty() {
    return frame.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty playingProperty() {
    return playing.getReadOnlyProperty();
  }

  public DoubleProperty speedProperty() {
    return speed;
  }

  /** Play, step, reset, end, a picked iterate. */
  public PlaybackControls playback() {
    return controls;
  }

  public PlotOptions plotOptions() {
    return plotOptions;
  }

  /** The selected run's function, its derivatives, parameter names and step-size bands. */
  public SelectedFunction selected() {
    return selected;
  }
}
