package gdviz.plot;

import java.awt.Color;

/**
 * Colours that survive a projector and colour-blind viewers: the Okabe–Ito set for runs and
 * markers, and viridis for the heat map (perceptually uniform, readable in grey).
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

  public static final Color AXIS = new Color(0x444444);
  public static final Color GRID = new Color(0, 0, 0, 28);
  /** Neutral, so every hue stays free for runs. */
  public static final Color CURVE = new Color(0x3A3A3A);
  /** Tangent lines and gradient arrows: dark grey, never a run's colour. */
  public static final Color GUIDE = new Color(0x555555);
  public static final Color CONTOUR = new Color(255, 255, 255, 150);

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

  /** Colour of step k of n along a path: from light to dark vermillion, so order reads at a glance. */
  public static Color step(int k, int n) {
    double t = n <= 1 ? 1 : (double) k / (n - 1);
    int r = (int) Math.round(0xF5 + (0xA0 - 0xF5) * t);
    int g = (int) Math.round(0xB0 + (0x30 - 0xB0) * t);
    int b = (int) Math.round(0x80 + (0x00 - 0x80) * t);
    return new Color(r, g, b);
  }
}
