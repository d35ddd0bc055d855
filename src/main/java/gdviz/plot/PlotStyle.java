package gdviz.plot;

import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;

/** Sizes and fonts shared by every plot, chosen to stay readable on a projector. */
public final class PlotStyle {
  private PlotStyle() {}

  public static final double MARGIN_LEFT = 64;
  public static final double MARGIN_RIGHT = 18;
  public static final double MARGIN_TOP = 14;
  public static final double MARGIN_BOTTOM = 46;

  public static final Font TICK_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
  public static final Font LABEL_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
  public static final Font NOTE_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 13);
  public static final Font TITLE_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 16);

  public static final BasicStroke HAIRLINE = new BasicStroke(1f);
  public static final BasicStroke CURVE = new BasicStroke(2.2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
  public static final BasicStroke PATH = new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
  public static final BasicStroke DASHED = new BasicStroke(1.4f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
      new float[] {6f, 4f}, 0f);

  /** The plot rectangle inside a canvas of the given size. */
  public static Viewport inside(Viewport world, double width, double height) {
    return world.withPixels(MARGIN_LEFT, MARGIN_TOP, width - MARGIN_LEFT - MARGIN_RIGHT,
        height - MARGIN_TOP - MARGIN_BOTTOM);
  }

  /** The same with another left margin (see {@link #leftMargin}). */
  public static Viewport inside(Viewport world, double width, double height, double left) {
    return world.withPixels(left, MARGIN_TOP, width - left - MARGIN_RIGHT, height - MARGIN_TOP - MARGIN_BOTTOM);
  }

  /**
   * A left margin wide enough for these y tick labels beside the rotated axis title: the usual one
   * unless the labels are long (a loss axis spanning 99.9999920 … 100.0000000).
   */
  public static double leftMargin(Graphics2D g, java.util.List<NiceTicks.Tick> yTicks) {
    java.awt.FontMetrics fm = g.getFontMetrics(TICK_FONT);
    double widest = 0;
    for (NiceTicks.Tick t : yTicks) {
      widest = Math.max(widest, fm.stringWidth(t.label()));
    }
    return Math.max(MARGIN_LEFT, Math.ceil(widest + Y_LABEL_CLEARANCE));
  }

  /** Space left of a y tick label: the gap to the axis (8) and the rotated title (about 28). */
  static final double Y_LABEL_CLEARANCE = 36;

  public static void smooth(Graphics2D g) {
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
  }
}
