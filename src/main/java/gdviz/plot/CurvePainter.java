package gdviz.plot;

import gdviz.model.objective.Objective;
import java.awt.Graphics2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;

/** The graph of a function of one variable, sampled once per pixel column, broken where f is undefined. */
public final class CurvePainter {
  private CurvePainter() {}

  public static void paint(Graphics2D g, Objective f, Viewport v) {
    PlotStyle.smooth(g);
    var clip = g.getClip();
    g.clip(new Rectangle2D.Double(v.left(), v.top(), v.width(), v.height()));
    Path2D.Double path = new Path2D.Double();
    boolean drawing = false;
    double[] x = new double[1];
    double limit = 10 * (v.height() + 1000);
    for (int column = 0; column <= (int) Math.ceil(v.width()); column++) {
      double px = v.left() + column;
      x[0] = v.toWorldX(px);
      double y = f.value(x);
      if (!Double.isFinite(y)) {
        drawing = false;
        continue;
      }
      double py = Math.max(-limit, Math.min(limit, v.toPixelY(y)));
      if (drawing) {
        path.lineTo(px, py);
      } else {
        path.moveTo(px, py);
        drawing = true;
      }
    }
    g.setColor(PlotTheme.of(g).curve());
    g.setStroke(PlotStyle.CURVE);
    g.draw(path);
    g.setClip(clip);
  }
}
