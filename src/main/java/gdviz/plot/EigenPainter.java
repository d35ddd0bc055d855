package gdviz.plot;

import gdviz.model.format.Numbers;
import gdviz.model.objective.Curvature;
import gdviz.plot.label.PlotLabels;
import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;

/**
 * A 2D function's eigen-directions: a line through the centre along each vᵢ, labelled with its
 * curvature λᵢ — for a quadratic through x*, where they are the axes of the contour ellipses; for
 * another function through the current iterate, labelled "local".
 */
public final class EigenPainter {
  /** The directions to draw and where: exact (a quadratic's x*) or local (at the iterate). */
  public record Axes(double[] centre, Curvature curvature, boolean local) {
    /**
     * A quadratic's axes at x*, exact; another 2D function's at the point {@code at} (the current
     * iterate), local; null in 1D, beyond 2D, or where the Hessian is not known.
     */
    public static Axes of(gdviz.model.objective.Objective f, double[] at) {
      if (f.dimension() != 2) {
        return null;
      }
      Curvature exact = gdviz.model.analysis.DirectionLosses.of(f);
      if (exact != null) {
        return new Axes(f.minimizer(), exact, false);
      }
      Curvature local = Curvature.at(f, at);
      return local == null ? null : new Axes(at, local, true);
    }
  }

  private EigenPainter() {}

  public static void paint(Graphics2D g, Viewport v, Axes axes, PlotLabels labels) {
    Curvature c = axes.curvature();
    if (c.dimension() != 2) {
      return;
    }
    PlotStyle.smooth(g);
    double span = Math.hypot(v.xMax() - v.xMin(), v.yMax() - v.yMin());
    for (int i = 0; i < 2; i++) {
      double[] d = c.vectors()[i];
      double[] ends = SegmentClipper.clip(
          v.toPixelX(axes.centre()[0] - span * d[0]), v.toPixelY(axes.centre()[1] - span * d[1]),
          v.toPixelX(axes.centre()[0] + span * d[0]), v.toPixelY(axes.centre()[1] + span * d[1]),
          v.left(), v.top(), v.left() + v.width(), v.top() + v.height());
      if (ends == null) {
        continue;
      }
      Line2D.Double line = new Line2D.Double(ends[0], ends[1], ends[2], ends[3]);
      g.setColor(PlotTheme.of(g).veil(200));
      g.setStroke(new BasicStroke(4f));
      g.draw(line);
      g.setColor(PlotTheme.of(g).ink());
      g.setStroke(PlotStyle.DASHED);
      g.draw(line);
      // the label at the end further from the centre: away from x*, where the path arrives
      double cx = v.toPixelX(axes.centre()[0]);
      double cy = v.toPixelY(axes.centre()[1]);
      boolean second = Math.hypot(ends[2] - cx, ends[3] - cy) > Math.hypot(ends[0] - cx, ends[1] - cy);
      double lx = second ? ends[2] : ends[0];
      double ly = second ? ends[3] : ends[1];
      String text = "v" + (char) ('₁' + i) + ": λ" + (char) ('₁' + i) + " = " + Numbers.compact(c.values()[i])
          + (axes.local() ? " (local)" : "");
      labels.placer().avoidLine(ends[0], ends[1], ends[2], ends[3]);
      labels.add(PlotLabels.Rank.GUIDE, text, PlotStyle.NOTE_FONT, PlotTheme.of(g).ink(), lx, ly, 6);
    }
  }
}
