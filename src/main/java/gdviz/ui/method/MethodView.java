package gdviz.ui.method;

import gdviz.model.analysis.StepSizeBands;
import gdviz.model.method.Method;
import gdviz.model.optim.Methods;
import java.util.function.IntSupplier;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** The method of the run the controls edit: the list of methods, its rule, η with its bands, and its knobs. */
public final class MethodView extends VBox {
  private final EtaSlider etaSlider = new EtaSlider();
  private final ScheduleField schedule;

  /**
   * @param heading "Method", or "Method of momentum" when several runs are compared
   * @param bands the step-size bands of the selected run's function
   * @param samples the data set's size (the batch size's slider reaches it)
   */
  public MethodView(MethodSettings settings, ObservableValue<String> heading,
      ObservableValue<StepSizeBands> bands, ObservableValue<gdviz.model.objective.Curvature> curvature, IntSupplier samples) {
    setSpacing(6);
    Label title = section("");
    title.setId("methodHeading");
    title.textProperty().bind(heading);
    ComboBox<Method> chooser = chooser(settings);
    chooser.setMaxWidth(Double.MAX_VALUE);
    Label summary = new Label();
    summary.setId("methodSummary");
    summary.getStyleClass().add("hint");
    summary.setWrapText(true);
    summary.textProperty().bind(settings.methodProperty().map(Method::rule).orElse(""));
    etaSlider.etaProperty().bindBidirectional(settings.etaProperty());
    etaSlider.bandsProperty().bind(bands);
    schedule = new ScheduleField(settings.scheduleProperty());
    // each eigen-direction's factor per step, live with the slider (gd, momentum, Nesterov)
    Label factors = new gdviz.ui.widgets.SteadyLabel();
    factors.setId("directionFactors");
    factors.getStyleClass().add("hint");
    factors.setWrapText(true);
    factors.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
      var rate = gdviz.model.analysis.ConvergenceRate.of(settings.methodProperty().get(), settings.etaProperty().get(),
          gdviz.model.method.KnobValues.of(settings.knobs()));
      StepSizeBands b = bands.getValue();
      return rate == null ? "" : rate.readout(curvature.getValue(), b != null && b.local());
    }, settings.methodProperty(), settings.etaProperty(), settings.knobs(), curvature, bands));
    // shown while it has a text: told only when that changes (a binding on the text itself told the
    // panel at every new text, and the panel laid out all its controls again in each slider frame)
    javafx.beans.property.BooleanProperty hasText = new javafx.beans.property.SimpleBooleanProperty();
    factors.textProperty().addListener((obs, old, text) -> hasText.set(text != null && !text.isEmpty()));
    hasText.set(factors.getText() != null && !factors.getText().isEmpty());
    factors.managedProperty().bind(hasText);
    factors.visibleProperty().bind(hasText);
    // a method that uses no gradient (Nelder–Mead) has no η: its slider, bands and schedule are hidden
    Label etaTitle = section("Learning rate η");
    javafx.beans.binding.BooleanBinding usesEta = javafx.beans.binding.Bindings.createBooleanBinding(
        () -> settings.methodProperty().get() == null || settings.methodProperty().get().usesGradient(),
        settings.methodProperty());
    for (javafx.scene.Node n : new javafx.scene.Node[] {etaTitle, etaSlider, schedule}) {
      n.visibleProperty().bind(usesEta);
      n.managedProperty().bind(usesEta);
    }
    getChildren().addAll(title, chooser, summary, etaTitle, etaSlider, factors, schedule,
        new KnobControls(settings, samples));
  }

  /** The list of methods, showing each one's id and summary, bound to the selected run's method. */
  public static ComboBox<Method> chooser(MethodSettings settings) {
    ComboBox<Method> chooser = new ComboBox<>();
    chooser.setId("methodChooser");
    chooser.getItems().setAll(Methods.all());
    chooser.setConverter(new StringConverter<>() {
      @Override
      public String toString(Method m) {
        return m == null ? "" : m.id();
      }

      @Override
      public Method fromString(String s) {
        return Methods.byId(s).orElse(null);
      }
    });
    chooser.setCellFactory(list -> new ListCell<>() {
      @Override
      protected void updateItem(Method m, boolean empty) {
        super.updateItem(m, empty);
        setText(empty || m == null ? null : m.id() + " — " + m.summary());
      }
    });
    chooser.valueProperty().bindBidirectional(settings.methodProperty());
    return chooser;
  }

  private static Label section(String text) {
    Label l = new Label(text);
    l.getStyleClass().add("section");
    return l;
  }

  /** The run's step budget, for the schedule's plot of ηₖ. */
  public void showSteps(long steps) {
    schedule.showSteps(steps);
  }

  public EtaSlider etaSlider() {
    return etaSlider;
  }
}
