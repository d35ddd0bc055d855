package gdviz.ui.method;

import gdviz.model.method.Knob;
import gdviz.model.method.Method;
import gdviz.model.optim.Methods;
import gdviz.model.preset.RunOverrides;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.MapChangeListener;
import javafx.collections.ObservableMap;

/**
 * The method, η and knob values of the run the controls edit. The knobs are those the method
 * declares, each holding its run's value or the method's default; the controls are built from
 * the same declarations ({@link KnobControls}). Tells one listener of every change a user makes,
 * not of the changes {@link #show} makes.
 */
public final class MethodSettings {
  private final ObjectProperty<Method> method = new SimpleObjectProperty<>(Methods.standard());
  private final DoubleProperty eta = new SimpleDoubleProperty(0.1);
  /** The selected run's η as the example opened it: the η slider's mark, and H. */
  private final DoubleProperty exampleEta = new SimpleDoubleProperty(Double.NaN);
  /** The learning-rate schedule as typed ("constant", "step:0.5:10" …). */
  private final StringProperty schedule = new SimpleStringProperty("constant");
  private final ObservableMap<String, Object> knobs = FXCollections.observableHashMap();
  private Runnable onEdit = () -> { };
  private boolean showing;

  public MethodSettings() {
    method.addListener((obs, old, m) -> {
      if (!showing && m != null) {
        showing = true;
        try {
          fillKnobs(m, RunOverrides.EMPTY);
        } finally {
          showing = false;
        }
      }
      edited();
    });
    eta.addListener((obs, old, v) -> edited());
    schedule.addListener((obs, old, v) -> edited());
    knobs.addListener((MapChangeListener<String, Object>) c -> edited());
  }

  /** Called after each change a user makes (a slider, the method, a knob). */
  public void setOnEdit(Runnable action) {
    onEdit = action;
  }

  private void edited() {
    if (!showing) {
      onEdit.run();
    }
  }

  /** Shows a run's settings (its own over the preset's), without telling the listener. */
  public void show(RunOverrides overrides) {
    showing = true;
    try {
      Method m = overrides.method() == null ? Methods.standard() : Methods.byId(overrides.method())
          .orElse(Methods.standard());
      method.set(m);
      eta.set(overrides.eta() != null ? overrides.eta() : m.defaultEta());
      schedule.set(overrides.schedule() == null ? "constant" : overrides.schedule());
      fillKnobs(m, overrides);
    } finally {
      showing = false;
    }
  }

  private void fillKnobs(Method m, RunOverrides overrides) {
    knobs.clear();
    for (Knob k : m.knobs()) {
      Object v = overrides.knob(k.name());
      if (v == null) {
        v = k.defaultValue();
      }
      if (v != null) {
        knobs.put(k.name(), v);
      }
    }
  }

  /** The controls' method, η and knob values, as a run's own settings. */
  public RunOverrides asOverrides() {
    Method m = method.get();
    String s = schedule.get() == null ? "" : schedule.get().trim();
    // "constant" said explicitly: a run set back to constant must override a schedule it had
    RunOverrides.Builder b = RunOverrides.builder().method(m.id()).eta(eta.get()).schedule(s.isEmpty() ? "constant" : s);
    for (Knob k : m.knobs()) {
      b.knob(k.name(), knobs.get(k.name()));
    }
    return b.build();
  }

  public ObjectProperty<Method> methodProperty() {
    return method;
  }

  public DoubleProperty etaProperty() {
    return eta;
  }

  public StringProperty scheduleProperty() {
    return schedule;
  }

  /** The shown method's knob values by name (a control sets one with {@code put}). */
  public ObservableMap<String, Object> knobs() {
    return knobs;
  }

  /** One knob's value as a number (sliders), or NaN. */
  public double number(String name) {
    return knobs.get(name) instanceof Number n ? n.doubleValue() : Double.NaN;
  }

  /** The η shown now is the example's own (an example was opened). */
  public void markExampleEta() {
    exampleEta.set(eta.get());
  }

  /** The selected run's η as the example opened it (NaN before one is open). */
  public javafx.beans.property.ReadOnlyDoubleProperty exampleEtaProperty() {
    return exampleEta;
  }

  /** Back to the example's own η (H). */
  public void returnToExampleEta() {
    if (exampleEta.get() > 0) {
      eta.set(exampleEta.get());
    }
  }
}
