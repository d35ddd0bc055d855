package gdviz.ui.runs;

import gdviz.plot.Palette;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.shape.Rectangle;

/**
 * The compared runs above the plot, never on it: a check box to show or hide each, its colour and
 * label; clicking a label selects that run for the controls. Hidden when there is only one run.
 */
public final class LegendView extends FlowPane {
  private final ComparedRuns runs;
  private final Runnable onVisibilityChanged;

  public LegendView(ComparedRuns runs, Runnable onVisibilityChanged) {
    super(14, 4);
    this.runs = runs;
    this.onVisibilityChanged = onVisibilityChanged;
    setId("legend");
    getStyleClass().add("legend");
    runs.list().addListener((ListChangeListener<ComparedRun>) c -> build());
    runs.selectedProperty().addListener((obs, old, i) -> build());
    build();
  }

  private void build() {
    getChildren().clear();
    boolean compare = runs.list().size() > 1;
    setVisible(compare);
    setManaged(compare);
    if (!compare) {
      return;
    }
    for (int i = 0; i < runs.list().size(); i++) {
      ComparedRun run = runs.list().get(i);
      int index = i;
      java.awt.Color c = Palette.RUNS[run.colour() % Palette.RUNS.length];
      Rectangle swatch = new Rectangle(18, 6, javafx.scene.paint.Color.rgb(c.getRed(), c.getGreen(), c.getBlue()));
      CheckBox shown = new CheckBox();
      shown.setId("legend-visible-" + i);
      shown.selectedProperty().bindBidirectional(run.visibleProperty());
      shown.selectedProperty().addListener((obs, o, n) -> onVisibilityChanged.run());
      Label name = new Label(run.label(), swatch);
      name.textProperty().bind(run.labelProperty());
      name.setId("legend-label-" + i);
      name.getStyleClass().add("legend-entry");
      if (i == runs.selectedProperty().get()) {
        name.getStyleClass().add("selected-run");
      }
      name.setOnMouseClicked(e -> runs.selectedProperty().set(index));
      name.setTooltip(new Tooltip("click to edit this run's method and η"));
      HBox entry = new HBox(4, shown, name);
      entry.setAlignment(Pos.CENTER_LEFT);
      getChildren().add(entry);
    }
  }
}
