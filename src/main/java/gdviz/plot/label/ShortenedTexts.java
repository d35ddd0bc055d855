package gdviz.plot.label;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.util.List;

/**
 * The whole texts of those a painter had to shorten (an axis title longer than its axis): the
 * view that asked for the painting collects them and shows them as its tooltip, so nothing is cut
 * without its whole text at hand.
 */
public final class ShortenedTexts {
  private static final RenderingHints.Key KEY = new RenderingHints.Key(0x67647674) {
    @Override
    public boolean isCompatibleValue(Object value) {
      return value instanceof List<?>;
    }
  };

  private ShortenedTexts() {}

  /** The shortened texts of what is painted with {@code g} from now on go into {@code into}. */
  public static void collectInto(Graphics2D g, List<String> into) {
    g.setRenderingHint(KEY, into);
  }

  /** A text drawn shorter than it is: its whole text, for whoever collects them. */
  @SuppressWarnings("unchecked")
  public static void note(Graphics2D g, String whole) {
    if (g.getRenderingHint(KEY) instanceof List<?> list && !list.contains(whole)) {
      ((List<String>) list).add(whole);
    }
  }
}
