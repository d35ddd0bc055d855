package gdviz.plot;

import gdviz.model.data.LinearRegressionLoss;
import gdviz.model.data.LogisticLoss;
import gdviz.model.format.Numbers;
import gdviz.model.objective.DataObjective;
import gdviz.model.objective.Objective;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.List;

/**
 * The class's data in data space, with the model at the current parameters: a line through one
 * feature's points (DataFitPainter); with more features each point's prediction against its
 * target; for 0/1 labels the sigmoid over one feature, the decision boundary between two, or the
 * sigmoid over the score z = θ₀ + θ·x for more — with the accuracy in the note.
 */
public final class DataSpacePainter {
  /** At most this many points are drawn (every k-th row beyond it; the note says so). */
  public static final int MAX_POINTS = 4000;
  private static final Color CLASS_ONE = Palette.BLUE;
  private static final Color CLASS_ZERO = Palette.ORANGE;
  /** " = " with no-break spaces: a narrow panel's note does not break "y = 1" apart. */
  private static final String TIGHT = "\u00a0=\u00a0";

  private DataSpacePainter() {}

  /** Whether the objective is a data set this panel draws: least squares or logistic regression. */
  public static boolean drawable(Objective objective) {
    return objective instanceof LinearRegressionLoss l && l.featureCount() >= 1
        || objective instanceof LogisticLoss g && g.featureCount() >= 1;
  }

  /** The panel at θ ({@code exact}: the least-squares solution or null; {@code colour}: the run's). */
  public static void paint(Graphics2D g, DataObjective loss, double[] theta, double[] exact, Color colour,
      List<String> names, double width, double height) {
    if (loss instanceof LinearRegressionLoss l && l.featureCount() == 1) {
      DataFitPainter.paint(g, l, theta, exact, colour, names, width, height);
      return;
    }
    AxesPainter.clear(g, width, height);
    PlotStyle.smooth(g);
    String note = note(loss, theta, exact != null, names);
    if (loss instanceof LinearRegressionLoss l && l.featureCount() == 2) {
      DataSpacePlane.paint(g, l, theta, note, width, height);
    } else if (loss instanceof LinearRegressionLoss l) {
      predictedAgainstActual(g, l, theta, colour, note, width, height);
    } else if (loss instanceof LogisticLoss l && l.featureCount() == 2) {
      boundary(g, l, theta, colour, note, width, height);
    } else if (loss instanceof LogisticLoss l) {
      sigmoid(g, l, theta, colour, note, width, height);
    }
  }

  /** What the panel says: what is drawn, J and (0/1 labels) the accuracy at θ. */
  public static String note(DataObjective loss, double[] theta, boolean exact, List<String> names) {
    if (loss instanceof LinearRegressionLoss l && l.featureCount() == 1) {
      return DataFitPainter.note(l, theta, exact, names);
    }
    // short: the panel beside the loss is often a third of the window wide
    String head;
    if (loss instanceof LinearRegressionLoss l && l.featureCount() == 2) {
      head = "rows coloured by y, dark low to yellow high; each line: where the prediction ŷ has that value";
    } else if (loss instanceof LinearRegressionLoss) {
      head = "prediction ŷ = θ·x across, y up; dashed: ŷ" + TIGHT + "y";
    } else if (loss instanceof LogisticLoss l && l.featureCount() == 2) {
      head = "y" + TIGHT + "1 blue, y" + TIGHT + "0 orange; the line θ₀ + θ₁x₁ + θ₂x₂ = 0";
    } else if (loss instanceof LogisticLoss l && l.featureCount() == 1) {
      head = "σ(θ₀ + θ₁x): the probability that y" + TIGHT + "1";
    } else {
      head = "rows at their score z = θ₀ + θ·x; the curve σ(z)";
    }
    String j = "J" + TIGHT + Numbers.compact(loss.value(theta));
    String accuracy = loss instanceof LogisticLoss l ? "; " + l.accuracyReport(theta) : "";
    String sampled = loss.sampleCount() > MAX_POINTS ? "\n(" + String.format(java.util.Locale.ROOT, "%,d",
        shownRows(loss.sampleCount())) + " of " + String.format(java.util.Locale.ROOT, "%,d", loss.sampleCount())
        + " rows drawn)" : "";
    return head + "\n" + j + accuracy + sampled;
  }

  static int stride(int m) {
    return Math.max(1, (m + MAX_POINTS - 1) / MAX_POINTS);
  }

  private static int shownRows(int m) {
    return (m + stride(m) - 1) / stride(m);
  }

  /** The plot rectangle for the data's ranges, under the note; the note drawn. */
  static Viewport frame(Graphics2D g, double x0, double x1, double y0, double y1, String note, String xTitle,
      String yTitle, double width, double height) {
    double padX = Math.max(1e-9, (x1 - x0) * 0.08);
    double padY = Math.max(1e-9, (y1 - y0) * 0.12);
    Viewport v = PlotStyle.inside(new Viewport(x0 - padX, x1 + padX, y0 - padY, y1 + padY, 0, 0, 1, 1), width,
        height);
    double noteWidth = Math.min(v.width() - 8, 460);
    // wrapped once: the lines measured are the lines drawn, and the plot starts under them
    String shown = TextBlock.within(g, PlotStyle.TICK_FONT, note, noteWidth, 0.4 * v.height());
    double noteHeight = shown.isEmpty() ? 0 : TextBlock.height(g, PlotStyle.TICK_FONT, shown, TextBlock.AS_WRAPPED)
        + 4;
    v = v.withPixels(v.left(), v.top() + noteHeight, v.width(), v.height() - noteHeight);
    AxesPainter.paint(g, v, xTitle, yTitle);
    if (!shown.isEmpty()) {
      TextBlock.draw(g, PlotStyle.TICK_FONT, shown, v.left(), v.top() - noteHeight, TextBlock.AS_WRAPPED,
          PlotTheme.of(g).ink());
    }
    return v;
  }

  private static void dot(Graphics2D g, Viewport v, double x, double y, Color c) {
    g.setColor(c);
    g.fill(new Ellipse2D.Double(v.toPixelX(x) - 3.5, v.toPixelY(y) - 3.5, 7, 7));
  }

  private static void predictedAgainstActual(Graphics2D g, LinearRegressionLoss l, double[] theta, Color colour,
      String note, double width, double height) {
    int m = l.sampleCount();
    double[] predicted = new double[m];
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (int r = 0; r < m; r++) {
      predicted[r] = l.predict(theta, r);
      for (double v : new double[] {predicted[r], l.target(r)}) {
        if (Double.isFinite(v)) {
          lo = Math.min(lo, v);
          hi = Math.max(hi, v);
        }
      }
    }
    Viewport v = frame(g, lo, hi, lo, hi, note, "prediction ŷ", "y (target)", width, height);
    var clip = g.getClip();
    g.clip(new Rectangle2D.Double(v.left(), v.top(), v.width(), v.height()));
    g.setColor(PlotTheme.of(g).ink());
    g.setStroke(PlotStyle.DASHED);
    g.draw(new Line2D.Double(v.toPixelX(lo), v.toPixelY(lo), v.toPixelX(hi), v.toPixelY(hi)));
    for (int r = 0; r < m; r += stride(m)) {
      dot(g, v, predicted[r], l.target(r), colour);
    }
    g.setClip(clip);
  }

  private static void boundary(Graphics2D g, LogisticLoss l, double[] theta, Color colour, String note, double width,
      double height) {
    int m = l.sampleCount();
    double x0 = Double.POSITIVE_INFINITY;
    double x1 = Double.NEGATIVE_INFINITY;
    double y0 = Double.POSITIVE_INFINITY;
    double y1 = Double.NEGATIVE_INFINITY;
    for (int r = 0; r < m; r++) {
      x0 = Math.min(x0, l.feature(r, 0));
      x1 = Math.max(x1, l.feature(r, 0));
      y0 = Math.min(y0, l.feature(r, 1));
      y1 = Math.max(y1, l.feature(r, 1));
    }
    Viewport v = frame(g, x0, x1, y0, y1, note, "x₁ (feature 1)", "x₂ (feature 2)", width, height);
    var clip = g.getClip();
    g.clip(new Rectangle2D.Double(v.left(), v.top(), v.width(), v.height()));
    for (int r = 0; r < m; r += stride(m)) {
      dot(g, v, l.feature(r, 0), l.feature(r, 1), l.target(r) == 1 ? CLASS_ONE : CLASS_ZERO);
    }
    // θ₀ + θ₁x₁ + θ₂x₂ = 0, across the rectangle (or, for a steep line, up it)
    g.setColor(colour);
    g.setStroke(new BasicStroke(2.6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    if (Math.abs(theta[2]) >= Math.abs(theta[1]) && theta[2] != 0) {
      double a = v.xMin();
      double b = v.xMax();
      g.draw(new Line2D.Double(v.toPixelX(a), v.toPixelY(-(theta[0] + theta[1] * a) / theta[2]), v.toPixelX(b),
          v.toPixelY(-(theta[0] + theta[1] * b) / theta[2])));
    } else if (theta[1] != 0) {
      double a = v.yMin();
      double b = v.yMax();
      g.draw(new Line2D.Double(v.toPixelX(-(theta[0] + theta[2] * a) / theta[1]), v.toPixelY(a),
          v.toPixelX(-(theta[0] + theta[2] * b) / theta[1]), v.toPixelY(b)));
    }
    g.setClip(clip);
  }

  private static void sigmoid(Graphics2D g, LogisticLoss l, double[] theta, Color colour, String note, double width,
      double height) {
    int m = l.sampleCount();
    boolean one = l.featureCount() == 1;
    double[] across = new double[m];
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (int r = 0; r < m; r++) {
      across[r] = one ? l.feature(r, 0) : l.score(theta, r);
      if (Double.isFinite(across[r])) {
        lo = Math.min(lo, across[r]);
        hi = Math.max(hi, across[r]);
      }
    }
    if (!(hi > lo)) {
      lo -= 1;
      hi += 1;
    }
    Viewport v = frame(g, lo, hi, 0, 1, note, one ? "x (feature)" : "score z = θ₀ + θ·x", "y (0 or 1)", width,
        height);
    var clip = g.getClip();
    g.clip(new Rectangle2D.Double(v.left(), v.top(), v.width(), v.height()));
    g.setColor(PlotTheme.of(g).grid());
    g.setStroke(PlotStyle.DASHED);
    g.draw(new Line2D.Double(v.left(), v.toPixelY(0.5), v.left() + v.width(), v.toPixelY(0.5)));
    for (int r = 0; r < m; r += stride(m)) {
      dot(g, v, across[r], l.target(r), l.target(r) == 1 ? CLASS_ONE : CLASS_ZERO);
    }
    Path2D.Double curve = new Path2D.Double();
    int steps = (int) Math.max(2, v.width());
    for (int i = 0; i <= steps; i++) {
      double x = v.xMin() + (v.xMax() - v.xMin()) * i / steps;
      double z = one ? theta[0] + theta[1] * x : x;
      double y = LogisticLoss.probability(z);
      if (i == 0) {
        curve.moveTo(v.toPixelX(x), v.toPixelY(y));
      } else {
        curve.lineTo(v.toPixelX(x), v.toPixelY(y));
      }
    }
    g.setColor(colour);
    g.setStroke(new BasicStroke(2.6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    g.draw(curve);
    g.setClip(clip);
  }
}
