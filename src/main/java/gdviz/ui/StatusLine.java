package gdviz.ui;

import gdviz.model.format.Numbers;
import gdviz.ui.playback.Frame;
import java.util.List;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;

/** The status line: its words for a frame (where the selected run is, how it ended), and its dress. */
final class StatusLine {
  /** What the status line and the table say when every compared run is unticked in the legend. */
  static final String ALL_HIDDEN = "every run is hidden: tick one in the legend";

  private StatusLine() {}

  /**
   * "k = 3 of 20   x1 = -2.56, x2 = -0.432   f = 6.92685", numbers as the table writes them; for
   * 0/1 labels also "accuracy 85 % (17 of 20 rows)" at that iterate.
   */
  static String step(Frame frame) {
    int total = frame.trajectory().size() - 1;
    int k = Math.max(0, frame.current());
    double[] x = frame.trajectory().x(k);
    StringBuilder s = new StringBuilder("k = ").append(k).append(" of ").append(total).append("   ");
    for (int i = 0; i < x.length; i++) {
      s.append(i == 0 ? "" : ", ").append(frame.setup().parameterName(i)).append(" = ").append(Numbers.compact(x[i]));
    }
    s.append("   f = ").append(Numbers.compact(frame.trajectory().value(k)));
    if (frame.setup().objective() instanceof gdviz.model.data.LogisticLoss classes) {
      s.append("   ").append(classes.accuracyReport(x)); // 0/1 labels: how many rows the model gets right here
    }
    return s.toString();
  }

  /** "converged at step 12", with the run's label when several are compared; "running…" before it ends. */
  static String outcome(Frame frame) {
    if (frame.outcome() == null) {
      return "running…";
    }
    return (frame.compare() ? frame.selectedRun().label() + ": " : "") + frame.outcome().message();
  }

  /**
   * The status bar's dress: a "☰ Controls" button first while the controls are folded (it opens
   * their drawer, as Ctrl+1 does); each label longer than the window cut, its whole text in a tooltip.
   */
  static void dress(HBox bar, ObservableValue<Boolean> folded, Runnable toggleControls, List<Label> labels) {
    Button drawer = new Button("☰ Controls");
    drawer.setId("controlsDrawerButton");
    drawer.setMinWidth(Button.USE_PREF_SIZE);
    drawer.visibleProperty().bind(folded);
    drawer.managedProperty().bind(folded);
    drawer.setOnAction(e -> toggleControls.run());
    drawer.setFocusTraversable(false);
    bar.getChildren().add(0, drawer);
    for (Label l : labels) {
      l.setMinWidth(0);
      l.setTextOverrun(OverrunStyle.ELLIPSIS);
      Tooltip tip = new Tooltip();
      tip.textProperty().bind(l.textProperty());
      l.setTooltip(tip);
    }
  }
}
