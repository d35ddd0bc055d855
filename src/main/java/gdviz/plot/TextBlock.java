package gdviz.plot;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/** Text wrapped to a width at spaces (and at explicit newlines), so no label is ever cut off. */
public final class TextBlock {
  /**
   * A width for {@link #height} and {@link #draw} of a text {@link #within} has wrapped already: its
   * lines are drawn as they were measured (wrapped again in the window, a note's lines could break
   * elsewhere and run over the plot under it).
   */
  public static final double AS_WRAPPED = Double.MAX_VALUE / 4;

  private TextBlock() {}

  /** The lines of {@code text} in this font that fit {@code width}; a word longer than the width stands alone. */
  public static List<String> wrap(Graphics2D g, Font font, String text, double width) {
    FontMetrics fm = g.getFontMetrics(font);
    List<String> lines = new ArrayList<>();
    for (String paragraph : text.split("\n")) {
      StringBuilder line = new StringBuilder();
      for (String word : paragraph.split(" ")) {
        String candidate = line.length() == 0 ? word : line + " " + word;
        if (fm.stringWidth(candidate) > width && line.length() > 0) {
          lines.add(line.toString());
          line = new StringBuilder(word);
        } else {
          line = new StringBuilder(candidate);
        }
      }
      lines.add(line.toString());
    }
    return lines;
  }

  /**
   * The text's first lines wrapped to the width, as many as fit the height, the last one ending in
   * "…" where some were left out ("" where not even one fits).
   */
  public static String within(Graphics2D g, Font font, String text, double width, double height) {
    List<String> lines = wrap(g, font, text, width - 8);
    int fit = (int) Math.floor((height - 6) / g.getFontMetrics(font).getHeight());
    if (fit >= lines.size()) {
      return String.join("\n", lines);
    }
    if (fit <= 0) {
      return "";
    }
    List<String> kept = new ArrayList<>(lines.subList(0, fit));
    kept.set(fit - 1, kept.get(fit - 1) + " …");
    return String.join("\n", kept);
  }

  /** The height {@link #draw} takes for this text at this width. */
  public static double height(Graphics2D g, Font font, String text, double width) {
    return wrap(g, font, text, width - 8).size() * g.getFontMetrics(font).getHeight() + 6;
  }

  /**
   * Draws the text wrapped to {@code width} from (x, top) on a light box, so it reads over a plot;
   * returns the height used.
   */
  public static double draw(Graphics2D g, Font font, String text, double x, double top, double width, Color ink) {
    List<String> lines = wrap(g, font, text, width - 8);
    FontMetrics fm = g.getFontMetrics(font);
    double lineHeight = fm.getHeight();
    double widest = 0;
    for (String l : lines) {
      widest = Math.max(widest, fm.stringWidth(l));
    }
    double height = lines.size() * lineHeight + 6;
    g.setColor(PlotTheme.of(g).veil(215));
    g.fill(new Rectangle2D.Double(x, top, widest + 8, height));
    g.setFont(font);
    g.setColor(ink);
    double y = top + 3 + fm.getAscent();
    for (String l : lines) {
      g.drawString(l, (float) (x + 4), (float) y);
      y += lineHeight;
    }
    return height;
  }
}
