package gdviz.plot;

import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import gdviz.plot.label.ShortenedTexts;
import java.util.List;

/** Frame, light grid, ticks with labels and the two axis titles of a plot. */
public final class AxesPainter {
  private AxesPainter() {}

  public static void paint(Graphics2D g, Viewport v, String xTitle, String yTitle) {
    paint(g, v, NiceTicks.of(v.xMin(), v.xMax(), ticksFor(v.width())),
        NiceTicks.of(v.yMin(), v.yMax(), ticksFor(v.height())), xTitle, yTitle, false);
  }

  /** With explicit ticks; {@code logY} maps tick values through log10 before placing them. */
  public static void paint(Graphics2D g, Viewport v, List<NiceTicks.Tick> xTicks, List<NiceTicks.Tick> yTicks,
      String xTitle, String yTitle, boolean logY) {
    PlotStyle.smooth(g);
    double right = v.left() + v.width();
    double bottom = v.top() + v.height();
    g.setStroke(PlotStyle.HAIRLINE);
    g.setFont(PlotStyle.TICK_FONT);
    FontMetrics fm = g.getFontMetrics();
    double labelledTo = Double.NEGATIVE_INFINITY; // a label that would touch the one before is left out
    for (NiceTicks.Tick t : xTicks) {
      double px = v.toPixelX(t.value());
      if (px < v.left() - 0.5 || px > right + 0.5) {
        continue;
      }
      g.setColor(PlotTheme.of(g).grid());
      g.draw(new Line2D.Double(px, v.top(), px, bottom));
      g.setColor(PlotTheme.of(g).axis());
      g.draw(new Line2D.Double(px, bottom, px, bottom + 5));
      double w = fm.stringWidth(t.label());
      // centred under its tick, or moved in from the plot's right margin: the last tick's label
      // ("30000" of minibatch-linreg's loss) was cut at the figure's edge
      double x = Math.min(px - w / 2, right + PlotStyle.MARGIN_RIGHT - 2 - w);
      if (x >= labelledTo + 6) {
        g.drawString(t.label(), (float) x, (float) (bottom + 7 + fm.getAscent()));
        labelledTo = x + w;
      }
    }
    double lastLabelY = Double.NaN; // a label that would touch the one before is left out (a low plot)
    for (NiceTicks.Tick t : yTicks) {
      double py = v.toPixelY(logY ? Math.log10(t.value()) : t.value());
      if (py < v.top() - 0.5 || py > bottom + 0.5) {
        continue;
      }
      g.setColor(PlotTheme.of(g).grid());
      g.draw(new Line2D.Double(v.left(), py, right, py));
      g.setColor(PlotTheme.of(g).axis());
      g.draw(new Line2D.Double(v.left() - 5, py, v.left(), py));
      if (!(Math.abs(py - lastLabelY) < fm.getAscent() + 2)) {
        g.drawString(t.label(), (float) (v.left() - 8 - fm.stringWidth(t.label())),
            (float) (py + fm.getAscent() / 2.0 - 2));
        lastLabelY = py;
      }
    }
    g.setColor(PlotTheme.of(g).axis());
    g.draw(new Rectangle2D.Double(v.left(), v.top(), v.width(), v.height()));
    String x = fitted(g, xTitle, v.width());
    fm = g.getFontMetrics();
    g.drawString(x, (float) (v.left() + v.width() / 2 - fm.stringWidth(x) / 2.0), (float) (bottom + 40));
    // the rotated title runs along the plot's height
    String y = fitted(g, yTitle, v.height() + v.top() + 8);
    fm = g.getFontMetrics();
    var saved = g.getTransform();
    double along = Math.max(fm.stringWidth(y) / 2.0, 0);
    g.translate(14, Math.max(v.top() + v.height() / 2 + along, fm.stringWidth(y) + 2));
    g.rotate(-Math.PI / 2);
    g.drawString(y, 0f, 0f);
    g.setTransform(saved);
  }

  /**
   * An axis title that fits its length: in the label font, or one down to the tick labels' size
   * (never smaller: a title printed 6 px high was unreadable); where even that is too long, without
   * its parenthesis ("f − f* (f* = the minimum of f)" → "f − f*"), then cut with "…" — its whole
   * text noted for the view's tooltip ({@link ShortenedTexts}). Sets the font it is to be drawn in.
   */
  static String fitted(Graphics2D g, String text, double length) {
    java.awt.Font font = PlotStyle.LABEL_FONT;
    while (font.getSize2D() > PlotStyle.TICK_FONT.getSize2D() && g.getFontMetrics(font).stringWidth(text) > length) {
      font = font.deriveFont(Math.max(PlotStyle.TICK_FONT.getSize2D(), font.getSize2D() - 0.5f));
    }
    g.setFont(font);
    FontMetrics fm = g.getFontMetrics();
    if (fm.stringWidth(text) <= length) {
      return text;
    }
    ShortenedTexts.note(g, text);
    String shorter = text.replaceAll("\\s*\\([^()]*\\)\\s*$", "");
    if (!shorter.equals(text) && fm.stringWidth(shorter) <= length) {
      return shorter;
    }
    String cut = shorter;
    while (cut.length() > 1 && fm.stringWidth(cut + "…") > length) {
      cut = cut.substring(0, cut.length() - 1);
    }
    return cut.strip() + "…";
  }

  /** The page (white, or dark in the dark theme) behind the whole canvas. */
  public static void clear(Graphics2D g, double width, double height) {
    g.setColor(PlotTheme.of(g).paper());
    g.fill(new Rectangle2D.Double(0, 0, width, height));
  }

  private static int ticksFor(double pixels) {
    return (int) Math.max(3, Math.min(10, pixels / 80));
  }
}
