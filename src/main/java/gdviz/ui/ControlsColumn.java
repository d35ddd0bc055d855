package gdviz.ui;

import gdviz.model.objective.DataObjective;
import gdviz.model.optim.Methods;
import gdviz.ui.method.MethodView;
import gdviz.ui.playback.PlaybackView;
import gdviz.ui.runs.CompareView;
import gdviz.ui.setup.SetupFields;
import gdviz.ui.setup.SetupView;
import javafx.beans.binding.Bindings;
import javafx.scene.layout.VBox;

/**
 * The controls column's parts: the example and shared setup on top; below it the controls that
 * drive a run — the method, the comparisons, playback — which the difference-quotient lesson hides.
 */
final class ControlsColumn {
  private final SetupView setupView;
  private final MethodView methodView;
  private final VBox runControls = new VBox(6);

  ControlsColumn(MainViewModel model) {
    SetupFields setup = model.setup();
    methodView = new MethodView(model.method(), Bindings.createStringBinding(() -> model.runs().list().size() > 1
        ? "Method of " + model.runs().selectedLabelProperty().get() : "Method", model.runs().list(),
        model.runs().selectedLabelProperty()), model.selected().bandsProperty(), model.selected().curvatureProperty(),
        () -> model.selected().objectiveProperty().get() instanceof DataObjective d ? d.sampleCount() : 10_000);
    runControls.getChildren().addAll(
        methodView,
        SetupView.message(setup.problemProperty()),
        new CompareView(model.runs(), new CompareView.Actions(model::compareLearningRates, model::addRun,
            () -> model.removeRun(model.runs().selectedProperty().get()), model::addDampedNewton),
            Bindings.createBooleanBinding(
            () -> model.method().methodProperty().get() == Methods.byId("newton").orElse(null),
            model.method().methodProperty())),
        new PlaybackView(new PlaybackView.Actions(model.playback()::togglePlay, model.playback()::step,
            model.playback()::stepBack, model.playback()::reset),
            model.playingProperty(), model.speedProperty(),
            new PlaybackView.Toggles(model.plotOptions().tangentProperty(), model.plotOptions().gradientArrowProperty(),
                model.plotOptions().lossLogProperty(), model.plotOptions().seededRunsProperty(),
                model.plotOptions().seededCountProperty(), model.plotOptions().manyStartsProperty(),
                model.plotOptions().startsSpecProperty())));
    setupView = new SetupView(model.presets(), model.presetProperty(), setup, model.aboutProperty(),
        model.selected().derivativeTextProperty(), model.selected().parameterNamesProperty());
  }

  SetupView setupView() {
    return setupView;
  }

  MethodView methodView() {
    return methodView;
  }

  VBox runControls() {
    return runControls;
  }

  /** The controls that drive a run shown, or hidden (with the setup fields only a run needs). */
  void showRunControls(boolean shown) {
    runControls.setVisible(shown);
    runControls.setManaged(shown);
    setupView.showRunFields(shown);
  }
}
