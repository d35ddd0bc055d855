package gdviz.ui.window;

import gdviz.model.analysis.StepSizeBands;
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
 * Presentation mode's strip under the plots: the method, η with its bands, play / step / reset,
 * the outcome, and the way out — on one row, or on two (the method and η above, the buttons and
 * the outcome below) where one row would squeeze them at this width and UI scale. It edits the
 * same settings as the window's controls.
 */
public final class PresentationStrip extends VBox {
  /** η's slider never narrower than this: its bands must be readable. */
  private static final double ETA_MIN_WIDTH = 260;
  /** Room kept for the outcome on the buttons' row. */
  private static final double OUTCOME_MIN_WIDTH = 220;
  private final Label outcome = new Label();
  private final HBox top = new HBox(14);
  private final HBox bottom = new HBox(14);
  private final VBox methodBox;
  private final HBox buttons;
  private final Button exit;
  private final VBox etaBox;
  private final EtaSlider eta;

  private final Label methodTitle = new Label("Method");
  private final Label etaTitle = new Label("Learning rate η");

  /**
   * @param bands the selected run's step-size bands, shown behind the η slider
   * @param playing whether playback runs (the play button reads Pause then)
   * @param leave what the "Leave" button does (leave presentation mode)
   */
  public PresentationStrip(MethodSettings settings, ObservableValue<StepSizeBands> bands, PlaybackControls playback,
      ObservableBooleanValue playing, Runnable leave) {
    setId("presentationStrip");
    getStyleClass().add("presentation-strip");
    setSpacing(6);
    setPadding(new Insets(6, 12, 6, 12));
    top.setAlignment(Pos.CENTER_LEFT);
    bottom.setAlignment(Pos.CENTER_LEFT);
    ComboBox<Method> method = MethodView.chooser(settings);
    method.setId("presentationMethod");
    methodTitle.getStyleClass().add("section");
    eta = new EtaSlider();
    VBox exactField = eta.takeExactField(); // under the method: the strip is one slider's height lower
    methodBox = new VBox(2, methodTitle, method, exactField);
    methodBox.setMinWidth(VBox.USE_PREF_SIZE);
    eta.setId("presentationEta");
    eta.etaProperty().bindBidirectional(settings.etaProperty());
    eta.bandsProperty().bind(bands);
    eta.setMinWidth(ETA_MIN_WIDTH);
    eta.setMaxWidth(Double.MAX_VALUE);
    etaTitle.getStyleClass().add("section");
    etaBox = new VBox(2, etaTitle, eta);
    var usesEta = javafx.beans.binding.Bindings.createBooleanBinding(() -> settings.methodProperty().get() == null
        || settings.methodProperty().get().usesGradient(), settings.methodProperty()); // Nelder–Mead has no η
    etaBox.visibleProperty().bind(usesEta);
    etaBox.managedProperty().bind(usesEta);
    exactField.visibleProperty().bind(usesEta);
    exactField.managedProperty().bind(usesEta);
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
    // one line, cut with "…" where long: the whole of it is the banner above the plot, and the tooltip
    outcome.setWrapText(false);
    outcome.setTextOverrun(javafx.scene.control.OverrunStyle.ELLIPSIS);
    outcome.setMinWidth(0);
    outcome.setMaxWidth(Double.MAX_VALUE);
    HBox.setHgrow(outcome, Priority.ALWAYS);
    outcome.getStyleClass().add("outcome");
    exit = new Button("Leave (Esc)");
    exit.setId("leavePresentation");
    exit.setMinWidth(Button.USE_PREF_SIZE);
    exit.setOnAction(e -> leave.run());
    buttons = new HBox(6, play, step, reset);
    buttons.setAlignment(Pos.CENTER_LEFT);
    buttons.setMinWidth(HBox.USE_PREF_SIZE);
    getChildren().add(top);
    arrange(0);
  }

  /** Chooses one row or two before laying out: the rows chosen are laid out in the same pass. */
  @Override
  protected void layoutChildren() {
    arrange(getWidth());
    super.layoutChildren();
  }

  /**
   * One row where everything fits at its size, else two; on two rows in a short window (under 450
   * pixels of its own: a 720-pixel projector at 200 %) without the two headings, so the plots keep
   * their least height (the method's list and "exact η" name what they set).
   */
  private void arrange(double width) {
    boolean headings = !(twoRows() && gdviz.ui.widgets.ShortWindow.holds(methodTitle));
    for (Label title : new Label[] {methodTitle, etaTitle}) {
      if (title.isManaged() != headings) {
        title.setVisible(headings);
        title.setManaged(headings);
      }
    }
    double oneRow = methodBox.prefWidth(-1) + ETA_MIN_WIDTH + buttons.prefWidth(-1) + OUTCOME_MIN_WIDTH
        + exit.prefWidth(-1) + 4 * 14 + getPadding().getLeft() + getPadding().getRight();
    boolean two = width > 0 && width < oneRow;
    if (two == getChildren().contains(bottom) && !top.getChildren().isEmpty()) {
      return;
    }
    top.getChildren().clear();
    bottom.getChildren().clear();
    if (two) {
      top.getChildren().addAll(methodBox, etaBox);
      bottom.getChildren().addAll(buttons, outcome, exit);
      getChildren().setAll(top, bottom);
    } else {
      top.getChildren().addAll(methodBox, etaBox, buttons, outcome, exit);
      getChildren().setAll(top);
    }
  }

  /** Whether the strip is on two rows (too narrow for one at this width and UI scale). */
  public boolean twoRows() {
    return getChildren().contains(bottom);
  }

  /** The selected run's outcome, as the status line says it. */
  public void showOutcome(String text) {
    outcome.setText(text);
    if (outcome.getTooltip() == null) {
      outcome.setTooltip(new javafx.scene.control.Tooltip());
    }
    outcome.getTooltip().setText(text);
  }

  /** η's slider in the strip. */
  public EtaSlider eta() {
    return eta;
  }

  public Label outcome() {
    return outcome;
  }
}
