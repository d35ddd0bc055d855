package gdviz.plot;

import gdviz.model.data.LinearRegressionLoss;
import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;

/**
 * Least squares with two features in data space: the rows at (x₁, x₂) coloured by their y, and
 * the current prediction's contour lines ŷ = c (straight and parallel: the model is a plane) in
 * the colours of the same scale, each labelled with its value — a row off its line is a residual.
 */
final class DataSpacePlane {
  private DataSpacePlane() {}

  static void paint(Graphics2D g, LinearRegressionLoss l, double[] theta, String note, double width, double height) {
    int m = l.sampleCount();
    double x0 = Double.POSITIVE_INFINITY;
    double x1 = Double.NEGATIVE_INFINITY;
    double y0 = Double.POSITIVE_INFINITY;
    double y1 = Double.NEGATIVE_INFINITY;
    double low = Double.POSITIVE_INFINITY;
    double high = Double.NEGATIVE_INFINITY;
    for (int r = 0; r < m; r++) {
      x0 = Math.min(x0, l.feature(r, 0));
      x1 = Math.max(x1, l.feature(r, 0));
      y0 = Math.min(y0, l.feature(r, 1));
      y1 = Math.max(y1, l.feature(r, 1));
      low = Math.min(low, l.target(r));
      high = Math.max(high, l.target(r));
    }
    Viewport v = DataSpacePainter.frame(g, x0, x1, y0, y1, note, "x₁ (feature 1)", "x₂ (feature 2)", width, height);
    var clip = g.getClip();
    g.clip(new Rectangle2D.Double(v.left(), v.top(), v.width(), v.height()));
    double span = high > low ? high - low : 1;
    for (int r = 0; r < m; r += DataSpacePainter.stride(m)) {
      double px = v.toPixelX(l.feature(r, 0));
      double py = v.toPixelY(l.feature(r, 1));
      g.setColor(new Color(Palette.viridis((l.target(r) - low) / span)));
      g.fill(new Ellipse2D.Double(px - 4, py - 4, 8, 8));
      g.setColor(PlotTheme.of(g).ink());
      g.setStroke(PlotStyle.HAIRLINE);
      g.draw(new Ellipse2D.Double(px - 4, py - 4, 8, 8));
    }
    // ŷ = c + a·x₁ + b·x₂
    double c = l.predictAt(theta, new double[] {0, 0});
    double a = l.predictAt(theta, new double[] {1, 0}) - c;
    double b = l.predictAt(theta, new double[] {0, 1}) - c;
    g.setFont(PlotStyle.TICK_FONT);
    FontMetrics fm = g.getFontMetrics();
    for (NiceTicks.Tick t : NiceTicks.of(low, high, 6)) {
      double[] ends = level(v, a, b, t.value() - c);
      if (ends == null) {
        continue;
      }
      Color hue = new Color(Palette.viridis((t.value() - low) / span));
      g.setColor(hue.darker());
      g.setStroke(new java.awt.BasicStroke(1.8f));
      g.draw(new Line2D.Double(ends[0], ends[1], ends[2], ends[3]));
      String text = "ŷ = " + t.label();
      // at the line's end nearer the plot's top or right, inside the plot
      double lx = Math.min(Math.max(ends[2] + 3, v.left() + 2), v.left() + v.width() - fm.stringWidth(text) - 2);
      double ly = Math.min(Math.max(ends[3] + 4, v.top() + fm.getAscent() + 6), v.top() + v.height() - 6);
      TextBlock.draw(g, PlotStyle.TICK_FONT, text, lx - 4, ly - fm.getAscent() - 3, fm.stringWidth(text) + 16,
          PlotTheme.of(g).ink()); // on a light box, so it reads over the rows
    }
    g.setClip(clip);
  }

  /** Where a·x₁ + b·x₂ = d crosses the plot, in pixels {x, y, x, y} (the second end the higher), or null. */
  private static double[] level(Viewport v, double a, double b, double d) {
    double xa;
    double ya;
    double xb;
    double yb;
    if (Math.abs(b) >= Math.abs(a) && b != 0) {
      xa = v.xMin();
      xb = v.xMax();
      ya = (d - a * xa) / b;
      yb = (d - a * xb) / b;
    } else if (a != 0) {
      ya = v.yMin();
      yb = v.yMax();
      xa = (d - b * ya) / a;
      xb = (d - b * yb) / a;
    } else {
      return null;
    }
    double[] c = SegmentClipper.clip(v.toPixelX(xa), v.toPixelY(ya), v.toPixelX(xb), v.toPixelY(yb), v.left(),
        v.top(), v.left() + v.width(), v.top() + v.height());
    if (c == null) {
      return null;
    }
    return c[1] < c[3] ? new double[] {c[2], c[3], c[0], c[1]} : c;
  }
}
