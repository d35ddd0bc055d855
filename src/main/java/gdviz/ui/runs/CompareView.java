package gdviz.ui.runs;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/** The buttons that make runs to compare: the classic three η, a copy to vary, damped Newton. */
public final class CompareView extends VBox {
  /** What the buttons do. */
  public record Actions(Runnable compareLearningRates, Runnable addRun, Runnable removeRun, Runnable addDampedNewton) {}

  /** @param newton whether the selected run is Newton's (damped Newton makes sense) */
  public CompareView(ComparedRuns runs, Actions actions, ObservableBooleanValue newton) {
    setSpacing(6);
    Button compare = new Button("η: too small / right / too large");
    compare.setId("compareEtaButton");
    compare.setOnAction(e -> actions.compareLearningRates().run());
    Button add = new Button("Add run");
    add.setOnAction(e -> actions.addRun().run());
    Button remove = new Button("Remove run");
    remove.setOnAction(e -> actions.removeRun().run());
    remove.disableProperty().bind(Bindings.size(runs.list()).lessThan(2));
    Button damped = new Button("Add damped Newton");
    damped.setOnAction(e -> actions.addDampedNewton().run());
    damped.disableProperty().bind(Bindings.not(newton));
    // the long one on a row of its own, wrapping where the panel is narrow (a flow pane is never
    // narrower than its widest button: at 200 % this one made the controls wider than their panel)
    compare.setWrapText(true);
    compare.setMaxWidth(Double.MAX_VALUE);
    FlowPane buttons = new FlowPane(6, 6, add, remove, damped);
    Label section = new Label("Compare");
    section.getStyleClass().add("section");
    getChildren().addAll(section, compare, buttons);
  }
}
