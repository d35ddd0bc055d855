package gdviz.plot;

import gdviz.engine.BasinMap;
import gdviz.model.format.Numbers;
import gdviz.plot.label.LabelPlacer;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * The basin map's colours and key: each minimum a hue of its own (the largest basin first:
 * blue, green, orange, purple, sky, …), light where its starts arrive in few steps and deep where
 * they need many; starts that escaped grey, those not converged within the budget the page's
 * colour. Drawn in the function plot's place of the heat map, under the contour lines.
 */
public final class BasinPainter {
  /** Hues by basin, largest first; vermilion is left to the paths. */
  static final Color[] HUES = {Palette.BLUE, Palette.GREEN, Palette.ORANGE, Palette.PURPLE, Palette.SKY,
      new Color(0x882255), new Color(0x44AA99), new Color(0x999933), new Color(0x332288), new Color(0xAA4499)};
  static final Color ESCAPED = new Color(0x8C8C8C);

  private BasinPainter() {}

  /** The hue of basin m. */
  public static Color hue(int m) {
    return HUES[m % HUES.length];
  }

  /** ARGB pixels, row 0 at the top (as {@link FunctionPlotPainter.HeatMapDrawer} takes them). */
  public static int[] pixels(BasinMap.Result r, PlotTheme theme) {
    int[] argb = new int[r.nx() * r.ny()];
    Color paper = theme.paper();
    double logBudget = Math.log1p(Math.max(1, r.budget()));
    for (int c = 0; c < argb.length; c++) {
      int b = r.basin()[c];
      Color colour;
      if (b == BasinMap.ESCAPED) {
        colour = ESCAPED;
      } else if (b == BasinMap.UNSETTLED) {
        colour = paper;
      } else if (b == BasinMap.STILL_CONVERGING) {
        colour = stillConverging(theme);
      } else {
        // 0.25 of the hue for a start already at its minimum, all of it for one that used the whole budget
        double t = 0.25 + 0.75 * Math.min(1, Math.log1p(r.steps()[c]) / logBudget);
        colour = mix(paper, hue(b), t);
      }
      argb[c] = 0xFF000000 | colour.getRGB();
    }
    return argb;
  }

  /** Starts still getting closer when their budget ran out: a faint tint of the ink, unlike the stuck ones' page. */
  static Color stillConverging(PlotTheme theme) {
    return mix(theme.paper(), theme.ink(), 0.12);
  }

  static Color mix(Color a, Color b, double t) {
    return new Color((int) Math.round(a.getRed() + (b.getRed() - a.getRed()) * t),
        (int) Math.round(a.getGreen() + (b.getGreen() - a.getGreen()) * t),
        (int) Math.round(a.getBlue() + (b.getBlue() - a.getBlue()) * t));
  }

  /** The key's lines: each minimum with its share of the starts, then the escaped and the unsettled ones. */
  public static List<String> key(BasinMap.Result r, int shown) {
    int total = r.basin().length;
    List<String> lines = new ArrayList<>();
    for (int m = 0; m < Math.min(shown, r.minima().size()); m++) {
      double[] p = r.minima().get(m);
      lines.add("(" + Numbers.compact(round(p[0])) + ", " + Numbers.compact(round(p[1])) + "): " + percent(r.counts()[m],
          total));
    }
    if (r.minima().size() > shown) {
      int rest = 0;
      for (int m = shown; m < r.minima().size(); m++) {
        rest += r.counts()[m];
      }
      lines.add((r.minima().size() - shown) + " more minima: " + percent(rest, total));
    }
    // the other outcomes only where some start had them: a line saying "0 %" would only cover the map
    if (r.escaped() > 0) {
      lines.add("diverged: " + percent(r.escaped(), total));
    }
    if (r.stillConverging() > 0) {
      lines.add("still converging after " + r.budget() + " steps: " + percent(r.stillConverging(), total));
    }
    if (r.unsettled() > 0) {
      lines.add("stuck (not converging) in " + r.budget() + " steps: " + percent(r.unsettled(), total));
    }
    return lines;
  }

  /** An end point to four decimals: the grouping's tolerance is far coarser than the digits. */
  private static double round(double v) {
    return Math.abs(v) < 5e-5 ? 0 : Numbers.round(v, 4);
  }

  private static String percent(int count, int total) {
    return Numbers.compact(Numbers.round(100.0 * count / total, 3)) + " %";
  }

  /**
   * The key in a box in a corner of the plot rectangle, a swatch per line: the top right unless it
   * would cover a minimum there (the (3, 2) of Himmelblau's function), then another corner.
   *
   * @return where the key went
   */
  public static Rectangle2D paintKey(Graphics2D g, Viewport v, BasinMap.Result r) {
    List<String> lines = key(r, 6);
    g.setFont(PlotStyle.TICK_FONT);
    var fm = g.getFontMetrics();
    int lineHeight = fm.getHeight();
    int swatch = fm.getAscent();
    int width = 0;
    for (String l : lines) {
      width = Math.max(width, fm.stringWidth(l));
    }
    double boxW = width + swatch + 18;
    double boxH = lines.size() * lineHeight + 10;
    LabelPlacer corners = new LabelPlacer(v.left(), v.top(), v.width(), v.height());
    for (double[] m : r.minima()) {
      corners.avoidPoint(v.toPixelX(m[0]), v.toPixelY(m[1]), 14);
    }
    Rectangle2D box = corners.placeInCorner(boxW, boxH, 6);
    double x0 = box.getX();
    double y0 = box.getY();
    PlotTheme theme = PlotTheme.of(g);
    Color paper = theme.paper();
    g.setColor(new Color(paper.getRed(), paper.getGreen(), paper.getBlue(), 225));
    g.fill(new Rectangle2D.Double(x0, y0, boxW, boxH));
    for (int i = 0; i < lines.size(); i++) {
      double y = y0 + 5 + i * lineHeight;
      String line = lines.get(i);
      Color c = line.startsWith("diverged") ? ESCAPED : line.startsWith("still converging") ? stillConverging(theme)
          : line.startsWith("stuck") ? paper : i < r.minima().size() && i < 6 ? hue(i) : theme.ink();
      g.setColor(c);
      g.fill(new Rectangle2D.Double(x0 + 6, y + (lineHeight - swatch) / 2.0, swatch, swatch));
      g.setColor(theme.ink());
      g.draw(new Rectangle2D.Double(x0 + 6, y + (lineHeight - swatch) / 2.0, swatch, swatch));
      g.drawString(lines.get(i), (float) (x0 + 12 + swatch), (float) (y + fm.getAscent()));
    }
    return box;
  }
}
