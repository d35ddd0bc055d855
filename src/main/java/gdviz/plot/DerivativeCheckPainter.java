package gdviz.plot;

import gdviz.model.format.Numbers;
import gdviz.model.objective.DifferenceQuotient;
import gdviz.model.objective.Objective;
import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * The difference-quotient lesson in two plots: the exact derivative and the forward-difference
 * estimate (f(x + h) − f(x))/h over an interval, and the largest error |estimate − exact| against h
 * on log–log axes, where truncation (error ∝ h) meets rounding (error ∝ ε/h).
 */
public final class DerivativeCheckPainter {
  private DerivativeCheckPainter() {}

  public static void paintDerivatives(Graphics2D g, Objective f, double from, double to, double h, double width,
      double height) {
    AxesPainter.clear(g, width, height);
    int n = 240;
    List<DifferenceQuotient.Sample> samples = DifferenceQuotient.table(f, from, to, n, h);
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (DifferenceQuotient.Sample s : samples) {
      for (double d : new double[] {s.exact()[0], s.estimate()[0]}) {
        if (Double.isFinite(d)) {
          lo = Math.min(lo, d);
          hi = Math.max(hi, d);
        }
      }
    }
    if (!(hi > lo)) {
      lo -= 1;
      hi += 1;
    }
    double pad = (hi - lo) * 0.08;
    Viewport v = PlotStyle.inside(new Viewport(from, to, lo - pad, hi + pad, 0, 0, 1, 1), width, height);
    AxesPainter.paint(g, v, "x", "f'(x)");
    var clip = g.getClip();
    g.clip(new Rectangle2D.Double(v.left(), v.top(), v.width(), v.height()));
    PlotStyle.smooth(g);
    Path2D.Double exact = new Path2D.Double();
    Path2D.Double estimate = new Path2D.Double();
    for (int i = 0; i < samples.size(); i++) {
      DifferenceQuotient.Sample s = samples.get(i);
      double px = v.toPixelX(s.x()[0]);
      lineTo(exact, px, v.toPixelY(s.exact()[0]), i == 0);
      lineTo(estimate, px, v.toPixelY(s.estimate()[0]), i == 0);
    }
    g.setStroke(new BasicStroke(5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    g.setColor(new java.awt.Color(0x56B4E9));
    g.draw(exact);
    g.setStroke(PlotStyle.DASHED);
    g.setColor(Palette.VERMILLION);
    g.draw(estimate);
    g.setClip(clip);
    g.setFont(PlotStyle.TICK_FONT);
    g.setColor(PlotTheme.of(g).ink());
    g.drawString("wide blue: exact f'(x)    dashed: (f(x + h) − f(x))/h with h = " + Numbers.compact(h),
        (float) (v.left() + 8), (float) (v.top() + 16));
  }

  /** Largest |estimate − exact| over the interval for h = 10⁰ … 10⁻¹⁶, the chosen h ringed. */
  public static void paintErrors(Graphics2D g, Objective f, double from, double to, double h, double width,
      double height) {
    AxesPainter.clear(g, width, height);
    List<double[]> points = new ArrayList<>();
    for (int i = 0; i <= 64; i++) {
      double step = Math.pow(10, -i / 4.0);
      points.add(new double[] {Math.log10(step), Math.log10(worstError(f, from, to, step))});
    }
    double chosen = Math.log10(worstError(f, from, to, h));
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (double[] p : points) {
      if (Double.isFinite(p[1])) {
        lo = Math.min(lo, p[1]);
        hi = Math.max(hi, p[1]);
      }
    }
    if (!(hi > lo)) {
      lo -= 1;
      hi += 1;
    }
    Viewport v = PlotStyle.inside(new Viewport(-16.5, 0.5, lo - 0.5, hi + 0.5, 0, 0, 1, 1), width, height);
    List<NiceTicks.Tick> xTicks = new ArrayList<>();
    for (int e = -16; e <= 0; e += 2) {
      xTicks.add(new NiceTicks.Tick(e, e == 0 ? "1" : "1e" + e));
    }
    List<NiceTicks.Tick> yTicks = new ArrayList<>();
    for (NiceTicks.Tick t : NiceTicks.logOf(Math.pow(10, lo - 0.5), Math.pow(10, hi + 0.5))) {
      yTicks.add(t);
    }
    AxesPainter.paint(g, v, xTicks, yTicks, "h (log scale)", "largest |estimate − exact|", true);
    var clip = g.getClip();
    g.clip(new Rectangle2D.Double(v.left(), v.top(), v.width(), v.height()));
    PlotStyle.smooth(g);
    Path2D.Double curve = new Path2D.Double();
    boolean first = true;
    for (double[] p : points) {
      if (!Double.isFinite(p[1])) {
        first = true;
        continue;
      }
      lineTo(curve, v.toPixelX(p[0]), v.toPixelY(p[1]), first);
      first = false;
    }
    g.setStroke(PlotStyle.PATH);
    g.setColor(PlotTheme.of(g).data());
    g.draw(curve);
    if (Double.isFinite(chosen)) {
      double px = v.toPixelX(Math.log10(h));
      double py = v.toPixelY(chosen);
      g.setColor(Palette.VERMILLION);
      g.setStroke(new BasicStroke(2.5f));
      g.draw(new Ellipse2D.Double(px - 7, py - 7, 14, 14));
      g.setStroke(PlotStyle.DASHED);
      g.draw(new Line2D.Double(px, v.top(), px, v.top() + v.height()));
    }
    g.setClip(clip);
  }

  /** The largest forward-difference error over 61 points of [from, to]. */
  public static double worstError(Objective f, double from, double to, double h) {
    double worst = 0;
    for (DifferenceQuotient.Sample s : DifferenceQuotient.table(f, from, to, 61, h)) {
      worst = Math.max(worst, s.maxError());
    }
    return worst;
  }

  private static void lineTo(Path2D.Double path, double x, double y, boolean first) {
    double limit = 1e6;
    y = Math.max(-limit, Math.min(limit, y));
    if (first) {
      path.moveTo(x, y);
    } else {
      path.lineTo(x, y);
    }
  }
}
