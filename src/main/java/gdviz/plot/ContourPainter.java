package gdviz.plot;

import java.awt.Graphics2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;

/** Contour lines of a function of two variables over its heat map. */
public final class ContourPainter {
  private ContourPainter() {}

  public static void paint(Graphics2D g, FunctionGrid grid, ContourLevels levels, Viewport v) {
    paint(g, grid, levels, v, PlotTheme.of(g).contour());
  }

  /** In a colour of its own (the theme's ink over the basin map's pale colours). */
  public static void paint(Graphics2D g, FunctionGrid grid, ContourLevels levels, Viewport v, java.awt.Color colour) {
    PlotStyle.smooth(g);
    var clip = g.getClip();
    g.clip(new Rectangle2D.Double(v.left(), v.top(), v.width(), v.height()));
    g.setColor(colour);
    g.setStroke(PlotStyle.HAIRLINE);
    MarchingSquares.Workspace workspace = new MarchingSquares.Workspace(grid);
    for (double level : levels.levels()) {
      for (MarchingSquares.Polyline line : workspace.contour(level)) {
        Path2D.Double path = new Path2D.Double();
        path.moveTo(v.toPixelX(line.xs()[0]), v.toPixelY(line.ys()[0]));
        for (int k = 1; k < line.size(); k++) {
          path.lineTo(v.toPixelX(line.xs()[k]), v.toPixelY(line.ys()[k]));
        }
        g.draw(path);
      }
    }
    g.setClip(clip);
  }
}
