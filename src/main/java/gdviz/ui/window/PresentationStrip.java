package gdviz.ui.window;

import gdviz.model.StepSizeBands;
import gdviz.model.method.Method;
import gdviz.ui.method.EtaSlider;
import gdviz.ui.method.MethodSettings;
import gdviz.ui.method.MethodView;
import gdviz.ui.playback.PlaybackControls;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * Presentation mode's one strip under the plots: the method, η with its bands, play / step /
 * reset, the outcome, and the way out. It edits the same settings as the window's controls.
 */
public final class PresentationStrip extends HBox {
  private final Label outcome = new Label();

  /**
   * @param bands the selected run's step-size bands, shown behind the η slider
   * @param playing whether playback runs (the play button reads Pause then)
   * @param leave what the "Leave" button does (leave presentation mode)
   */
  public PresentationStrip(MethodSettings settings, ObservableValue<StepSizeBands> bands, PlaybackControls playback,
      ObservableBooleanValue playing, Runnable leave) {
    setId("presentationStrip");
    getStyleClass().add("presentation-strip");
    setSpacing(14);
    setAlignment(Pos.CENTER_LEFT);
    setPadding(new Insets(6, 12, 6, 12));
    ComboBox<Method> method = MethodView.chooser(settings);
    method.setId("presentationMethod");
    Label methodTitle = new Label("Method");
    methodTitle.getStyleClass().add("section");
    VBox methodBox = new VBox(2, methodTitle, method);
    EtaSlider eta = new EtaSlider();
    eta.setId("presentationEta");
    eta.etaProperty().bindBidirectional(settings.etaProperty());
    eta.bandsProperty().bind(bands);
    eta.setMinWidth(260);
    eta.setMaxWidth(Double.MAX_VALUE);
    Label etaTitle = new Label("Learning rate η");
    etaTitle.getStyleClass().add("section");
    VBox etaBox = new VBox(2, etaTitle, eta);
    var usesEta = javafx.beans.binding.Bindings.createBooleanBinding(() -> settings.methodProperty().get() == null
        || settings.methodProperty().get().usesGradient(), settings.methodProperty()); // Nelder–Mead has no η
    etaBox.visibleProperty().bind(usesEta);
    etaBox.managedProperty().bind(usesEta);
    etaBox.setMaxWidth(Double.MAX_VALUE);
    HBox.setHgrow(etaBox, Priority.ALWAYS); // η gets the room the rest does not need
    Button play = new Button("Play");
    play.setId("presentationPlay");
    play.setMinWidth(Button.USE_PREF_SIZE);
    play.textProperty().bind(Bindings.when(playing).then("Pause").otherwise("Play"));
    play.setOnAction(e -> playback.togglePlay());
    Button step = new Button("Step");
    step.setMinWidth(Button.USE_PREF_SIZE);
    step.setOnAction(e -> playback.step());
    Button reset = new Button("Reset");
    reset.setMinWidth(Button.USE_PREF_SIZE);
    reset.setOnAction(e -> playback.reset());
    outcome.setId("presentationOutcome");
    outcome.setWrapText(true);
    outcome.setMinWidth(Label.USE_PREF_SIZE);
    outcome.getStyleClass().add("outcome");
    Button exit = new Button("Leave (Esc)");
    exit.setId("leavePresentation");
    exit.setMinWidth(Button.USE_PREF_SIZE);
    exit.setOnAction(e -> leave.run());
    HBox buttons = new HBox(6, play, step, reset);
    buttons.setAlignment(Pos.CENTER_LEFT);
    getChildren().addAll(methodBox, etaBox, buttons, outcome, exit);
  }

  /** The selected run's outcome, as the status line says it. */
  public void showOutcome(String text) {
    outcome.setText(text);
  }

  public Label outcome() {
    return outcome;
  }
}
