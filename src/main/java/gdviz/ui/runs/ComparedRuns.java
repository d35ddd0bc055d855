package gdviz.ui.runs;

import gdviz.model.analysis.EtaComparison;
import gdviz.model.analysis.StepSizeBands;
import gdviz.model.format.Numbers;
import gdviz.model.optim.Methods;
import gdviz.model.preset.Preset;
import gdviz.model.preset.RunOverrides;
import gdviz.ui.playback.FrameSource;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The runs compared on one plot and which one the controls edit: those a preset opens with, and
 * those the teacher adds (a copy to vary, the classic three η, damped Newton). The settings every
 * run starts from are the preset's ({@link #base()}).
 */
public final class ComparedRuns {
  private final ObservableList<ComparedRun> runs = FXCollections.observableArrayList();
  private final IntegerProperty selected = new SimpleIntegerProperty(0);
  private final ReadOnlyStringWrapper selectedLabel = new ReadOnlyStringWrapper("");
  private RunOverrides base = RunOverrides.EMPTY;
  private int nextColour;

  public ComparedRuns() {
    // the selected run's label, also when it is renamed (the controls' heading names it)
    javafx.beans.InvalidationListener follow = o -> selectedLabel.set(runs.isEmpty() ? "" : selected().label());
    selected.addListener(follow);
    runs.addListener((javafx.collections.ListChangeListener<ComparedRun>) change -> {
      while (change.next()) {
        change.getAddedSubList().forEach(r -> {
          r.labelProperty().addListener(follow);
          r.visibleProperty().addListener(hidden);
        });
        change.getRemoved().forEach(r -> {
          r.labelProperty().removeListener(follow);
          r.visibleProperty().removeListener(hidden);
        });
      }
      follow.invalidated(runs);
    });
  }

  /** Unticking the selected run selects the first run still shown: the controls, table and status follow it. */
  private final javafx.beans.InvalidationListener hidden = o -> {
    if (!runs.isEmpty() && !selected().visible()) {
      for (int i = 0; i < runs.size(); i++) {
        if (runs.get(i).visible()) {
          selected.set(i);
          return;
        }
      }
    }
  };

  /** Whether every run is unticked in the legend: nothing is drawn, and the table and status say so. */
  public boolean allHidden() {
    return runs.stream().noneMatch(ComparedRun::visible);
  }

  /** The label of the run the controls edit, kept up to date when it is renamed. */
  public ReadOnlyStringProperty selectedLabelProperty() {
    return selectedLabel.getReadOnlyProperty();
  }

  public ObservableList<ComparedRun> list() {
    return runs;
  }

  public IntegerProperty selectedProperty() {
    return selected;
  }

  /** The preset's own settings, under every run's. */
  public RunOverrides base() {
    return base;
  }

  /** The run the controls edit. */
  public ComparedRun selected() {
    return runs.get(Math.max(0, Math.min(selected.get(), runs.size() - 1)));
  }

  /** A run's full settings before the shared fields: the preset's, then its own. */
  public RunOverrides overridesOf(ComparedRun run) {
    return base.overriddenBy(run.own());
  }

  /** The runs a preset opens with: one, named after its method and η, or the preset's list. */
  public void load(Preset p) {
    base = p.base();
    nextColour = 0;
    List<ComparedRun> list = new ArrayList<>();
    if (p.runs().isEmpty()) {
      list.add(new ComparedRun(autoLabel(base), nextColour++, RunOverrides.EMPTY, false));
    } else {
      for (int i = 0; i < p.runs().size(); i++) {
        RunOverrides r = p.runs().get(i);
        boolean named = r.label() != null;
        list.add(new ComparedRun(named ? r.label() : autoLabel(base.overriddenBy(r)), nextColour++, r, named));
      }
    }
    if (p.view() != null && p.view().hidden() != null) {
      list.forEach(r -> r.visibleProperty().set(!p.view().hidden().contains(r.label())));
    }
    runs.setAll(list);
    selected.set(0);
  }

  /** "momentum, η = 0.05": what a run is called when nobody named it. */
  public static String autoLabel(RunOverrides s) {
    String method = s.method() == null ? Methods.standard().id() : s.method();
    double eta = s.eta() != null ? s.eta() : Methods.byId(method).map(m -> m.defaultEta()).orElse(0.1);
    return method + ", η = " + Numbers.format(eta);
  }

  /** After the controls changed a run's own settings: a run nobody named is renamed after them. */
  public void renamed(ComparedRun run) {
    if (!run.named()) {
      run.labelProperty().set(uniqueLabel(autoLabel(overridesOf(run)), run));
    }
  }

  /** Adds a copy of the selected run (to vary one setting against it) and selects it. */
  public void addCopyOfSelected() {
    ComparedRun source = selected();
    runs.add(new ComparedRun(uniqueLabel(source.label() + " copy", null), nextColour++, source.own(), false));
    selected.set(runs.size() - 1);
  }

  /** Removes a run (the last one stays); returns whether it did. */
  public boolean remove(int index) {
    if (runs.size() <= 1 || index < 0 || index >= runs.size()) {
      return false;
    }
    int keep = selected.get();
    runs.remove(index);
    selected.set(Math.max(0, keep >= index ? keep - 1 : keep));
    return true;
  }

  /** The classic slide from the selected run: its method at three η chosen by {@link EtaComparison}. */
  public void compareLearningRates(double eta, StepSizeBands bands) {
    ComparedRun source = selected();
    String method = overridesOf(source).method() == null ? Methods.standard().id() : overridesOf(source).method();
    nextColour = 0;
    List<ComparedRun> list = new ArrayList<>();
    for (EtaComparison.Choice c : EtaComparison.around(eta, bands)) {
      RunOverrides own = source.own().overriddenBy(RunOverrides.builder().method(method).eta(c.eta()).build());
      list.add(new ComparedRun(c.label(), nextColour++, own, false));
    }
    runs.setAll(list);
    selected.set(1);
  }

  /** Beside a Newton run, the same with half the step (damped Newton). */
  public void addDampedNewton() {
    ComparedRun source = selected();
    RunOverrides s = overridesOf(source);
    double damped = Numbers.round((s.eta() != null ? s.eta() : 1.0) / 2, 3);
    RunOverrides own = source.own().overriddenBy(RunOverrides.builder().method("newton").eta(damped).build());
    runs.add(new ComparedRun(uniqueLabel("damped newton, η = " + Numbers.format(damped), null), nextColour++, own,
        false));
  }

  /** Each run's look for the frames. */
  public List<FrameSource.Look> looks() {
    return runs.stream().map(ComparedRun::look).toList();
  }

  /** The whole set as a preset: the shared settings, and each run's own when several are compared. */
  public Preset scenario(Preset p, RunOverrides shared, Preset.ViewSpec view) {
    RunOverrides merged = base.overriddenBy(shared);
    List<RunOverrides> own = new ArrayList<>();
    if (runs.size() > 1) {
      for (ComparedRun r : runs) {
        own.add(r.own().overriddenBy(RunOverrides.builder().label(r.label()).build()));
      }
    } else {
      merged = merged.overriddenBy(runs.get(0).own());
    }
    String name = p == null ? "scenario" : p.name();
    String description = p == null ? "a saved scenario" : p.description();
    return new Preset(name, description, p == null ? 1000 : p.order(), p == null ? Preset.KIND_RUN : p.kind(),
        merged, List.copyOf(own), p == null ? null : p.derivativeCheck(), view);
  }

  private String uniqueLabel(String wanted, ComparedRun except) {
    String label = wanted;
    int n = 2;
    while (true) {
      String candidate = label;
      if (runs.stream().noneMatch(r -> r != except && r.label().equals(candidate))) {
        return label;
      }
      label = wanted + " " + n++;
    }
  }
}
