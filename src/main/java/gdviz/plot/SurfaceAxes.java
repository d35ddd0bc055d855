package gdviz.plot;

import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.util.ArrayList;
import java.util.List;

/**
 * The 3D box's axes: numbered ticks along the floor's front edges for the two coordinates, and an
 * f axis up the box's left corner with the function values at their heights — on a log height
 * scale (a wide range of f) the ticks are powers of ten above the minimum, and the axis says so.
 */
final class SurfaceAxes {
  private static final double TICK = 0.05;

  private SurfaceAxes() {}

  static void paint(Graphics2D g, SurfaceMesh s, SurfaceProjection p) {
    Color ink = PlotTheme.of(g).ink();
    g.setFont(PlotStyle.TICK_FONT);
    g.setStroke(PlotStyle.HAIRLINE);
    FontMetrics fm = g.getFontMetrics();
    double floor = -SurfaceMesh.HEIGHT;
    double[] a = new double[3];
    double[] b = new double[3];
    Viewport w = s.world;
    for (NiceTicks.Tick t : NiceTicks.of(w.xMin(), w.xMax(), 5)) {
      double x = SurfacePainter.boxX(w, t.value());
      if (x >= -1.0001 && x <= 1.0001) {
        p.project(x, -1, floor, a);
        p.project(x, -1 - TICK, floor, b);
        label(g, ink, fm, t.label(), a, b, 1.6);
      }
    }
    for (NiceTicks.Tick t : NiceTicks.of(w.yMin(), w.yMax(), 5)) {
      double y = SurfacePainter.boxY(w, t.value());
      if (y >= -1.0001 && y <= 1.0001) {
        p.project(1, y, floor, a);
        p.project(1 + TICK, y, floor, b);
        label(g, ink, fm, t.label(), a, b, 1.6);
      }
    }
    // the f axis: up the corner at (−1, −1), where the x axis starts
    p.project(-1, -1, floor, a);
    p.project(-1, -1, SurfaceMesh.HEIGHT, b);
    g.setColor(new Color(ink.getRed(), ink.getGreen(), ink.getBlue(), 140));
    g.draw(new Line2D.Double(a[0], a[1], b[0], b[1]));
    for (NiceTicks.Tick t : heightTicks(s)) {
      double z = s.z(t.value());
      if (Double.isNaN(z) || z < floor - 1e-9 || z > SurfaceMesh.HEIGHT + 1e-9) {
        continue;
      }
      p.project(-1, -1, z, a);
      p.project(-1 - TICK, -1 - TICK, z, b);
      label(g, ink, fm, t.label(), a, b, 1.8);
    }
    p.project(-1, -1, SurfaceMesh.HEIGHT, b);
    g.setColor(ink);
    g.setFont(PlotStyle.LABEL_FONT);
    String title = s.heights.logarithmic() ? "f (log scale)" : "f";
    g.drawString(title, (float) (b[0] - g.getFontMetrics().stringWidth(title) / 2.0), (float) (b[1] - 8));
  }

  /** A tick from {@code a} towards {@code b}, its label beyond it by {@code gap} tick lengths. */
  private static void label(Graphics2D g, Color ink, FontMetrics fm, String text, double[] a, double[] b, double gap) {
    g.setColor(ink);
    g.draw(new Line2D.Double(a[0], a[1], b[0], b[1]));
    double lx = a[0] + (b[0] - a[0]) * gap * 2.2;
    double ly = a[1] + (b[1] - a[1]) * gap * 2.2;
    int w = fm.stringWidth(text);
    // beside the tick on the side it points to, centred across it
    double x = b[0] < a[0] - 0.5 ? lx - w : b[0] > a[0] + 0.5 ? lx : lx - w / 2.0;
    g.drawString(text, (float) x, (float) (ly + fm.getAscent() / 2.0 - 1));
  }

  /** The f values to mark: nice numbers on a linear scale; the minimum plus powers of ten on a log one. */
  static List<NiceTicks.Tick> heightTicks(SurfaceMesh s) {
    double min = s.grid.min();
    double max = s.grid.max();
    if (!(max > min) || !Double.isFinite(max - min)) {
      return List.of();
    }
    if (!s.heights.logarithmic()) {
      return NiceTicks.of(min, max, 5);
    }
    List<NiceTicks.Tick> ticks = new ArrayList<>();
    for (NiceTicks.Tick t : NiceTicks.logOf(Math.max((max - min) * 1e-4, Double.MIN_NORMAL), max - min)) {
      double f = min + t.value();
      // three significant digits: Himmelblau's grid minimum 0.0198 plus 1000 reads 1000, not 1000.02
      String label = new java.math.BigDecimal(f).round(new java.math.MathContext(3)).stripTrailingZeros()
          .toPlainString();
      ticks.add(new NiceTicks.Tick(f, label.length() > 8 ? gdviz.model.format.Numbers.compact(f) : label));
    }
    return ticks;
  }
}
