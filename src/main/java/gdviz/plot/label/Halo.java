package gdviz.plot.label;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;

/**
 * Text that reads on anything under it: outlined in the page's colour (a halo), then filled in its
 * ink — "−η∇f" in blue on a blue heat map, "−∇f" in grey on a dark one.
 */
public final class Halo {
  /** Space around the text inside its box. */
  public static final double PAD = 3;

  private Halo() {}

  /** The box this text needs in this font, at (0, 0). */
  public static Rectangle2D box(Graphics2D g, Font font, String text) {
    java.awt.FontMetrics fm = g.getFontMetrics(font);
    return new Rectangle2D.Double(0, 0, fm.stringWidth(text) + 2 * PAD, fm.getAscent() + fm.getDescent() + 2 * PAD);
  }

  /** Draws the text in its box: a halo of the page's colour, then the ink. */
  public static void draw(Graphics2D g, Font font, String text, Rectangle2D box, Color ink, Color halo) {
    if (text.isEmpty()) {
      return;
    }
    java.awt.FontMetrics fm = g.getFontMetrics(font);
    TextLayout layout = new TextLayout(text, font, g.getFontRenderContext());
    Shape outline = layout.getOutline(AffineTransform.getTranslateInstance(box.getX() + PAD,
        box.getY() + PAD + fm.getAscent()));
    java.awt.Stroke saved = g.getStroke();
    g.setColor(halo);
    g.setStroke(new BasicStroke(3.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    g.draw(outline);
    g.setStroke(saved);
    g.setColor(ink);
    g.fill(outline);
  }
}
