package gdviz.plot;

import java.awt.Color;

/**
 * The colour of a run from one of many starts: that of the place it ends (the n-th place found
 * takes the n-th run colour), grey for a run that diverged — in the window and in a figure.
 */
public final class EndColours {
  /** A run that ended nowhere: diverged or left the domain. */
  public static final Color NOWHERE = Color.GRAY;

  private EndColours() {}

  /** The colour of place {@code place} ({@code StartEnds.place()}; −1: nowhere) on this page. */
  public static Color of(int place, PlotTheme theme) {
    return place < 0 ? NOWHERE : theme.run(place);
  }
}
