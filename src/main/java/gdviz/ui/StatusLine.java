package gdviz.ui;

import gdviz.model.format.Numbers;
import gdviz.ui.playback.Frame;

/** The status line's words for a frame: where the selected run is, and how it ended. */
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
}
