package gdviz.ui.runs;

import gdviz.model.analysis.StepSizeBands;
import gdviz.model.objective.Objective;
import gdviz.model.run.RunSetup;
import java.util.List;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * What the controls show of the selected run's function: the function itself (its version
 * changes when another is shown), its derivative formulas, the names of its parameters and the
 * step-size bands at the start.
 */
public final class SelectedFunction {
  private final ReadOnlyObjectWrapper<Objective> objective = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyLongWrapper version = new ReadOnlyLongWrapper(0);
  private final ReadOnlyStringWrapper derivativeText = new ReadOnlyStringWrapper("");
  private final ReadOnlyObjectWrapper<List<String>> parameterNames = new ReadOnlyObjectWrapper<>(List.of("x"));
  private final ReadOnlyObjectWrapper<StepSizeBands> bands = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyObjectWrapper<gdviz.model.objective.Curvature> curvature = new ReadOnlyObjectWrapper<>();
  private String key = "";

  /** Shows the selected run's setup; {@code functionKey} tells whether its function is new. */
  public void show(RunSetup selected, String functionKey) {
    if (!functionKey.equals(key) || objective.get() != selected.objective()) {
      key = functionKey;
      objective.set(selected.objective());
      derivativeText.set(String.join("\n", selected.objective().derivativeText()));
      version.set(version.get() + 1);
    }
    parameterNames.set(selected.parameterNames());
    bands.set(StepSizeBands.at(selected.objective(), selected.start()));
    curvature.set(gdviz.model.objective.Curvature.at(selected.objective(), selected.start()));
  }

  public ReadOnlyObjectProperty<Objective> objectiveProperty() {
    return objective.getReadOnlyProperty();
  }

  /** Goes up by one whenever another function is shown. */
  public ReadOnlyLongProperty versionProperty() {
    return version.getReadOnlyProperty();
  }

  /** The derivatives as formulas (of the run's own function: rotated, when it is). */
  public ReadOnlyStringProperty derivativeTextProperty() {
    return derivativeText.getReadOnlyProperty();
  }

  /** One name per coordinate (x1, x2 …, or the preset's θ₀, θ₁). */
  public ReadOnlyObjectProperty<List<String>> parameterNamesProperty() {
    return parameterNames.getReadOnlyProperty();
  }

  /** The Hessian's eigen-directions at the start (exact for a quadratic), or null. */
  public ReadOnlyObjectProperty<gdviz.model.objective.Curvature> curvatureProperty() {
    return curvature.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<StepSizeBands> bandsProperty() {
    return bands.getReadOnlyProperty();
  }
}
