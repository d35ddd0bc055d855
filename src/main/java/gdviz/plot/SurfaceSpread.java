package gdviz.plot;

import gdviz.model.analysis.IteratePath;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Path2D;

/**
 * Seeded runs on the surface in 3D, as the 2D view draws them: each run faintly up to the step
 * shown, and their mean path dashed — under the run's own path, which is drawn after them.
 */
public final class SurfaceSpread {
  private SurfaceSpread() {}

  public static void paint(Graphics2D g, SurfaceMesh s, SurfacePainter.Camera camera, SpreadPainter.Picture spread,
      double width, double height) {
    if (spread == null || spread.spread().runs().isEmpty()) {
      return;
    }
    PlotStyle.smooth(g);
    SurfaceProjection p = new SurfaceProjection(camera, width, height);
    Color c = spread.colour();
    // brighter than in 2D: the surface under them is dark where the runs end
    g.setColor(new Color(c.getRed(), c.getGreen(), c.getBlue(), 130));
    g.setStroke(new BasicStroke(1.3f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    int k = Math.max(0, spread.k());
    for (var run : spread.spread().runs()) {
      g.draw(SurfacePainter.onSurface(s, p, run.trajectory(), k, spread.xAxis(), spread.yAxis()));
    }
    IteratePath mean = new IteratePath() {
      @Override
      public int size() {
        return spread.spread().length();
      }

      @Override
      public int dimension() {
        return spread.spread().runs().get(0).trajectory().dimension();
      }

      @Override
      public double x(int step, int i) {
        return spread.spread().mean(step, i);
      }

      @Override
      public double value(int step) {
        return Double.NaN;
      }

      @Override
      public double gradient(int step, int i) {
        return Double.NaN;
      }
    };
    Path2D.Double meanLine = SurfacePainter.onSurface(s, p, mean, k, spread.xAxis(), spread.yAxis());
    g.setColor(PlotTheme.of(g).ink());
    g.setStroke(new BasicStroke(3.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10, new float[] {6, 5}, 0));
    g.draw(meanLine);
    g.setColor(PlotTheme.of(g).paper()); // light dashes on a dark outline: seen on any part of the surface
    g.setStroke(new BasicStroke(1.6f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10, new float[] {6, 5}, 0));
    g.draw(meanLine);
  }
}
