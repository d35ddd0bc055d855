package gdviz.plot;

import gdviz.engine.EtaSweep;
import gdviz.model.analysis.StepSizeBands;
import gdviz.model.format.Numbers;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * The η sweep: for each learning rate, where its run ended — f at the last step minus f* on a log
 * axis (f itself where f* is not known), η on a log axis, the step-size bands behind, the rates
 * whose runs diverged (or left the domain) drawn at the top with a cross, and the current η marked.
 */
public final class SweepPainter {
  /** One run's sweep: its label, colour, points, and f* (NaN: not known). */
  public record Curve(String label, Color colour, List<EtaSweep.Point> points, double minimum) {}

  private static final Color MONOTONE = new Color(0, 158, 115, 40);
  private static final Color OSCILLATING = new Color(230, 159, 0, 55);
  private static final Color DIVERGING = new Color(213, 94, 0, 45);

  private SweepPainter() {}

  /** The plot rectangle of the last paint: η = 10^x, for turning a click into a rate. */
  public static Viewport paint(Graphics2D g, List<Curve> curves, StepSizeBands bands, double eta, double etaMin,
      double etaMax, double width, double height) {
    PlotStyle.smooth(g);
    boolean gaps = !curves.isEmpty() && curves.stream().allMatch(c -> Double.isFinite(c.minimum()));
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (Curve c : curves) {
      for (EtaSweep.Point p : c.points()) {
        double y = y(p, c, gaps);
        if (p != null && !p.outcome().alarming() && Double.isFinite(y)) {
          lo = Math.min(lo, y);
          hi = Math.max(hi, y);
        }
      }
    }
    if (!(hi > lo)) {
      double mid = Double.isFinite(lo) ? lo : 0;
      lo = mid - 1;
      hi = mid + 1;
    }
    lo = Math.max(lo, hi - 40); // at most 40 decades: below that, all is "reached f*"
    double pad = (hi - lo) * 0.08;
    double xMin = Math.log10(etaMin);
    double xMax = Math.log10(etaMax);
    List<NiceTicks.Tick> yTicks = gaps ? NiceTicks.logOf(Math.pow(10, lo - pad), Math.pow(10, hi + pad))
        : NiceTicks.of(lo - pad, hi + pad, 5);
    Viewport v = PlotStyle.inside(new Viewport(xMin, xMax, lo - pad, hi + pad, 0, 0, 1, 1), width, height,
        PlotStyle.leftMargin(g, yTicks));
    List<NiceTicks.Tick> xTicks = new ArrayList<>();
    for (NiceTicks.Tick t : NiceTicks.logOf(etaMin, etaMax)) {
      xTicks.add(new NiceTicks.Tick(Math.log10(t.value()), t.label()));
    }
    if (bands != null) {
      band(g, v, xMin, Math.log10(bands.monotoneLimit()), MONOTONE);
      band(g, v, Math.log10(bands.monotoneLimit()), Math.log10(bands.stabilityLimit()), OSCILLATING);
      band(g, v, Math.log10(bands.stabilityLimit()), xMax, DIVERGING);
    }
    AxesPainter.paint(g, v, xTicks, yTicks, "learning rate η (each rate a whole run"
        + (bands != null ? "; bands: plain gd's)" : ")"),
        gaps ? "f − f* at the last step" : "f at the last step", gaps);
    var clip = g.getClip();
    g.clip(new Rectangle2D.Double(v.left(), v.top() - 8, v.width(), v.height() + 16));
    for (Curve c : curves) {
      curve(g, v, c, gaps);
    }
    g.setClip(clip);
    paintEta(g, v, eta);
    return v;
  }

  /** The current η: a line across the plot of the last {@link #paint}, with its value. */
  public static void paintEta(Graphics2D g, Viewport v, double eta) {
    if (Double.isFinite(eta) && eta > 0 && eta >= Math.pow(10, v.xMin()) && eta <= Math.pow(10, v.xMax())) {
      PlotStyle.smooth(g);
      double px = v.toPixelX(Math.log10(eta));
      g.setColor(PlotTheme.of(g).ink());
      g.setStroke(new BasicStroke(1.6f));
      g.draw(new Line2D.Double(px, v.top(), px, v.top() + v.height()));
      g.setFont(PlotStyle.NOTE_FONT);
      String text = "η = " + Numbers.compact(eta);
      double w = g.getFontMetrics().stringWidth(text);
      double x = Math.min(px + 5, v.left() + v.width() - w - 4);
      g.setColor(PlotTheme.of(g).veil(210));
      g.fill(new Rectangle2D.Double(x - 2, v.top() + 18, w + 4, 16));
      g.setColor(PlotTheme.of(g).ink());
      g.drawString(text, (float) x, (float) (v.top() + 31));
    }
  }

  private static double y(EtaSweep.Point p, Curve c, boolean gaps) {
    if (p == null) {
      return Double.NaN;
    }
    if (!gaps) {
      return p.fFinal();
    }
    double gap = Math.abs(p.fFinal() - c.minimum());
    return Math.log10(Math.max(gap, 1e-300));
  }

  private static void band(Graphics2D g, Viewport v, double from, double to, Color colour) {
    double a = Math.max(v.left(), v.toPixelX(from));
    double b = Math.min(v.left() + v.width(), v.toPixelX(to));
    if (b > a) {
      g.setColor(colour);
      g.fill(new Rectangle2D.Double(a, v.top(), b - a, v.height()));
    }
  }

  private static void curve(Graphics2D g, Viewport v, Curve c, boolean gaps) {
    Path2D.Double line = new Path2D.Double();
    boolean drawing = false;
    double top = v.top() + 4;
    g.setStroke(PlotStyle.PATH);
    for (EtaSweep.Point p : c.points()) {
      if (p == null) {
        drawing = false;
        continue;
      }
      double px = v.toPixelX(Math.log10(p.eta()));
      double y = y(p, c, gaps);
      if (p.outcome().alarming() || !Double.isFinite(y)) {
        drawing = false;
        g.setColor(c.colour());
        g.draw(new Line2D.Double(px - 3, top - 3, px + 3, top + 3)); // diverged: a cross at the top
        g.draw(new Line2D.Double(px - 3, top + 3, px + 3, top - 3));
        continue;
      }
      double py = Math.min(v.top() + v.height(), Math.max(top, v.toPixelY(y)));
      if (drawing) {
        line.lineTo(px, py);
      } else {
        line.moveTo(px, py);
        drawing = true;
      }
    }
    g.setColor(c.colour());
    g.draw(line);
  }
}
