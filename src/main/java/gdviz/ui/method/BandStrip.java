package gdviz.ui.method;

import gdviz.model.analysis.StepSizeBands;
import gdviz.plot.label.LabelPlacer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;

/**
 * The η slider's strip of step-size bands: green η &lt; 1/L (monotone), amber up to 2/L
 * (oscillating but converging), red beyond (diverging), a mark at the best fixed step, and the
 * marks' labels under it.
 */
public final class BandStrip {
  /** The least room on each side of a mark's label. */
  static final double GAP = 3;

  private BandStrip() {}

  /**
   * Paints the strip (30 × scale high) for these bands over the slider's track.
   *
   * @param positionOf where a learning rate is on the strip
   * @return the marks' labels drawn
   */
  static List<MarkLabel> paint(GraphicsContext gc, StepSizeBands b, double w, double[] track, double scale,
      javafx.scene.paint.Paint ink, DoubleUnaryOperator positionOf) {
    double band = EtaSlider.STRIP_HEIGHT * scale;
    gc.clearRect(0, 0, w, 30 * scale);
    gc.setFont(Font.font(11 * scale));
    if (b == null) {
      gc.setFill(Color.gray(0.5, 0.25));
      gc.fillRect(track[0], 0, track[1] - track[0], band);
      gc.setFill(ink);
      gc.fillText("no stability bands: f has no positive curvature here", track[0], 26 * scale);
      return List.of();
    }
    double one = clamp(positionOf.applyAsDouble(b.monotoneLimit()), track);
    double two = clamp(positionOf.applyAsDouble(b.stabilityLimit()), track);
    gc.setFill(EtaSlider.MONOTONE);
    gc.fillRect(track[0], 0, one - track[0], band);
    gc.setFill(EtaSlider.OSCILLATING);
    gc.fillRect(one, 0, two - one, band);
    gc.setFill(EtaSlider.DIVERGING);
    gc.fillRect(two, 0, track[1] - two, band);
    gc.setFill(ink);
    List<MarkLabel> labels = markLabels(gc, b.local(), one, two, track, scale);
    double best = b.optimalStep();
    if (Double.isFinite(best)) {
      double x = clamp(positionOf.applyAsDouble(best), track);
      gc.setStroke(ink);
      gc.setLineWidth(2 * scale);
      gc.strokeLine(x, 0, x, band + 2 * scale);
    }
    return labels;
  }

  /**
   * The band η lies in, the one that decided what the run did: the others faded under the page's
   * veil, this one outlined in ink (at η = 2/L exactly, the 2/L mark drawn thick).
   */
  static void paintDeciding(GraphicsContext gc, StepSizeBands b, double eta, double[] track, double scale,
      javafx.scene.paint.Paint ink, DoubleUnaryOperator positionOf) {
    double band = EtaSlider.STRIP_HEIGHT * scale;
    double one = clamp(positionOf.applyAsDouble(b.monotoneLimit()), track);
    double two = clamp(positionOf.applyAsDouble(b.stabilityLimit()), track);
    double[] from = {track[0], one, two};
    double[] to = {one, two, track[1]};
    int decided = switch (b.regimeOf(eta)) {
      case MONOTONE -> 0;
      case OSCILLATING -> 1;
      case NOT_CONVERGING -> -1;
      case DIVERGING -> 2;
    };
    gc.setFill(Color.gray(0.55, 0.65));
    for (int i = 0; i < 3; i++) {
      if (i != decided && to[i] > from[i]) {
        gc.fillRect(from[i], 0, to[i] - from[i], band);
      }
    }
    gc.setStroke(ink);
    gc.setLineWidth(2.5 * scale);
    if (decided < 0) {
      gc.strokeLine(two, 0, two, band);
    } else {
      gc.strokeRect(from[decided] + scale, scale, Math.max(0, to[decided] - from[decided] - 2 * scale), band - 2 * scale);
    }
  }

  /** The example's own η: a small triangle on the strip's top edge, pointing down at the track. */
  static void paintHome(GraphicsContext gc, double x, double[] track, double scale, javafx.scene.paint.Paint ink) {
    if (!(x >= track[0] && x <= track[1])) {
      return;
    }
    double half = 4.5 * scale;
    gc.setFill(ink);
    gc.fillPolygon(new double[] {x - half, x + half, x}, new double[] {0, 0, 1.4 * half}, 3);
  }

  /** A mark's label as drawn under the strip: its text, where it starts and how wide it is. */
  public record MarkLabel(String text, double x, double width) {}

  /**
   * "1/L" and "2/L" under their marks, placed by the plots' label placer so they never print over
   * each other: "2/L (local)" first, shortened to "2/L" where "1/L" would not fit beside it, and
   * "1/L" left out where not even that leaves room (its band still shows where it is).
   */
  private static List<MarkLabel> markLabels(GraphicsContext gc, boolean local, double one, double two,
      double[] track, double scale) {
    double height = 14 * scale;
    double top = 12 * scale;
    List<MarkLabel> drawn = List.of();
    for (String second : local ? List.of("2/L (local)", "2/L") : List.of("2/L")) {
      LabelPlacer row = new LabelPlacer(track[0], top, track[1] - track[0], height);
      List<MarkLabel> labels = new ArrayList<>();
      if (two > track[0] && two < track[1]) {
        labels.add(place(row, second, two, top, height, gc.getFont()));
      }
      if (one > track[0] && one < track[1]) {
        MarkLabel first = place(row, "1/L", one, top, height, gc.getFont());
        if (labels.stream().anyMatch(o -> first.x() < o.x() + o.width() + 2 * GAP
            && o.x() < first.x() + first.width() + 2 * GAP)) {
          drawn = labels; // "1/L" left out unless a shorter "2/L" makes room
          continue;
        }
        labels.add(first);
      }
      drawn = labels;
      break;
    }
    for (MarkLabel l : drawn) {
      gc.fillText(l.text(), l.x(), 25 * scale);
    }
    return drawn;
  }

  /** A mark's label beside it in the row. */
  private static MarkLabel place(LabelPlacer row, String text, double at, double top, double height, Font font) {
    javafx.scene.text.Text measure = new javafx.scene.text.Text(text);
    measure.setFont(font);
    double width = measure.getLayoutBounds().getWidth();
    // placed with a margin on each side: two labels never touch ("1/L2/L")
    java.awt.geom.Rectangle2D box = row.place(width + 2 * GAP, height, at, top + height / 2, 2);
    return new MarkLabel(text, box.getX() + GAP, width);
  }

  private static double clamp(double x, double[] track) {
    return Math.max(track[0], Math.min(track[1], x));
  }
}
