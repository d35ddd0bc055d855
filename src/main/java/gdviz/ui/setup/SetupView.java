package gdviz.ui.setup;

import gdviz.model.preset.Preset;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.value.ObservableStringValue;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The example and the settings every run shares: the preset list with its description, the
 * function with its derivatives, the rotation, the plane shown (3+ variables), start, steps and
 * seed, each with its problem beside it.
 */
public final class SetupView extends VBox {
  private final ComboBox<String> planeChooser = new ComboBox<>();
  private final HBox planeRow = new HBox(6);
  private final CheckBox rotate = new CheckBox("Rotate the coordinates by 45°");
  private final SetupFields fields;
  private final javafx.scene.layout.VBox runFields;

  /**
   * @param about the example's description, and what was changed since it opened
   * @param derivatives the selected run's derivative formulas
   * @param names the selected run's parameter names (one per coordinate)
   */
  public SetupView(List<Preset> presets, ObjectProperty<Preset> preset, SetupFields fields, ObservableStringValue about,
      ObservableStringValue derivatives, ObservableValue<List<String>> names) {
    this.fields = fields;
    setSpacing(6);
    ComboBox<Preset> presetChooser = presetChooser(presets, preset);
    Label description = hint();
    description.setId("presetDescription");
    description.textProperty().bind(about);
    TextField function = new TextField();
    function.setId("functionField");
    function.setPromptText("e.g. x^2 or x1^2 + 2*x2^2");
    function.textProperty().bindBidirectional(fields.functionTextProperty());
    function.disableProperty().bind(fields.functionEditableProperty().not());
    Label derivativeLabel = new Label();
    derivativeLabel.setId("derivativeLabel");
    derivativeLabel.getStyleClass().add("formula");
    derivativeLabel.setWrapText(true);
    derivativeLabel.textProperty().bind(derivatives);
    runFields = new javafx.scene.layout.VBox(6, rotate, planeRow(names), runGrid(), message(fields.startErrorProperty()));
    getChildren().addAll(section("Example"), presetChooser, description, section("Function"), function,
        message(fields.functionErrorProperty()), derivativeLabel, runFields);
  }

  /** The examples, by name. */
  private static ComboBox<Preset> presetChooser(List<Preset> presets, ObjectProperty<Preset> preset) {
    ComboBox<Preset> presetChooser = new ComboBox<>();
    presetChooser.setId("presetChooser");
    presetChooser.setMaxWidth(Double.MAX_VALUE);
    presetChooser.getItems().setAll(presets);
    presetChooser.setConverter(new StringConverter<>() {
      @Override
      public String toString(Preset p) {
        return p == null ? "" : p.name();
      }

      @Override
      public Preset fromString(String s) {
        return presets.stream().filter(p -> p.name().equals(s)).findFirst().orElse(null);
      }
    });
    presetChooser.valueProperty().bindBidirectional(preset);
    return presetChooser;
  }

  /** The plane shown of a function of 3+ variables (a choice of two coordinates), with the rotation box bound. */
  private HBox planeRow(ObservableValue<List<String>> names) {
    rotate.selectedProperty().bindBidirectional(fields.rotatedProperty());
    planeChooser.setMaxWidth(Double.MAX_VALUE);
    planeChooser.setId("planeChooser");
    HBox.setHgrow(planeChooser, Priority.ALWAYS);
    planeRow.getChildren().setAll(new Label("Plane shown"), planeChooser);
    planeRow.setAlignment(Pos.CENTER_LEFT);
    planeChooser.getSelectionModel().selectedIndexProperty().addListener((obs, old, i) -> {
      int[][] planes = planes(names.getValue() == null ? 0 : names.getValue().size());
      if (i.intValue() >= 0 && i.intValue() < planes.length) {
        fields.xAxisProperty().set(planes[i.intValue()][0]);
        fields.yAxisProperty().set(planes[i.intValue()][1]);
      }
    });
    names.addListener((obs, old, n) -> showPlanes(n));
    showPlanes(names.getValue());
    return planeRow;
  }

  /** Start, steps and seed, their labels whole at any UI scale. */
  private GridPane runGrid() {
    GridPane grid = new GridPane();
    grid.setHgap(8);
    grid.setVgap(4);
    ColumnConstraints labels = new ColumnConstraints();
    labels.setMinWidth(Region.USE_PREF_SIZE); // "Start", "Steps", "Seed" whole at any UI scale
    grid.getColumnConstraints().addAll(labels, columnThatGrows());
    grid.addRow(0, new Label("Start"), field("startField", "e.g. 10 or -5, -2", fields.startTextProperty()));
    grid.addRow(1, new Label("Steps"), field("stepsField", null, fields.stepsTextProperty()));
    grid.addRow(2, new Label("Seed"), field("seedField", null, fields.seedTextProperty()));
    return grid;
  }

  /** Shows or hides what only a run uses (start, steps, seed, rotation): the difference-quotient lesson has none. */
  public void showRunFields(boolean shown) {
    runFields.setVisible(shown);
    runFields.setManaged(shown);
  }

  private static ColumnConstraints columnThatGrows() {
    ColumnConstraints c = new ColumnConstraints();
    c.setHgrow(Priority.ALWAYS);
    return c;
  }

  private static TextField field(String id, String prompt, javafx.beans.property.StringProperty text) {
    TextField f = new TextField();
    f.setId(id);
    f.setPromptText(prompt);
    f.textProperty().bindBidirectional(text);
    return f;
  }

  /** The two coordinates drawn, named as the run names them: "w₁, b". */
  private void showPlanes(List<String> names) {
    int n = names == null ? 0 : names.size();
    rotate.setDisable(n != 2 && !fields.rotatedProperty().get());
    boolean many = n > 2;
    planeRow.setVisible(many);
    planeRow.setManaged(many);
    if (!many) {
      return;
    }
    List<String> shown = new ArrayList<>();
    for (int[] p : planes(n)) {
      shown.add(names.get(p[0]) + ", " + names.get(p[1]));
    }
    if (!planeChooser.getItems().equals(shown)) {
      int x = fields.xAxisProperty().get();
      int y = fields.yAxisProperty().get();
      planeChooser.getItems().setAll(shown);
      int[][] planes = planes(n);
      int index = 0;
      for (int i = 0; i < planes.length; i++) {
        if (planes[i][0] == x && planes[i][1] == y) {
          index = i;
        }
      }
      planeChooser.getSelectionModel().select(index);
    }
  }

  static int[][] planes(int n) {
    List<int[]> list = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        list.add(new int[] {i, j});
      }
    }
    return list.toArray(int[][]::new);
  }

  /** A problem message under its field: shown only when there is one. */
  public static Label message(ObservableStringValue text) {
    Label label = new Label();
    label.getStyleClass().add("error");
    label.setWrapText(true);
    label.textProperty().bind(text);
    label.visibleProperty().bind(Bindings.isNotEmpty(text));
    label.managedProperty().bind(label.visibleProperty());
    return label;
  }

  private static Label section(String text) {
    Label l = new Label(text);
    l.getStyleClass().add("section");
    return l;
  }

  private static Label hint() {
    Label l = new Label();
    l.getStyleClass().add("hint");
    l.setWrapText(true);
    return l;
  }
}
