package gdviz.plot;

import java.awt.Color;

/**
 * Colours that survive a projector and colour-blind viewers: the Okabe–Ito set for runs and
 * markers, and viridis for the heat map (perceptually uniform, readable in grey). The colours of
 * the page itself (ink, axes, grid, guides), light or dark, are {@link PlotTheme}'s.
 */
public final class Palette {
  private Palette() {}

  public static final Color BLACK = new Color(0x222222);
  public static final Color ORANGE = new Color(0xE69F00);
  public static final Color SKY = new Color(0x56B4E9);
  public static final Color GREEN = new Color(0x009E73);
  public static final Color YELLOW = new Color(0xF0E442);
  public static final Color BLUE = new Color(0x0072B2);
  public static final Color VERMILLION = new Color(0xD55E00);
  public static final Color PURPLE = new Color(0xCC79A7);

  /**
   * Run colours in order: the Okabe–Ito set, then Paul Tol's muted colours (also safe for
   * colour-blind viewers) for comparisons of more than seven runs.
   */
  public static final Color[] RUNS = {VERMILLION, BLUE, GREEN, ORANGE, PURPLE, SKY, BLACK, new Color(0x882255),
      new Color(0x44AA99), new Color(0x999933), new Color(0x332288), new Color(0xAA4499), new Color(0x117733)};

  // Viridis at 9 stops; linear interpolation between them.
  private static final int[] VIRIDIS = {0x440154, 0x472D7B, 0x3B528B, 0x2C728E, 0x21908C, 0x27AD81, 0x5DC863,
      0xAADC32, 0xFDE725};

  /** Viridis at t ∈ [0, 1] as opaque ARGB. */
  public static int viridis(double t) {
    if (!(t >= 0)) {
      t = 0;
    }
    if (t > 1) {
      t = 1;
    }
    double pos = t * (VIRIDIS.length - 1);
    int i = Math.min((int) pos, VIRIDIS.length - 2);
    double f = pos - i;
    int a = VIRIDIS[i];
    int b = VIRIDIS[i + 1];
    int r = (int) Math.round(((a >> 16) & 255) * (1 - f) + ((b >> 16) & 255) * f);
    int g = (int) Math.round(((a >> 8) & 255) * (1 - f) + ((b >> 8) & 255) * f);
    int bl = (int) Math.round((a & 255) * (1 - f) + (b & 255) * f);
    return 0xFF000000 | (r << 16) | (g << 8) | bl;
  }
}
