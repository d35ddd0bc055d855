package gdviz.ui.method;

import gdviz.model.SetupException;
import gdviz.model.run.Schedule;
import javafx.beans.property.StringProperty;
import javafx.geometry.Pos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;

/**
 * The learning-rate schedule: typed as on the command line (Enter or leaving the field applies it;
 * a mistake is named under the field and the last good schedule stays), with a small plot of
 * ηₖ = η·s(k) over the run's steps when it is not constant.
 */
final class ScheduleField extends VBox {
  private static final double PLOT_HEIGHT = 46;
  private final TextField field = new TextField();
  private final Label error = new Label();
  private final Canvas plot = new Canvas(200, PLOT_HEIGHT);
  private final Pane plotHolder = new Pane(plot);
  private final StringProperty schedule;
  /** "Schedule": the plot's axes and note take its colour (the theme's text). */
  private final Label name = new Label("Schedule");
  private long steps = 100;

  ScheduleField(StringProperty schedule) {
    this.schedule = schedule;
    setSpacing(3);
    field.setId("scheduleField");
    field.setPromptText("constant");
    field.setTooltip(new Tooltip("η·s(k) for step k: " + Schedule.FORMS + "; e.g. step:0.5:10, exp:0.01, "
        + "cosine:200:20:0.1. Enter applies it."));
    HBox.setHgrow(field, Priority.ALWAYS);
    name.setMinWidth(Label.USE_PREF_SIZE);
    HBox row = new HBox(6, name, field);
    row.setAlignment(Pos.CENTER_LEFT);
    error.getStyleClass().add("error");
    error.setWrapText(true);
    error.managedProperty().bind(error.visibleProperty());
    error.setVisible(false);
    plotHolder.setMinWidth(0);
    plotHolder.setPrefWidth(0);
    plotHolder.prefHeightProperty().bind(plot.heightProperty());
    plotHolder.managedProperty().bind(plotHolder.visibleProperty());
    plotHolder.widthProperty().addListener((obs, o, w) -> paint());
    getChildren().addAll(row, error, plotHolder);
    field.setText(schedule.get());
    schedule.addListener((obs, o, v) -> {
      if (!field.isFocused()) {
        field.setText(v);
      }
      paint();
    });
    field.setOnAction(e -> commit());
    field.focusedProperty().addListener((obs, was, focused) -> {
      if (!focused) {
        commit();
      }
    });
    paint();
  }

  /** The run's step budget: the plot's k axis. */
  void showSteps(long steps) {
    if (steps != this.steps) {
      this.steps = steps;
      paint();
    }
  }

  private void commit() {
    String text = field.getText().trim();
    try {
      Schedule.parse(text);
      error.setVisible(false);
      schedule.set(text.isEmpty() ? "constant" : text);
    } catch (SetupException e) {
      error.setText(e.getMessage());
      error.setVisible(true);
    }
  }

  private void paint() {
    Schedule s;
    try {
      s = Schedule.parse(schedule.get());
    } catch (SetupException e) {
      s = Schedule.CONSTANT;
    }
    plotHolder.setVisible(!s.isConstant());
    double w = plotHolder.getWidth();
    if (s.isConstant() || w < 20) {
      return;
    }
    plot.setWidth(w);
    GraphicsContext gc = plot.getGraphicsContext2D();
    gc.clearRect(0, 0, w, PLOT_HEIGHT);
    javafx.scene.paint.Paint ink = name.getTextFill();
    double top = 4;
    double bottom = PLOT_HEIGHT - 14;
    gc.setStroke(ink);
    gc.setLineWidth(1);
    gc.strokeLine(0.5, top, 0.5, bottom);
    gc.strokeLine(0, bottom + 0.5, w, bottom + 0.5);
    long n = Math.max(1, steps);
    double max = 0;
    for (int i = 0; i <= 200; i++) {
      max = Math.max(max, s.factor(Math.round((double) i * (n - 1) / 200)));
    }
    gc.setStroke(Color.web("#D55E00"));
    gc.setLineWidth(1.6);
    gc.beginPath();
    int points = (int) Math.min(n, Math.max(2, w));
    for (int i = 0; i < points; i++) {
      long k = Math.round((double) i * (n - 1) / Math.max(1, points - 1));
      double x = 1 + (w - 2) * i / Math.max(1, points - 1);
      double y = bottom - (bottom - top) * (max > 0 ? s.factor(k) / max : 0);
      if (i == 0) {
        gc.moveTo(x, y);
      } else {
        gc.lineTo(x, y);
      }
    }
    gc.stroke();
    gc.setFill(ink);
    gc.setFont(javafx.scene.text.Font.font(11));
    gc.fillText("ηₖ / η over the run's " + n + " steps (peak " + gdviz.model.format.Numbers.compact(max) + ")", 4,
        PLOT_HEIGHT - 2);
  }

  TextField field() {
    return field;
  }
}
