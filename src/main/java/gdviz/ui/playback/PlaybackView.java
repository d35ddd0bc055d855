package gdviz.ui.playback;

import gdviz.model.format.Numbers;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Play, step and reset, the speed in steps per second, and what the plots draw besides the path. */
public final class PlaybackView extends VBox {
  /** What the buttons do. */
  public record Actions(Runnable togglePlay, Runnable step, Runnable stepBack, Runnable reset) {}

  /** The toggles shown under the buttons. */
  public record Toggles(BooleanProperty tangent, BooleanProperty gradientArrow, BooleanProperty lossLog,
      BooleanProperty seededRuns, javafx.beans.property.IntegerProperty seededCount, BooleanProperty manyStarts,
      javafx.beans.property.StringProperty startsSpec) {}

  /** What the starts box offers (any grid:NxM, grid:N or ring:N may be typed). */
  static final java.util.List<String> STARTS = java.util.List.of("grid:5x5", "grid:7x7", "grid:10x10", "ring:12",
      "ring:24", "grid:9", "grid:21");

  public PlaybackView(Actions actions, ObservableBooleanValue playing, DoubleProperty speed, Toggles toggles) {
    setSpacing(6);
    Button play = new Button("Play");
    play.setId("playButton");
    play.setMinWidth(70);
    play.textProperty().bind(javafx.beans.binding.Bindings.when(playing).then("Pause").otherwise("Play"));
    play.setOnAction(e -> actions.togglePlay().run());
    Button step = new Button("Step");
    step.setOnAction(e -> actions.step().run());
    Button back = new Button("Back");
    back.setId("stepBackButton");
    back.setOnAction(e -> actions.stepBack().run());
    Button reset = new Button("Reset");
    reset.setOnAction(e -> actions.reset().run());
    Slider speedSlider = new Slider(0, 3, 0.6);
    speedSlider.setId("speedSlider");
    HBox.setHgrow(speedSlider, Priority.ALWAYS);
    Label speedLabel = new Label();
    speedLabel.setMinWidth(70);
    speedSlider.valueProperty().addListener((obs, old, v) -> {
      speed.set(stepsPerSecond(v.doubleValue()));
    });
    speed.set(stepsPerSecond(speedSlider.getValue()));
    // the keys ([ and ]) set the speed: the slider follows
    speed.addListener((obs, old, v) -> {
      if (stepsPerSecond(speedSlider.getValue()) != v.doubleValue()) {
        speedSlider.setValue(Math.log10(v.doubleValue()));
      }
    });
    Tooltip.install(speedSlider, new Tooltip("1 to 1,000 steps per second; keys [ and ]"));
    speedLabel.textProperty().bind(speed.map(v -> Numbers.format(v.doubleValue()) + " steps/s"));
    HBox speedRow = new HBox(6, new Label("Speed"), speedSlider, speedLabel);
    speedRow.setAlignment(Pos.CENTER_LEFT);
    Label section = new Label("Playback");
    section.getStyleClass().add("section");
    getChildren().addAll(section, new HBox(6, play, back, step, reset), speedRow,
        box("Tangent line at the current iterate (1D)", toggles.tangent()),
        box("−∇f arrow at the current iterate (2D)", toggles.gradientArrow()),
        box("Loss on a log scale (f − f*)", toggles.lossLog()),
        seededRow(toggles), startsRow(toggles));
  }

  /** The selected run from many starts, and which: a grid or a ring about x*. */
  private static HBox startsRow(Toggles toggles) {
    CheckBox on = box("Many starts:", toggles.manyStarts());
    on.setId("manyStartsBox");
    javafx.scene.control.ComboBox<String> spec = new javafx.scene.control.ComboBox<>();
    spec.setId("startsSpec");
    spec.getItems().setAll(STARTS);
    spec.setEditable(true);
    spec.setPrefWidth(110);
    spec.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
    spec.setValue(toggles.startsSpec().get());
    // typed text counts when Enter is pressed or the box is left; a choice from the list at once
    spec.valueProperty().addListener((obs, old, v) -> {
      if (v != null && !v.isBlank()) {
        toggles.startsSpec().set(v.strip());
      }
    });
    toggles.startsSpec().addListener((obs, old, v) -> spec.setValue(v));
    spec.disableProperty().bind(toggles.manyStarts().not());
    Tooltip tip = new Tooltip("the selected run from a grid over the square about x* reaching its start (grid:5x5;"
        + " grid:9 in one variable) or a ring through the start (ring:12); each path coloured by where it ends,"
        + " grey: diverged. Key P");
    Tooltip.install(on, tip);
    spec.setTooltip(tip);
    HBox row = new HBox(6, on, spec);
    row.setAlignment(Pos.CENTER_LEFT);
    return row;
  }

  /** Many seeded runs of a noisy method, and how many. */
  private static HBox seededRow(Toggles toggles) {
    CheckBox on = box("Many seeded runs:", toggles.seededRuns());
    on.setId("seededRunsBox");
    javafx.scene.control.Spinner<Integer> count = new javafx.scene.control.Spinner<>(2,
        gdviz.engine.SeededRuns.MAX_COUNT, toggles.seededCount().get(), 10);
    count.setId("seededCount");
    count.setEditable(true);
    count.setPrefWidth(90);
    count.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // the count whole, never "5"
    count.valueProperty().addListener((obs, old, v) -> toggles.seededCount().set(v));
    toggles.seededCount().addListener((obs, old, v) -> count.getValueFactory().setValue(v.intValue()));
    count.disableProperty().bind(toggles.seededRuns().not());
    javafx.scene.control.Tooltip.install(on, new javafx.scene.control.Tooltip(
        "sgd, minibatch, shrinking: the run again with seeds seed, seed+1, …; faint paths, their mean, a 2σ ellipse,"
            + " and the loss's median with its 10–90 % band"));
    HBox row = new HBox(6, on, count); // which methods: the tooltip and the menu say (noisy methods)
    row.setAlignment(Pos.CENTER_LEFT);
    return row;
  }

  /** One notch faster (]): a quarter of a decade, up to 1,000 steps per second. */
  public static double faster(double stepsPerSecond) {
    return notch(stepsPerSecond, 1);
  }

  /** One notch slower ([), down to 1 step per second. */
  public static double slower(double stepsPerSecond) {
    return notch(stepsPerSecond, -1);
  }

  private static double notch(double stepsPerSecond, int direction) {
    double position = Math.log10(stepsPerSecond) * 4;
    double nearest = Math.round(position);
    double next = Math.abs(position - nearest) < 0.05 ? nearest + direction // on a notch (to two digits)
        : direction > 0 ? Math.ceil(position) : Math.floor(position);
    return stepsPerSecond(Math.max(0, Math.min(3, next / 4)));
  }

  /** 10^position steps per second, to two significant digits. */
  static double stepsPerSecond(double position) {
    return Numbers.round(Math.pow(10, position), 2);
  }

  private static CheckBox box(String text, BooleanProperty on) {
    CheckBox b = new CheckBox(text);
    b.setWrapText(true);
    b.selectedProperty().bindBidirectional(on);
    return b;
  }
}
