package gdviz.plot;

import gdviz.model.LinearRegressionLoss;
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
   */
  public static void paint(Graphics2D g, LinearRegressionLoss loss, double[] theta, double[] exact, Color colour,
      double width, double height) {
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
    Viewport v = PlotStyle.inside(new Viewport(x0 - padX, x1 + padX, y0 - padY, y1 + padY, 0, 0, 1, 1), width, height);
    AxesPainter.paint(g, v, "x (feature)", "y (target)");
    var clip = g.getClip();
    g.clip(new Rectangle2D.Double(v.left(), v.top(), v.width(), v.height()));
    PlotStyle.smooth(g);
    int stride = Math.max(1, m / 4000);
    for (int r = 0; r < m; r += stride) {
      double px = v.toPixelX(loss.feature(r, 0));
      double py = v.toPixelY(loss.target(r));
      g.setColor(new Color(0x0072B2));
      g.fill(new Ellipse2D.Double(px - 3.5, py - 3.5, 7, 7));
    }
    if (exact != null) {
      g.setColor(Palette.BLACK);
      g.setStroke(PlotStyle.DASHED);
      line(g, v, loss, exact);
    }
    g.setColor(colour);
    g.setStroke(new BasicStroke(2.6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    line(g, v, loss, theta);
    g.setClip(clip);
    g.setFont(PlotStyle.TICK_FONT);
    g.setColor(Palette.BLACK);
    String legend = exact != null ? "solid: current θ   dashed: least squares" : "current θ";
    g.drawString(legend, (float) (v.left() + 8), (float) (v.top() + 16));
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
