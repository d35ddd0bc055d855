package gdviz.ui;

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
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executor;
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
 * The state of the main window: which example, the shared settings (function, start, steps,
 * seed, rotation), one or more compared runs each with its own method, η and parameters (the
 * controls edit the selected one), and the playhead over them. Every change posts one request for
 * all runs (the newest wins, on the worker); iterates reach the view through {@link #pulse},
 * called once per frame, which publishes at most one new {@link Frame}.
 */
public final class MainViewModel {
  /** One run as drawn in a frame. {@code sameFunction}: it runs on the selected run's function. */
  public record RunFrame(String label, int colour, boolean visible, boolean sameFunction, RunSetup setup,
      Trajectory trajectory, int shown, Outcome outcome) {
    public int current() {
      return shown - 1;
    }
  }

  /** What the views draw in one frame: every run, and which one the controls edit. */
  public record Frame(long runId, List<RunFrame> runs, int selected, StepSizeBands bands, String banner,
      long objectiveVersion) {
    public RunFrame selectedRun() {
      return runs.get(selected);
    }

    public RunSetup setup() {
      return selectedRun().setup();
    }

    public Trajectory trajectory() {
      return selectedRun().trajectory();
    }

    public int shown() {
      return selectedRun().shown();
    }

    public Outcome outcome() {
      return selectedRun().outcome();
    }

    public int current() {
      return selectedRun().current();
    }

    public boolean compare() {
      return runs.size() > 1;
    }
  }

  /**
   * At most this many new iterates enter the view per frame: a run that produces millions per
   * second is shown catching up over a few frames instead of one frame doing all the work.
   */
  static final int MAX_NEW_PER_FRAME = 60_000;

  private final PresetLibrary library;
  private final RunScheduler scheduler;
  private final Playback playback = new Playback();

  private final ObjectProperty<Preset> preset = new SimpleObjectProperty<>();
  private final ObservableList<ComparedRun> runs = FXCollections.observableArrayList();
  private final IntegerProperty selectedRun = new SimpleIntegerProperty(0);
  private final StringProperty functionText = new SimpleStringProperty("");
  private final ReadOnlyStringWrapper functionError = new ReadOnlyStringWrapper("");
  private final ReadOnlyBooleanWrapper functionEditable = new ReadOnlyBooleanWrapper(true);
  private final ReadOnlyStringWrapper derivativeText = new ReadOnlyStringWrapper("");
  private final StringProperty startText = new SimpleStringProperty("");
  private final ReadOnlyStringWrapper startError = new ReadOnlyStringWrapper("");
  private final StringProperty stepsText = new SimpleStringProperty("100");
  private final StringProperty seedText = new SimpleStringProperty("0");
  private final BooleanProperty rotated = new SimpleBooleanProperty(false);
  private final IntegerProperty xAxis = new SimpleIntegerProperty(0);
  private final IntegerProperty yAxis = new SimpleIntegerProperty(1);
  private final ObjectProperty<Method> method = new SimpleObjectProperty<>(Method.GD);
  private final DoubleProperty eta = new SimpleDoubleProperty(0.1);
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
  private final Map<String, Objective> objectives = new HashMap<>();
  private String selectedKey = "";
  private List<String> batchKeys = List.of();
  private boolean loading;
  private long lastPulse = -1;
  private Frame lastFrame;
  private boolean forceFrame;
  private String lastParsedFunction;
  private boolean settingsDirty;
  private boolean ranThisFrame;
  private boolean rerunPending;
  private int nextColour;

  /**
   * @param worker where runs execute: a single daemon thread in the app, {@code Runnable::run} in tests
   */
  public MainViewModel(PresetLibrary library, Executor worker) {
    this.library = library;
    this.scheduler = new RunScheduler(worker);
    speed.addListener((obs, old, v) -> playback.setSpeed(v.doubleValue()));
    preset.addListener((obs, old, p) -> loadPreset(p));
    selectedRun.addListener((obs, old, i) -> {
      if (!loading) {
        if (settingsDirty && old.intValue() >= 0 && old.intValue() < runs.size()) {
          storeSettingsInto(runs.get(old.intValue())); // the run left keeps what its controls said
          settingsDirty = false;
        }
        showSelectedRunSettings();
        rerun(false);
      }
    });
    for (ObservableValue<?> shared : List.of(functionText, startText, stepsText, seedText, rotated, xAxis, yAxis)) {
      shared.addListener((obs, old, value) -> {
        if (!loading) {
          rerun(true);
        }
      });
    }
    for (ObservableValue<?> own : List.of(method, eta, beta, beta1, beta2, gamma, rho, noise, batchSize)) {
      own.addListener((obs, old, value) -> {
        if (!loading) {
          // a slider can move hundreds of times a second: the first change in a frame is run at
          // once; later ones in the same frame only leave the newest value in the controls, stored
          // into the selected run and run at the next frame (in pulse)
          settingsDirty = true;
          if (ranThisFrame) {
            rerunPending = true;
          } else {
            flushSettings();
            rerun(true);
            ranThisFrame = true;
          }
        }
      });
    }
  }

  public List<Preset> presets() {
    return library.all();
  }

  // ---- loading a preset and editing the compared runs -------------------------------------------

  private void loadPreset(Preset p) {
    if (p == null) {
      return;
    }
    objectives.clear();
    lastParsedFunction = null; // the constants may differ
    loading = true;
    try {
      base = p.base();
      nextColour = 0;
      List<ComparedRun> list = new ArrayList<>();
      if (p.runs().isEmpty()) {
        list.add(new ComparedRun(p.name(), nextColour++, RunSpec.EMPTY));
      } else {
        for (int i = 0; i < p.runs().size(); i++) {
          RunSpec r = p.runs().get(i);
          list.add(new ComparedRun(r.label() != null ? r.label() : "run " + (i + 1), nextColour++, r));
        }
      }
      runs.setAll(list);
      selectedRun.set(0);
      RunSpec first = base.overriddenBy(list.get(0).own());
      boolean data = first.data() != null;
      functionEditable.set(!data);
      functionText.set(data ? "least-squares loss over the preset's data" : nonNull(first.function()));
      functionError.set("");
      startText.set(first.start() != null ? formatPoint(first.start()) : "");
      stepsText.set(Long.toString(first.steps() != null ? first.steps() : SetupResolver.DEFAULT_STEPS));
      seedText.set(Long.toString(first.seed() != null ? first.seed() : 0));
      rotated.set(false);
      xAxis.set(0);
      yAxis.set(1);
      showSelectedRunSettings();
    } finally {
      loading = false;
    }
    playback.reset();
    objectives.clear();
    rerun(false);
    if (startText.get().isEmpty() && frame.get() != null) {
      loading = true; // a random start (step-size-candidates): show the point the run drew
      startText.set(formatPoint(frame.get().trajectory().x(0)));
      loading = false;
    }
  }

  /** Puts the selected run's method, η and parameters into the controls. */
  private void showSelectedRunSettings() {
    boolean was = loading;
    loading = true;
    try {
      RunSpec s = base.overriddenBy(selected().own());
      Method m = Method.byId(s.method() == null ? "gd" : s.method()).orElse(Method.GD);
      method.set(m);
      eta.set(s.eta() != null ? s.eta() : m.defaultEta());
      beta.set(valueOr(s.beta(), 0.9));
      beta1.set(valueOr(s.beta1(), 0.9));
      beta2.set(valueOr(s.beta2(), 0.999));
      gamma.set(valueOr(s.gamma(), 0.9));
      rho.set(valueOr(s.rho(), 0.9));
      noise.set(valueOr(s.noise(), 1));
      batchSize.set(s.batchSize() != null ? s.batchSize() : 10);
    } finally {
      loading = was;
    }
  }

  /** Stores settings the controls changed since the last frame into the selected run. */
  private void flushSettings() {
    if (settingsDirty) {
      storeSettingsInto(selected());
      settingsDirty = false;
    }
  }

  /** Writes the controls' method, η and parameters into a run. */
  private void storeSettingsInto(ComparedRun run) {
    Method m = method.get();
    List<String> used = m.parameters();
    run.setOwn(run.own().overriddenBy(new RunSpec(null, null, null, null, null, null, null, m.id(), eta.get(), null,
        null, null, null, null,
        used.contains("beta") ? beta.get() : null,
        used.contains("beta1") ? beta1.get() : null,
        used.contains("beta2") ? beta2.get() : null,
        null,
        used.contains("gamma") ? gamma.get() : null,
        used.contains("rho") ? rho.get() : null,
        used.contains("noise") ? noise.get() : null,
        used.contains("batchSize") ? (int) Math.rint(batchSize.get()) : null,
        null, null, null, null, null, null)));
  }

  private ComparedRun selected() {
    return runs.get(Math.max(0, Math.min(selectedRun.get(), runs.size() - 1)));
  }

  /** Adds a copy of the selected run (to vary one setting against it) and selects it. */
  public void addRun() {
    flushSettings();
    ComparedRun source = selected();
    ComparedRun copy = new ComparedRun(uniqueLabel(source.label() + " copy"), nextColour++, source.own());
    runs.add(copy);
    selectedRun.set(runs.size() - 1);
  }

  /** Removes a run; the last one stays. */
  public void removeRun(int index) {
    flushSettings();
    if (runs.size() <= 1 || index < 0 || index >= runs.size()) {
      return;
    }
    int keep = selectedRun.get();
    loading = true;
    runs.remove(index);
    selectedRun.set(Math.max(0, keep >= index ? keep - 1 : keep));
    loading = false;
    showSelectedRunSettings();
    rerun(false);
  }

  /**
   * The classic slide: the selected run at η/4 (too small), η (just right) and 1.1·2/L (too large),
   * or 5·η where the curvature is unknown. For quadratic-1d: 0.05, 0.2 and 1.1.
   */
  public void compareLearningRates() {
    flushSettings();
    ComparedRun source = selected();
    double right = eta.get();
    StepSizeBands b = bands.get();
    double large = b != null ? round3(1.1 * b.stabilityLimit()) : round3(5 * right);
    double small = round3(right / 4);
    loading = true;
    nextColour = 0;
    List<ComparedRun> list = new ArrayList<>();
    list.add(new ComparedRun("η = " + Numbers.format(small) + " (too small)", nextColour++, withEta(source, small)));
    list.add(new ComparedRun("η = " + Numbers.format(right) + " (just right)", nextColour++, withEta(source, right)));
    list.add(new ComparedRun("η = " + Numbers.format(large) + " (too large)", nextColour++, withEta(source, large)));
    runs.setAll(list);
    selectedRun.set(1);
    loading = false;
    showSelectedRunSettings();
    playback.showAll();
    rerun(false);
  }

  /** Beside a Newton run, the same with half the step (damped Newton). */
  public void addDampedNewton() {
    flushSettings();
    ComparedRun source = selected();
    RunSpec s = base.overriddenBy(source.own());
    double damped = round3((s.eta() != null ? s.eta() : 1.0) / 2);
    RunSpec own = source.own().overriddenBy(onlyMethodAndEta("newton", damped));
    runs.add(new ComparedRun(uniqueLabel("damped newton η = " + Numbers.format(damped)), nextColour++, own));
    playback.showAll();
    rerun(false);
  }

  private RunSpec withEta(ComparedRun source, double value) {
    RunSpec s = base.overriddenBy(source.own());
    return source.own().overriddenBy(onlyMethodAndEta(s.method() == null ? "gd" : s.method(), value));
  }

  private static RunSpec onlyMethodAndEta(String methodId, double value) {
    return new RunSpec(null, null, null, null, null, null, null, methodId, value, null, null, null, null, null, null,
        null, null, null, null, null, null, null, null, null, null, null, null, null);
  }

  private String uniqueLabel(String wanted) {
    String label = wanted;
    int n = 2;
    while (true) {
      String candidate = label;
      if (runs.stream().noneMatch(r -> r.label().equals(candidate))) {
        return label;
      }
      label = wanted + " " + n++;
    }
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
        xAxis.set(v.xAxis());
        yAxis.set(v.yAxis());
      }
      if (v.lossLog() != null) {
        lossLog.set(v.lossLog());
      }
    }
  }

  /** The whole current setup as a preset: shared settings, each run's own, and the given view. */
  public Preset scenario(Preset.ViewSpec view) {
    flushSettings();
    Preset p = preset.get();
    RunSpec shared;
    try {
      shared = sharedSpec();
    } catch (SetupException e) {
      shared = RunSpec.EMPTY; // a field with an error: save what ran last
    }
    RunSpec merged = base.overriddenBy(shared);
    List<RunSpec> own = new ArrayList<>();
    if (runs.size() > 1) {
      for (ComparedRun r : runs) {
        own.add(r.own().overriddenBy(labelled(r.label())));
      }
    } else {
      merged = merged.overriddenBy(runs.get(0).own());
    }
    String name = p == null ? "scenario" : p.name();
    String description = p == null ? "a saved scenario" : p.description();
    return new Preset(name, description, p == null ? 1000 : p.order(), p == null ? Preset.KIND_RUN : p.kind(),
        merged, List.copyOf(own), p == null ? null : p.derivativeCheck(), view);
  }

  private static RunSpec labelled(String label) {
    return new RunSpec(label, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
        null, null, null, null, null, null, null, null, null, null, null, null, null);
  }

  // ---- running ---------------------------------------------------------------------------------

  /** Builds every run's setup from the settings and posts them; problems go to the error properties. */
  private void rerun(boolean settingChanged) {
    rerunPending = false;
    if (runs.isEmpty()) {
      return;
    }
    RunSpec shared;
    // a problem found earlier is about texts that may no longer be in the fields (typing "1e300, 1"
    // passes through "1"): it goes, and comes back below if it still holds
    setupError.set("");
    try {
      shared = sharedSpec();
    } catch (SetupException e) {
      return; // the field's error is shown (steps and seed write theirs here); the last good run stays
    }
    List<RunSetup> setups = new ArrayList<>();
    List<String> keys = new ArrayList<>();
    for (ComparedRun run : runs) {
      RunSpec spec = base.overriddenBy(run.own()).overriddenBy(shared);
      try {
        String key = objectiveKey(spec);
        Objective f = objectives.get(key);
        if (f == null) {
          f = SetupResolver.objective(spec, preset.get() == null ? "data" : preset.get().description());
          objectives.put(key, f);
        }
        setups.add(SetupResolver.resolve(spec, run.label(), f));
        keys.add(key);
      } catch (SetupException e) {
        setupError.set(runs.size() > 1 ? run.label() + ": " + e.getMessage() : e.getMessage());
        return;
      }
    }
    setupError.set("");
    int sel = Math.max(0, Math.min(selectedRun.get(), setups.size() - 1));
    RunSetup chosen = setups.get(sel);
    if (!keys.get(sel).equals(selectedKey) || objective.get() != chosen.objective()) {
      selectedKey = keys.get(sel);
      objective.set(chosen.objective());
      derivativeText.set(String.join("\n", chosen.objective().derivativeText()));
      objectiveVersion.set(objectiveVersion.get() + 1);
    }
    bands.set(StepSizeBands.at(chosen.objective(), chosen.start()));
    batchKeys = List.copyOf(keys);
    scheduler.submitAll(setups);
    if (settingChanged) {
      // a slider can move hundreds of times a second: only post the run; the frame pump draws the
      // newest one once per frame
      playback.showAll();
    } else {
      pulse(System.nanoTime());
    }
  }

  /** The settings every run shares: function (if typed), start, steps, seed, rotation. */
  private RunSpec sharedSpec() {
    String function = functionEditable.get() ? parsedFunction() : null;
    double[] start = parseStart();
    long steps = parseWhole(stepsText.get(), "steps", 0);
    long seed = parseWhole(seedText.get(), "seed", Long.MIN_VALUE);
    return new RunSpec(null, function, null, null, rotated.get() ? 45.0 : null, start, null, null, null, steps, seed,
        null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
  }

  private static String objectiveKey(RunSpec spec) {
    String function = spec.function() == null ? null : spec.function().strip();
    return function + "#" + spec.constants() + "#" + spec.rotate() + "#"
        + (spec.data() == null ? "" : System.identityHashCode(spec.data()));
  }

  /** The function text if it parses; otherwise the error with its column is shown and the old text kept. */
  private String parsedFunction() {
    String text = functionText.get();
    if (text.equals(lastParsedFunction)) {
      return text; // checked already: a slider moving must not re-differentiate the function
    }
    try {
      SetupResolver.function(text, base.constants());
      functionError.set("");
      lastParsedFunction = text;
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
      if (Math.abs(start[i]) > RunSetup.DIVERGENCE_BOUND) { // said beside the field, not under η
        startError.set("start: '" + parts[i] + "' is too far out (|x| ≤ "
            + Numbers.format(RunSetup.DIVERGENCE_BOUND) + ")");
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

  // ---- frames and playback ---------------------------------------------------------------------

  /** Called once per frame (an AnimationTimer in the app): advances playback and publishes a frame if anything changed. */
  public void pulse(long now) {
    if (rerunPending) {
      flushSettings();
      rerun(true);
    }
    ranThisFrame = false;
    double seconds = lastPulse < 0 ? 0 : Math.max(0, Math.min(0.25, (now - lastPulse) / 1e9));
    lastPulse = now;
    RunScheduler.Batch batch = scheduler.currentBatch();
    if (batch == null || batch.runs().get(0).trajectory().size() == 0 || batch.runs().size() != runs.size()) {
      return; // nothing to draw yet: keep showing the last frame
    }
    int available = 0;
    for (RunScheduler.ActiveRun r : batch.runs()) {
      available = Math.max(available, r.trajectory().size());
    }
    playback.advance(seconds, available, batch.finished());
    playing.set(playback.playing());
    int sel = Math.max(0, Math.min(selectedRun.get(), batch.runs().size() - 1));
    List<RunFrame> frames = new ArrayList<>();
    for (int i = 0; i < batch.runs().size(); i++) {
      RunScheduler.ActiveRun r = batch.runs().get(i);
      ComparedRun c = runs.get(i);
      Outcome outcome = r.result() == null ? null : r.result().outcome();
      int shown = playback.shown(r.trajectory().size());
      int before = lastFrame != null && lastFrame.runId() == batch.id() && i < lastFrame.runs().size()
          ? lastFrame.runs().get(i).shown() : 0;
      shown = (int) Math.min(shown, (long) before + MAX_NEW_PER_FRAME);
      frames.add(new RunFrame(c.label(), c.colour(), c.visible(), batchKeys.size() > i && batchKeys.get(i)
          .equals(batchKeys.get(sel)), r.setup(), r.trajectory(), shown, outcome));
    }
    Frame previous = lastFrame;
    if (!forceFrame && previous != null && previous.runId() == batch.id() && previous.selected() == sel
        && previous.objectiveVersion() == objectiveVersion.get() && previous.runs().equals(frames)) {
      return;
    }
    RunFrame chosen = frames.get(sel);
    forceFrame = false;
    lastFrame = new Frame(batch.id(), List.copyOf(frames), sel, bands.get(), banner(chosen.setup(), chosen.outcome()),
        objectiveVersion.get());
    frame.set(lastFrame);
  }

  /** Republishes the frame (a run was shown or hidden). */
  public void refresh() {
    forceFrame = true;
    pulse(System.nanoTime());
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
            Numbers.format(setup.eta()), Numbers.format(round4(b.stabilityLimit())));
      }
    }
    return null;
  }

  private int available() {
    RunScheduler.Batch batch = scheduler.currentBatch();
    if (batch == null) {
      return 0;
    }
    return batch.runs().stream().mapToInt(r -> r.trajectory().size()).max().orElse(0);
  }

  private boolean runFinished() {
    RunScheduler.Batch batch = scheduler.currentBatch();
    return batch != null && batch.finished();
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

  /** Show iterate k (a row picked in the iterates table), paused. */
  public void showIterate(int k) {
    playback.seek(k);
    pulse(System.nanoTime());
  }

  /** A start point picked on the plot (on the plane shown; other coordinates keep their values). */
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
    double[] merged;
    if (point.length == 1) {
      merged = new double[] {point[0]};
    } else {
      merged = start != null && start.length >= 2 ? start.clone() : point.clone();
      merged[xAxis.get()] = point[0];
      merged[yAxis.get()] = point[1];
    }
    for (int i = 0; i < merged.length; i++) {
      merged[i] = Double.parseDouble(String.format(Locale.ROOT, "%.4g", merged[i]));
    }
    startText.set(formatPoint(merged));
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

  static String formatPoint(double[] x) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < x.length; i++) {
      s.append(i == 0 ? "" : ", ").append(Numbers.format(x[i]));
    }
    return s.toString();
  }

  private static double round3(double v) {
    return Double.parseDouble(String.format(Locale.ROOT, "%.3g", v));
  }

  private static double round4(double v) {
    return Double.parseDouble(String.format(Locale.ROOT, "%.4g", v));
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

  public ObservableList<ComparedRun> runs() {
    return runs;
  }

  public IntegerProperty selectedRunProperty() {
    return selectedRun;
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

  public BooleanProperty rotatedProperty() {
    return rotated;
  }

  public IntegerProperty xAxisProperty() {
    return xAxis;
  }

  public IntegerProperty yAxisProperty() {
    return yAxis;
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
