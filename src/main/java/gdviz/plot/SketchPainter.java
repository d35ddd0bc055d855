package gdviz.plot;

import gdviz.model.method.Sketch;
import gdviz.plot.label.PlotLabels;
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

  public static void paint(Graphics2D g, Viewport v, Sketch s, int xAxis, int yAxis, Color colour,
      PlotLabels labels) {
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
    arrows(g, s, colour, p -> {
      double[] px = {v.toPixelX(p[xAxis]), v.toPixelY(p[yAxis])};
      return Double.isFinite(px[0] + px[1]) ? px : null;
    }, xAxis, yAxis, labels);
    g.setClip(clip);
  }

  /**
   * The sketch's arrows, each from its point by its vector as {@code onScreen} places points (null:
   * not drawn): the step in the run's colour and thicker, the others blue, green, purple in turn;
   * a halo under each, its label beside the head (placed with the plot's other labels, in its
   * colour on a halo); none too short to see. The 2D plot and the surface in 3D draw them so.
   */
  static void arrows(Graphics2D g, Sketch s, Color colour, java.util.function.Function<double[], double[]> onScreen,
      int xAxis, int yAxis, PlotLabels labels) {
    Color[] parts = {Palette.BLUE, Palette.GREEN, Palette.PURPLE};
    int part = 0;
    for (Sketch.Arrow a : s.arrows()) {
      boolean step = a.label().equals("step");
      Color c = step ? colour : parts[part++ % parts.length];
      double[] end = a.from().clone();
      end[xAxis] += a.by()[xAxis];
      end[yAxis] += a.by()[yAxis];
      double[] from = onScreen.apply(a.from());
      double[] to = onScreen.apply(end);
      if (from == null || to == null || !(Math.hypot(to[0] - from[0], to[1] - from[1]) >= 4)) {
        continue;
      }
      java.awt.geom.Line2D.Double line = new java.awt.geom.Line2D.Double(from[0], from[1], to[0], to[1]);
      g.setColor(PlotTheme.of(g).paper());
      g.setStroke(new BasicStroke(step ? 5f : 4f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
      g.draw(line);
      g.setColor(c);
      g.setStroke(new BasicStroke(step ? 2.6f : 1.8f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
      g.draw(line);
      TrajectoryPainter.arrowHead(g, from[0], from[1], to[0], to[1], c);
      labels.placer().avoidLine(from[0], from[1], to[0], to[1]);
      labels.add(PlotLabels.Rank.SKETCH, a.label(), PlotStyle.NOTE_FONT, c, to[0], to[1], 5);
    }
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
