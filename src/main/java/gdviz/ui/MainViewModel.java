package gdviz.ui;

import gdviz.engine.RunResult;
import gdviz.engine.RunScheduler;
import gdviz.engine.Trajectory;
import gdviz.model.DataObjective;
import gdviz.model.Method;
import gdviz.model.Numbers;
import gdviz.model.Objective;
import gdviz.model.Outcome;
import gdviz.model.RunSetup;
import gdviz.model.SetupException;
import gdviz.model.StepSizeBands;
import gdviz.model.preset.Preset;
import gdviz.model.preset.PresetLibrary;
import gdviz.model.preset.RunSpec;
import gdviz.model.preset.SetupResolver;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
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
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The state of the main window: which example, function, start, method, parameters and η; the
 * run they make; and the playhead over it. Every setting change posts a run request (the newest
 * wins, on the worker); the iterates reach the view through {@link #pulse}, called once per frame,
 * which publishes at most one new {@link Frame}.
 */
public final class MainViewModel {
  /** What the views draw in one frame. */
  public record Frame(long runId, RunSetup setup, Trajectory trajectory, int shown, Outcome outcome,
      StepSizeBands bands, String banner, long objectiveVersion) {
    public int current() {
      return shown - 1;
    }
  }

  private final PresetLibrary library;
  private final RunScheduler scheduler;
  private final AtomicReference<RunResult> finished = new AtomicReference<>();
  private final Playback playback = new Playback();

  private final ObjectProperty<Preset> preset = new SimpleObjectProperty<>();
  private final ObservableList<String> runLabels = FXCollections.observableArrayList();
  private final IntegerProperty runIndex = new SimpleIntegerProperty(0);
  private final StringProperty functionText = new SimpleStringProperty("");
  private final ReadOnlyStringWrapper functionError = new ReadOnlyStringWrapper("");
  private final ReadOnlyBooleanWrapper functionEditable = new ReadOnlyBooleanWrapper(true);
  private final ReadOnlyStringWrapper derivativeText = new ReadOnlyStringWrapper("");
  private final StringProperty startText = new SimpleStringProperty("");
  private final ReadOnlyStringWrapper startError = new ReadOnlyStringWrapper("");
  private final ObjectProperty<Method> method = new SimpleObjectProperty<>(Method.GD);
  private final DoubleProperty eta = new SimpleDoubleProperty(0.1);
  private final StringProperty stepsText = new SimpleStringProperty("100");
  private final StringProperty seedText = new SimpleStringProperty("0");
  private final DoubleProperty beta = new SimpleDoubleProperty(0.9);
  private final DoubleProperty beta1 = new SimpleDoubleProperty(0.9);
  private final DoubleProperty beta2 = new SimpleDoubleProperty(0.999);
  private final DoubleProperty gamma = new SimpleDoubleProperty(0.9);
  private final DoubleProperty rho = new SimpleDoubleProperty(0.9);
  private final DoubleProperty noise = new SimpleDoubleProperty(1);
  private final DoubleProperty batchSize = new SimpleDoubleProperty(10);
  private final ReadOnlyStringWrapper setupError = new ReadOnlyStringWrapper("");
  private final ReadOnlyObjectWrapper<StepSizeBands> bands = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyObjectWrapper<Frame> frame = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyBooleanWrapper playing = new ReadOnlyBooleanWrapper(false);
  private final DoubleProperty speed = new SimpleDoubleProperty(4);
  private final BooleanProperty tangent = new SimpleBooleanProperty(true);
  private final BooleanProperty gradientArrow = new SimpleBooleanProperty(true);
  private final BooleanProperty lossLog = new SimpleBooleanProperty(false);
  private final ReadOnlyLongWrapper objectiveVersion = new ReadOnlyLongWrapper(0);
  private final ReadOnlyObjectWrapper<Objective> objective = new ReadOnlyObjectWrapper<>();

  private RunSpec base = RunSpec.EMPTY;
  private String objectiveKey = "";
  private boolean loading;
  private long lastPulse = -1;
  private Frame lastFrame;

  /**
   * @param worker where runs execute: a single daemon thread in the app, {@code Runnable::run} in tests
   */
  public MainViewModel(PresetLibrary library, Executor worker) {
    this.library = library;
    this.scheduler = new RunScheduler(worker, finished::set);
    speed.addListener((obs, old, v) -> playback.setSpeed(v.doubleValue()));
    preset.addListener((obs, old, p) -> loadPreset(p, 0));
    runIndex.addListener((obs, old, i) -> {
      if (!loading && preset.get() != null && i.intValue() >= 0) {
        loadPreset(preset.get(), i.intValue());
      }
    });
    List<ObservableValue<?>> settings = List.of(functionText, startText, method, eta, stepsText, seedText, beta,
        beta1, beta2, gamma, rho, noise, batchSize);
    for (ObservableValue<?> setting : settings) {
      setting.addListener((obs, old, value) -> {
        if (!loading) {
          rerun(true);
        }
      });
    }
  }

  public List<Preset> presets() {
    return library.all();
  }

  // ---- loading a preset ------------------------------------------------------------------------

  private void loadPreset(Preset p, int run) {
    if (p == null) {
      return;
    }
    loading = true;
    try {
      List<String> labels = new ArrayList<>();
      for (int i = 0; i < p.runs().size(); i++) {
        RunSpec r = p.runs().get(i);
        labels.add(r.label() != null ? r.label() : "run " + (i + 1));
      }
      if (!runLabels.equals(labels)) {
        runLabels.setAll(labels);
      }
      int index = Math.max(0, Math.min(run, Math.max(0, labels.size() - 1)));
      runIndex.set(labels.isEmpty() ? 0 : index);
      base = p.runs().isEmpty() ? p.base() : p.base().overriddenBy(p.runs().get(index));
      boolean data = base.data() != null;
      functionEditable.set(!data);
      functionText.set(data ? "least-squares loss over the preset's data" : nonNull(base.function()));
      functionError.set("");
      startText.set(base.start() != null ? formatPoint(base.start()) : "");
      Method m = Method.byId(base.method() == null ? "gd" : base.method()).orElse(Method.GD);
      method.set(m);
      eta.set(base.eta() != null ? base.eta() : m.defaultEta());
      stepsText.set(Long.toString(base.steps() != null ? base.steps() : SetupResolver.DEFAULT_STEPS));
      seedText.set(Long.toString(base.seed() != null ? base.seed() : 0));
      beta.set(valueOr(base.beta(), 0.9));
      beta1.set(valueOr(base.beta1(), 0.9));
      beta2.set(valueOr(base.beta2(), 0.999));
      gamma.set(valueOr(base.gamma(), 0.9));
      rho.set(valueOr(base.rho(), 0.9));
      noise.set(valueOr(base.noise(), 1));
      batchSize.set(base.batchSize() != null ? base.batchSize() : 10);
    } finally {
      loading = false;
    }
    playback.reset();
    rerun(false);
    if (startText.get().isEmpty() && frame.get() != null) {
      // a random start (step-size-candidates): show the point the run drew
      loading = true;
      startText.set(formatPoint(frame.get().trajectory().x(0)));
      loading = false;
    }
  }

  // ---- running ---------------------------------------------------------------------------------

  /** Builds the setup from the current settings and posts it; problems go to the error properties. */
  private void rerun(boolean settingChanged) {
    RunSpec spec;
    try {
      spec = currentSpec();
    } catch (SetupException e) {
      return; // the field's own error is shown; the last good run stays
    }
    Objective f;
    try {
      f = objectiveFor(spec);
    } catch (SetupException e) {
      setupError.set(e.getMessage());
      return;
    }
    try {
      RunSetup setup = SetupResolver.resolve(spec, preset.get() != null ? preset.get().name() : "run", f);
      setupError.set("");
      bands.set(StepSizeBands.at(f, setup.start()));
      if (settingChanged) {
        playback.showAll();
      }
      finished.set(null);
      scheduler.submit(setup);
      pulse(System.nanoTime());
    } catch (SetupException e) {
      setupError.set(e.getMessage());
    }
  }

  /** The preset's settings with what the controls say on top. */
  private RunSpec currentSpec() {
    Method m = method.get();
    List<String> used = m.parameters();
    String function = functionEditable.get() ? parsedFunction() : null;
    double[] start = parseStart();
    long steps = parseWhole(stepsText.get(), "steps", 0);
    long seed = parseWhole(seedText.get(), "seed", Long.MIN_VALUE);
    return base.overriddenBy(new RunSpec(null, function, null, null, null, start, null, m.id(), eta.get(), steps,
        seed, null, null, null,
        used.contains("beta") ? beta.get() : null,
        used.contains("beta1") ? beta1.get() : null,
        used.contains("beta2") ? beta2.get() : null,
        null,
        used.contains("gamma") ? gamma.get() : null,
        used.contains("rho") ? rho.get() : null,
        used.contains("noise") ? noise.get() : null,
        used.contains("batchSize") ? (int) Math.rint(batchSize.get()) : null,
        null, null, null, null, null, null));
  }

  /** The function text if it parses; otherwise the error with its column is shown and the old text kept. */
  private String parsedFunction() {
    String text = functionText.get();
    try {
      SetupResolver.function(text, base.constants());
      functionError.set("");
      return text;
    } catch (SetupException e) {
      functionError.set(e.getMessage().replaceFirst("^function '.*?': ", ""));
      throw e;
    }
  }

  private double[] parseStart() {
    String text = startText.get().trim();
    if (text.isEmpty() && base.start() == null && base.randomStart() != null) {
      startError.set("");
      return null;
    }
    String[] parts = text.split("[,;\\s]+");
    double[] start = new double[parts.length];
    for (int i = 0; i < parts.length; i++) {
      try {
        start[i] = Double.parseDouble(parts[i]);
        if (!Double.isFinite(start[i])) {
          throw new NumberFormatException();
        }
      } catch (NumberFormatException e) {
        startError.set("start: '" + parts[i] + "' is not a number (write e.g. -5, -2)");
        throw new SetupException(startError.get());
      }
    }
    startError.set("");
    return start;
  }

  private long parseWhole(String text, String what, long min) {
    try {
      long v = Long.parseLong(text.trim());
      if (v < min) {
        throw new NumberFormatException();
      }
      return v;
    } catch (NumberFormatException e) {
      setupError.set(what + " must be a whole number" + (min == 0 ? " ≥ 0" : "") + ", got '" + text + "'");
      throw new SetupException(setupError.get());
    }
  }

  /** The objective, rebuilt only when its definition changes (not for every η). */
  private Objective objectiveFor(RunSpec spec) {
    String function = spec.function() == null ? null : spec.function().strip();
    String key = (preset.get() == null ? "" : preset.get().name()) + "#" + runIndex.get() + "#" + function
        + "#" + spec.rotate() + "#" + (spec.data() == null ? "" : System.identityHashCode(spec.data()));
    if (!key.equals(objectiveKey) || objective.get() == null) {
      Objective f = SetupResolver.objective(spec, preset.get() == null ? "data" : preset.get().description());
      objectiveKey = key;
      objective.set(f);
      derivativeText.set(String.join("\n", f.derivativeText()));
      objectiveVersion.set(objectiveVersion.get() + 1);
    }
    return objective.get();
  }

  // ---- frames and playback ---------------------------------------------------------------------

  /** Called once per frame (an AnimationTimer in the app): advances playback and publishes a frame if anything changed. */
  public void pulse(long now) {
    double seconds = lastPulse < 0 ? 0 : Math.max(0, Math.min(0.25, (now - lastPulse) / 1e9));
    lastPulse = now;
    RunScheduler.ActiveRun run = scheduler.current();
    if (run == null) {
      return;
    }
    RunResult done = finished.get();
    Outcome outcome = done != null && done.runId() == run.id() ? done.outcome() : null;
    int available = run.trajectory().size();
    if (available == 0) {
      return; // the worker has not produced the start point yet: keep showing the last frame
    }
    playback.advance(seconds, available, outcome != null);
    int shown = playback.shown(available);
    playing.set(playback.playing());
    Frame previous = lastFrame;
    if (previous != null && previous.runId() == run.id() && previous.shown() == shown
        && previous.outcome() == outcome && previous.objectiveVersion() == objectiveVersion.get()) {
      return;
    }
    lastFrame = new Frame(run.id(), run.setup(), run.trajectory(), shown, outcome, bands.get(),
        banner(run.setup(), outcome), objectiveVersion.get());
    frame.set(lastFrame);
  }

  /** "diverged at step k", "left the domain …", or for gd on a quadratic past 2/L, "diverging". */
  static String banner(RunSetup setup, Outcome outcome) {
    if (outcome != null && (outcome.kind() == Outcome.Kind.DIVERGED || outcome.kind() == Outcome.Kind.LEFT_DOMAIN)) {
      return outcome.message();
    }
    if (setup.method() == Method.GD && !setup.maximize()) {
      StepSizeBands b = StepSizeBands.at(setup.objective(), setup.start());
      if (b != null && !b.local() && setup.eta() > b.stabilityLimit()) {
        return String.format(Locale.ROOT, "diverging: η = %s > 2/L = %s, so |x − x*| grows at every step",
            Numbers.format(setup.eta()), Numbers.format(Double.parseDouble(String.format(Locale.ROOT, "%.4g",
                b.stabilityLimit()))));
      }
    }
    return null;
  }

  private int available() {
    RunScheduler.ActiveRun run = scheduler.current();
    return run == null ? 0 : run.trajectory().size();
  }

  private boolean runFinished() {
    RunScheduler.ActiveRun run = scheduler.current();
    RunResult done = finished.get();
    return run != null && done != null && done.runId() == run.id();
  }

  public void togglePlay() {
    if (playback.playing()) {
      playback.pause(available());
    } else {
      playback.play(available(), runFinished());
    }
    pulse(System.nanoTime());
  }

  public void step() {
    playback.step(available());
    pulse(System.nanoTime());
  }

  public void reset() {
    playback.reset();
    pulse(System.nanoTime());
  }

  /** Jump to the end of the run. */
  public void end() {
    playback.end();
    pulse(System.nanoTime());
  }

  /** A start point picked on the plot (x, or x1 and x2; further coordinates keep their values). */
  public void pickStart(double[] point) {
    if (point.length == 0) {
      return;
    }
    double[] start;
    try {
      start = parseStart();
    } catch (SetupException e) {
      start = null;
    }
    double[] merged = start != null && start.length >= point.length ? start.clone() : point.clone();
    System.arraycopy(point, 0, merged, 0, point.length);
    for (int i = 0; i < merged.length; i++) {
      merged[i] = Double.parseDouble(String.format(Locale.ROOT, "%.4g", merged[i]));
    }
    startText.set(formatPoint(merged));
  }

  /** Where to hold coordinates beyond x2 when a frame's objective is shown as a 2D slice. */
  public static double[] sliceAt(Frame frame) {
    if (frame.setup().objective() instanceof DataObjective d) {
      double[] exact = d.closedFormMinimizer();
      if (exact != null) {
        return exact;
      }
    }
    return frame.setup().start();
  }

  static String formatPoint(double[] x) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < x.length; i++) {
      s.append(i == 0 ? "" : ", ").append(Numbers.format(x[i]));
    }
    return s.toString();
  }

  private static String nonNull(String s) {
    return s == null ? "" : s;
  }

  private static double valueOr(Double v, double d) {
    return v != null ? v : d;
  }

  // ---- properties --------------------------------------------------------------------------------

  public ObjectProperty<Preset> presetProperty() {
    return preset;
  }

  public ObservableList<String> runLabels() {
    return runLabels;
  }

  public IntegerProperty runIndexProperty() {
    return runIndex;
  }

  public StringProperty functionTextProperty() {
    return functionText;
  }

  public ReadOnlyStringProperty functionErrorProperty() {
    return functionError.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty functionEditableProperty() {
    return functionEditable.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty derivativeTextProperty() {
    return derivativeText.getReadOnlyProperty();
  }

  public StringProperty startTextProperty() {
    return startText;
  }

  public ReadOnlyStringProperty startErrorProperty() {
    return startError.getReadOnlyProperty();
  }

  public ObjectProperty<Method> methodProperty() {
    return method;
  }

  public DoubleProperty etaProperty() {
    return eta;
  }

  public StringProperty stepsTextProperty() {
    return stepsText;
  }

  public StringProperty seedTextProperty() {
    return seedText;
  }

  public DoubleProperty betaProperty() {
    return beta;
  }

  public DoubleProperty beta1Property() {
    return beta1;
  }

  public DoubleProperty beta2Property() {
    return beta2;
  }

  public DoubleProperty gammaProperty() {
    return gamma;
  }

  public DoubleProperty rhoProperty() {
    return rho;
  }

  public DoubleProperty noiseProperty() {
    return noise;
  }

  public DoubleProperty batchSizeProperty() {
    return batchSize;
  }

  public ReadOnlyStringProperty setupErrorProperty() {
    return setupError.getReadOnlyProperty();
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

  public ReadOnlyObjectProperty<Objective> objectiveProperty() {
    return objective.getReadOnlyProperty();
  }
}
