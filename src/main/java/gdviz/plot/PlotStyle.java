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

  public static void smooth(Graphics2D g) {
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
  }
}
