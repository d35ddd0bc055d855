package gdviz.plot;

import gdviz.model.optim.Sketch;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Path2D;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;

/**
 * A method's state drawn over the function plot, in the plane of the two coordinates shown:
 * Nelder–Mead's simplex as a shaded triangle, BFGS's ellipse, arrows from the iterate. In the
 * run's colour, translucent, so the contours stay readable under it.
 */
public final class SketchPainter {
  private SketchPainter() {}

  public static void paint(Graphics2D g, Viewport v, Sketch s, int xAxis, int yAxis, Color colour) {
    PlotStyle.smooth(g);
    var clip = g.getClip();
    g.clip(new java.awt.geom.Rectangle2D.Double(v.left(), v.top(), v.width(), v.height()));
    if (!s.polygon().isEmpty()) {
      Path2D.Double shape = new Path2D.Double();
      for (int i = 0; i < s.polygon().size(); i++) {
        double[] p = s.polygon().get(i);
        double px = v.toPixelX(p[xAxis]);
        double py = v.toPixelY(p[yAxis]);
        if (i == 0) {
          shape.moveTo(px, py);
        } else {
          shape.lineTo(px, py);
        }
      }
      shape.closePath();
      g.setColor(new Color(colour.getRed(), colour.getGreen(), colour.getBlue(), 50));
      g.fill(shape);
      g.setColor(PlotTheme.of(g).paper());
      g.setStroke(new BasicStroke(3.2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
      g.draw(shape);
      g.setColor(colour);
      g.setStroke(new BasicStroke(1.6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
      g.draw(shape);
    }
    if (s.ellipse() != null && s.centre() != null) {
      Path2D.Double e = ellipse(v, s.ellipse(), s.centre(), xAxis, yAxis);
      if (e != null) {
        g.setColor(PlotTheme.of(g).paper());
        g.setStroke(new BasicStroke(3.4f));
        g.draw(e);
        g.setColor(colour);
        g.setStroke(PlotStyle.DASHED);
        g.draw(e);
      }
    }
    Color[] parts = {Palette.BLUE, Palette.GREEN, Palette.PURPLE};
    int part = 0;
    for (gdviz.model.optim.Sketch.Arrow a : s.arrows()) {
      boolean step = a.label().equals("step");
      arrow(g, v, a, xAxis, yAxis, step ? colour : parts[part++ % parts.length], step);
    }
    g.setClip(clip);
  }

  /** An arrow from its point by its vector, a halo under it, its label beside the head; none if too short to see. */
  private static void arrow(Graphics2D g, Viewport v, gdviz.model.optim.Sketch.Arrow a, int xAxis, int yAxis,
      Color colour, boolean thick) {
    double x0 = v.toPixelX(a.from()[xAxis]);
    double y0 = v.toPixelY(a.from()[yAxis]);
    double x1 = v.toPixelX(a.from()[xAxis] + a.by()[xAxis]);
    double y1 = v.toPixelY(a.from()[yAxis] + a.by()[yAxis]);
    if (!(Math.hypot(x1 - x0, y1 - y0) >= 4) || !Double.isFinite(x1 + y1)) {
      return;
    }
    java.awt.geom.Line2D.Double line = new java.awt.geom.Line2D.Double(x0, y0, x1, y1);
    g.setColor(PlotTheme.of(g).paper());
    g.setStroke(new BasicStroke(thick ? 5f : 4f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    g.draw(line);
    g.setColor(colour);
    g.setStroke(new BasicStroke(thick ? 2.6f : 1.8f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    g.draw(line);
    TrajectoryPainter.arrowHead(g, x0, y0, x1, y1, colour);
    g.setFont(PlotStyle.TICK_FONT);
    g.setColor(colour);
    g.drawString(a.label(), (float) (x1 + 6), (float) (y1 - 4));
  }

  /** The ellipse {c + u : uᵀM⁻¹u = 1} in the plane (xAxis, yAxis), as a path in pixels; null if M is not positive there. */
  static Path2D.Double ellipse(Viewport v, double[][] m, double[] c, int xAxis, int yAxis) {
    double[][] plane = {{m[xAxis][xAxis], m[xAxis][yAxis]}, {m[yAxis][xAxis], m[yAxis][yAxis]}};
    for (double[] row : plane) {
      for (double x : row) {
        if (!Double.isFinite(x)) {
          return null;
        }
      }
    }
    EigenDecomposition eigen = new EigenDecomposition(new Array2DRowRealMatrix(plane, false));
    double[] values = eigen.getRealEigenvalues();
    if (!(values[0] > 0) || !(values[1] > 0)) {
      return null;
    }
    double[] a = eigen.getEigenvector(0).toArray();
    double[] b = eigen.getEigenvector(1).toArray();
    double ra = Math.sqrt(values[0]);
    double rb = Math.sqrt(values[1]);
    Path2D.Double path = new Path2D.Double();
    for (int i = 0; i <= 96; i++) {
      double t = 2 * Math.PI * i / 96;
      double x = c[xAxis] + ra * Math.cos(t) * a[0] + rb * Math.sin(t) * b[0];
      double y = c[yAxis] + ra * Math.cos(t) * a[1] + rb * Math.sin(t) * b[1];
      if (i == 0) {
        path.moveTo(v.toPixelX(x), v.toPixelY(y));
      } else {
        path.lineTo(v.toPixelX(x), v.toPixelY(y));
      }
    }
    return path;
  }
}
