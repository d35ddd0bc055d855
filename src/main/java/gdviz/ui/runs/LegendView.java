package gdviz.ui.runs;

import gdviz.plot.PlotTheme;
import java.util.function.Supplier;
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
  private boolean folded;
  private final ComparedRuns runs;
  private final Runnable onVisibilityChanged;
  private final Supplier<PlotTheme> theme;

  /** @param theme the plots' theme, whose run colours the swatches show */
  public LegendView(ComparedRuns runs, Runnable onVisibilityChanged, Supplier<PlotTheme> theme) {
    super(14, 4);
    this.runs = runs;
    this.onVisibilityChanged = onVisibilityChanged;
    this.theme = theme;
    setId("legend");
    getStyleClass().add("legend");
    runs.list().addListener((ListChangeListener<ComparedRun>) c -> build());
    runs.selectedProperty().addListener((obs, old, i) -> build());
    build();
  }

  /** Builds the entries again (the theme changed the swatches' colours). */
  public void rebuild() {
    build();
  }

  /**
   * Folded away (true) while a lesson's race question is open: its choices name the runs, and the
   * function plot keeps the row on a projector at 200 %.
   */
  public void fold(boolean folded) {
    if (this.folded != folded) {
      this.folded = folded;
      boolean shown = runs.list().size() > 1 && !folded;
      setVisible(shown);
      setManaged(shown);
    }
  }

  private void build() {
    getChildren().clear();
    boolean compare = runs.list().size() > 1;
    setVisible(compare && !folded);
    setManaged(compare && !folded);
    if (!compare) {
      return;
    }
    for (int i = 0; i < runs.list().size(); i++) {
      ComparedRun run = runs.list().get(i);
      int index = i;
      java.awt.Color c = theme.get().run(run.colour());
      Rectangle swatch = new Rectangle(18, 6, javafx.scene.paint.Color.rgb(c.getRed(), c.getGreen(), c.getBlue()));
      CheckBox shown = new CheckBox();
      shown.setId("legend-visible-" + i);
      shown.selectedProperty().bindBidirectional(run.visibleProperty());
      shown.selectedProperty().addListener((obs, o, n) -> onVisibilityChanged.run());
      Label name = new Label(run.label(), swatch);
      name.textProperty().bind(run.labelProperty());
      name.setId("legend-label-" + i);
      // the swatch grows with the text (UI scale)
      swatch.widthProperty().bind(name.fontProperty().map(f -> f.getSize() * 1.35));
      swatch.heightProperty().bind(name.fontProperty().map(f -> Math.max(4, f.getSize() * 0.45)));
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
