package gdviz.plot;

import gdviz.model.data.LinearRegressionLoss;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;

/**
 * A one-feature regression: the data as a scatter, the line of the current parameters, and the
 * closed-form least-squares line dashed for comparison.
 */
public final class DataFitPainter {
  private DataFitPainter() {}

  /** Whether the loss has one feature, so its fit can be drawn as a line over a scatter. */
  public static boolean drawable(Object objective) {
    return objective instanceof LinearRegressionLoss l && l.featureCount() == 1;
  }

  /**
   * @param theta the current parameters (intercept and slope in the loss's order)
   * @param exact the closed-form minimizer, or null
   * @param names the parameters' names (θ₀, θ₁), for the note
   * @return where the data are drawn (under the note)
   */
  public static Viewport paint(Graphics2D g, LinearRegressionLoss loss, double[] theta, double[] exact, Color colour,
      java.util.List<String> names, double width, double height) {
    AxesPainter.clear(g, width, height);
    int m = loss.sampleCount();
    double x0 = Double.POSITIVE_INFINITY;
    double x1 = Double.NEGATIVE_INFINITY;
    double y0 = Double.POSITIVE_INFINITY;
    double y1 = Double.NEGATIVE_INFINITY;
    for (int r = 0; r < m; r++) {
      x0 = Math.min(x0, loss.feature(r, 0));
      x1 = Math.max(x1, loss.feature(r, 0));
      y0 = Math.min(y0, loss.target(r));
      y1 = Math.max(y1, loss.target(r));
    }
    double padX = Math.max(1e-9, (x1 - x0) * 0.08);
    double padY = Math.max(1e-9, (y1 - y0) * 0.12);
    Viewport world = new Viewport(x0 - padX, x1 + padX, y0 - padY, y1 + padY, 0, 0, 1, 1);
    Viewport v = PlotStyle.inside(world, width, height);
    // the note above the data, never on it, in as many lines as leave the data 60 % of the height
    // (the whole note is the view's tooltip)
    double noteWidth = Math.min(v.width() - 8, 420);
    String note = TextBlock.within(g, PlotStyle.TICK_FONT, note(loss, theta, exact != null, names), noteWidth,
        0.4 * v.height());
    double noteHeight = note.isEmpty() ? 0 : TextBlock.height(g, PlotStyle.TICK_FONT, note, TextBlock.AS_WRAPPED) + 4;
    v = v.withPixels(v.left(), v.top() + noteHeight, v.width(), v.height() - noteHeight);
    AxesPainter.paint(g, v, "x (feature)", "y (target)");
    var clip = g.getClip();
    g.clip(new Rectangle2D.Double(v.left(), v.top(), v.width(), v.height()));
    PlotStyle.smooth(g);
    int stride = Math.max(1, m / 4000);
    for (int r = 0; r < m; r += stride) {
      double px = v.toPixelX(loss.feature(r, 0));
      double py = v.toPixelY(loss.target(r));
      g.setColor(PlotTheme.of(g).data());
      g.fill(new Ellipse2D.Double(px - 3.5, py - 3.5, 7, 7));
    }
    if (exact != null) {
      g.setColor(PlotTheme.of(g).ink());
      g.setStroke(PlotStyle.DASHED);
      line(g, v, loss, exact);
    }
    g.setColor(colour);
    g.setStroke(new BasicStroke(2.6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    line(g, v, loss, theta);
    g.setClip(clip);
    if (!note.isEmpty()) {
      TextBlock.draw(g, PlotStyle.TICK_FONT, note, v.left(), v.top() - noteHeight, TextBlock.AS_WRAPPED,
          PlotTheme.of(g).ink());
    }
    return v;
  }

  /**
   * What the panel says: which line is which, J at the current parameters and, for a preset that
   * asks for it, the course's own error value with its one-line note.
   */
  public static String note(LinearRegressionLoss loss, double[] theta, boolean exact, java.util.List<String> names) {
    StringBuilder s = new StringBuilder("solid: current ").append(String.join(", ", names))
        .append(exact ? "; dashed: least squares" : "");
    s.append("\nJ = ").append(gdviz.model.format.Numbers.compact(loss.value(theta)));
    if (loss.report() != null) {
      s.append("; ").append(loss.report().label()).append(" = ").append(loss.reportedValue(theta));
      if (!loss.report().note().isEmpty()) {
        s.append("\n").append(loss.report().note());
      }
    }
    return s.toString();
  }

  private static void line(Graphics2D g, Viewport v, LinearRegressionLoss loss, double[] theta) {
    double intercept;
    double slope;
    switch (loss.intercept()) {
      case FIRST -> {
        intercept = theta[0];
        slope = theta[1];
      }
      case LAST -> {
        slope = theta[0];
        intercept = theta[1];
      }
      default -> {
        intercept = 0;
        slope = theta[0];
      }
    }
    double a = v.xMin();
    double b = v.xMax();
    g.draw(new Line2D.Double(v.toPixelX(a), v.toPixelY(intercept + slope * a), v.toPixelX(b),
        v.toPixelY(intercept + slope * b)));
  }
}
