package gdviz.ui.method;

import gdviz.model.format.Numbers;
import gdviz.model.method.Knob;
import gdviz.model.method.Method;
import java.util.function.IntSupplier;
import javafx.collections.MapChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * A control for every knob of the shown method, built from the knobs' declarations (no code per
 * knob): a slider for a number (linear, log, or log of 1 − value as the knob says) with its value
 * beside it, a check box for a flag, a list for a choice, a field for an interval. Each writes its
 * value into {@link MethodSettings#knobs()} and follows it.
 */
public final class KnobControls extends VBox {
  private final MethodSettings settings;
  private final IntSupplier samples;
  /** The listeners the current controls put on the knob values, removed when they are rebuilt. */
  private final java.util.List<MapChangeListener<String, Object>> listening = new java.util.ArrayList<>();

  /** @param samples the data set's size, where a knob's slider reaches it (the batch size) */
  public KnobControls(MethodSettings settings, IntSupplier samples) {
    this.settings = settings;
    this.samples = samples;
    setSpacing(4);
    settings.methodProperty().addListener((obs, old, m) -> build(m));
    build(settings.methodProperty().get());
  }

  private void build(Method m) {
    listening.forEach(settings.knobs()::removeListener);
    listening.clear();
    getChildren().clear();
    if (m == null) {
      return;
    }
    for (Knob k : m.knobs()) {
      Node control = switch (k.type()) {
        case REAL, INTEGER -> slider(k);
        case FLAG -> flag(k);
        case CHOICE -> choice(k);
        case INTERVAL -> interval(k);
      };
      getChildren().add(control);
    }
  }

  private void follow(MapChangeListener<String, Object> listener) {
    listening.add(listener);
    settings.knobs().addListener(listener);
  }

  private HBox row(Knob k, Node control) {
    Label name = new Label(k.symbol());
    name.setMinWidth(Label.USE_PREF_SIZE);
    name.setTooltip(new Tooltip(k.help()));
    HBox.setHgrow(control, Priority.ALWAYS);
    HBox row = new HBox(6, name, control);
    row.setAlignment(Pos.CENTER_LEFT);
    row.setId(k.name());
    return row;
  }

  private Node slider(Knob k) {
    double max = Double.isFinite(k.sliderMax()) ? k.sliderMax() : Math.max(10, samples.getAsInt());
    Slider slider = new Slider(toSlider(k, k.sliderMin()), toSlider(k, max), toSlider(k, current(k)));
    slider.setId(k.name() + "Slider");
    Label shown = new Label(text(k, current(k)));
    shown.setMinWidth(Label.USE_PREF_SIZE);
    shown.setPrefWidth(58);
    boolean[] syncing = {false};
    slider.valueProperty().addListener((obs, old, v) -> {
      if (!syncing[0]) {
        syncing[0] = true;
        settings.knobs().put(k.name(), fromSlider(k, v.doubleValue()));
        syncing[0] = false;
      }
    });
    follow(c -> {
      if (c.getKey().equals(k.name()) && c.wasAdded()) {
        shown.setText(text(k, current(k)));
        if (!syncing[0]) {
          syncing[0] = true;
          slider.setValue(toSlider(k, current(k)));
          syncing[0] = false;
        }
      }
    });
    HBox row = row(k, slider);
    row.getChildren().add(shown);
    return row;
  }

  private double current(Knob k) {
    double v = settings.number(k.name());
    return Double.isNaN(v) ? ((Number) k.defaultValue()).doubleValue() : v;
  }

  private static String text(Knob k, double v) {
    return k.type() == Knob.Type.INTEGER ? Long.toString(Math.round(v)) : Numbers.compact(v, 4);
  }

  /** Where a value sits on the knob's slider. */
  static double toSlider(Knob k, double v) {
    return switch (k.scale()) {
      case LINEAR -> v;
      case LOG -> Math.log10(Math.max(v, Double.MIN_NORMAL));
      case LOG_ONE_MINUS -> -Math.log10(Math.max(1 - v, Double.MIN_NORMAL));
    };
  }

  /** The value at a slider position, rounded as a user would set it: 4 significant digits, or whole. */
  static Object fromSlider(Knob k, double position) {
    double v = switch (k.scale()) {
      case LINEAR -> position;
      case LOG -> Math.pow(10, position);
      case LOG_ONE_MINUS -> 1 - Math.pow(10, -position);
    };
    if (k.type() == Knob.Type.INTEGER) {
      return (int) Math.max(k.min(), Math.rint(v));
    }
    return k.scale() == Knob.Scale.LOG_ONE_MINUS ? 1 - Numbers.round(1 - v, 3) : Numbers.round(v, 4);
  }

  private Node flag(Knob k) {
    CheckBox box = new CheckBox(k.help());
    box.setId(k.name() + "Box");
    box.setWrapText(true);
    box.setSelected(Boolean.TRUE.equals(settings.knobs().get(k.name())));
    box.selectedProperty().addListener((obs, old, on) -> settings.knobs().put(k.name(), on));
    follow(c -> {
      if (c.getKey().equals(k.name()) && c.wasAdded()) {
        box.setSelected(Boolean.TRUE.equals(c.getValueAdded()));
      }
    });
    return box;
  }

  private Node choice(Knob k) {
    ChoiceBox<String> box = new ChoiceBox<>();
    box.setId(k.name() + "Choice");
    box.getItems().setAll(k.choices());
    box.setValue((String) settings.knobs().get(k.name()));
    box.setTooltip(new Tooltip(k.help()));
    box.valueProperty().addListener((obs, old, v) -> {
      if (v != null) {
        settings.knobs().put(k.name(), v);
      }
    });
    follow(c -> {
      if (c.getKey().equals(k.name()) && c.wasAdded()) {
        box.setValue((String) c.getValueAdded());
      }
    });
    return row(k, box);
  }

  private Node interval(Knob k) {
    TextField field = new TextField(Knob.text(settings.knobs().get(k.name())));
    field.setId(k.name() + "Field");
    field.setPromptText(k.help());
    Label error = new Label();
    error.getStyleClass().add("error");
    error.setWrapText(true);
    error.managedProperty().bind(error.visibleProperty());
    error.setVisible(false);
    field.setOnAction(e -> commit(k, field, error));
    field.focusedProperty().addListener((obs, was, focused) -> {
      if (!focused) {
        commit(k, field, error);
      }
    });
    return new VBox(2, row(k, field), error);
  }

  private void commit(Knob k, TextField field, Label error) {
    String text = field.getText().trim();
    try {
      if (text.isEmpty()) {
        settings.knobs().remove(k.name());
      } else {
        Object v = k.parse(text);
        k.check(settings.methodProperty().get().id(), v);
        settings.knobs().put(k.name(), v);
      }
      error.setVisible(false);
    } catch (IllegalArgumentException e) {
      error.setText(e.getMessage());
      error.setVisible(true);
    }
  }
}
