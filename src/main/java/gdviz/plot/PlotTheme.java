package gdviz.plot;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;

/**
 * The plots' colours on a light or a dark page. A figure's theme travels with the graphics it is
 * painted on ({@link #applyTo}), so every painter reads it there ({@link #of}) and a graphics
 * without one paints light — as exports do unless asked otherwise. Both keep the heat map in
 * viridis (perceptually uniform on either page) and the runs in colour-blind-safe hues; the dark
 * page swaps the runs' near-black and deep colours for lighter ones that keep their contrast.
 */
public enum PlotTheme {
  LIGHT(new Color(0xFFFFFF), new Color(0x222222), new Color(0x444444), new Color(0, 0, 0, 28), new Color(0x3A3A3A),
      new Color(0x555555), new Color(0x0072B2), Palette.RUNS),
  DARK(new Color(0x161B22), new Color(0xE6EDF3), new Color(0xB1BAC4), new Color(255, 255, 255, 36), new Color(0xD0D7DE),
      new Color(0xAAB4BE), new Color(0x56B4E9), new Color[] {Palette.VERMILLION, new Color(0x3D9BE9), Palette.GREEN,
          Palette.ORANGE, Palette.PURPLE, Palette.SKY, new Color(0xD0D7DE), new Color(0xCC6677), new Color(0x44AA99),
          new Color(0x999933), new Color(0x8877DD), new Color(0xAA4499), new Color(0x33AA55)});

  /** The rendering hint under which a graphics carries its theme. */
  public static final RenderingHints.Key KEY = new RenderingHints.Key(0x6764767A) {
    @Override
    public boolean isCompatibleValue(Object value) {
      return value instanceof PlotTheme;
    }
  };

  private final Color paper;
  private final Color ink;
  private final Color axis;
  private final Color grid;
  private final Color curve;
  private final Color guide;
  private final Color data;
  private final Color[] runs;

  PlotTheme(Color paper, Color ink, Color axis, Color grid, Color curve, Color guide, Color data, Color[] runs) {
    this.paper = paper;
    this.ink = ink;
    this.axis = axis;
    this.grid = grid;
    this.curve = curve;
    this.guide = guide;
    this.data = data;
    this.runs = runs;
  }

  /** "light" or "dark" (any case). */
  public static PlotTheme parse(String name) {
    for (PlotTheme t : values()) {
      if (t.name().equalsIgnoreCase(name.trim())) {
        return t;
      }
    }
    throw new IllegalArgumentException("theme must be light or dark, not \"" + name + "\"");
  }

  /** The theme painted on g: the one applied to it, else light. */
  public static PlotTheme of(Graphics2D g) {
    return g.getRenderingHint(KEY) instanceof PlotTheme t ? t : LIGHT;
  }

  public void applyTo(Graphics2D g) {
    g.setRenderingHint(KEY, this);
  }

  /** The drawing painted in this theme (exports: light unless asked). */
  public gdviz.plot.export.FigureFiles.Drawing on(gdviz.plot.export.FigureFiles.Drawing drawing) {
    return (g, width, height) -> {
      applyTo(g);
      drawing.paint(g, width, height);
    };
  }

  /** Each frame painted in this theme. */
  public java.util.List<gdviz.plot.export.FigureFiles.Drawing> on(
      java.util.List<gdviz.plot.export.FigureFiles.Drawing> frames) {
    return frames.stream().map(this::on).toList();
  }

  /** The page behind the plot. */
  public Color paper() {
    return paper;
  }

  /** Text, legend entries, the start marker's rim. */
  public Color ink() {
    return ink;
  }

  public Color axis() {
    return axis;
  }

  public Color grid() {
    return grid;
  }

  /** The function's curve in 1D: neutral, so every hue stays free for runs. */
  public Color curve() {
    return curve;
  }

  /** Tangent lines and gradient arrows: never a run's colour. */
  public Color guide() {
    return guide;
  }

  /** Sample points of a data set. */
  public Color data() {
    return data;
  }

  /** The page with this opacity (0 … 255): behind labels laid over a plot. */
  public Color veil(int alpha) {
    return new Color(paper.getRed(), paper.getGreen(), paper.getBlue(), alpha);
  }

  /** Contour lines over the heat map. */
  public Color contour() {
    return this == LIGHT ? new Color(255, 255, 255, 150) : new Color(255, 255, 255, 120);
  }

  /** Run i's colour. */
  public Color run(int i) {
    return runs[Math.floorMod(i, runs.length)];
  }

  /**
   * A colour chosen for the light page as it shows on this one: a run's colour becomes the same
   * run's colour here; any other colour stays.
   */
  public Color onPage(Color lightColour) {
    if (this != LIGHT) {
      for (int i = 0; i < Palette.RUNS.length; i++) {
        if (Palette.RUNS[i].equals(lightColour)) {
          return run(i);
        }
      }
    }
    return lightColour;
  }

  /**
   * Step k of n along a 1D path: the order reads at a glance, the newest step in the strongest
   * contrast to the page — light to dark vermillion on light, dark to light on dark.
   */
  public Color step(int k, int n) {
    double t = n <= 1 ? 1 : (double) k / (n - 1);
    int[] from = this == LIGHT ? new int[] {0xF5, 0xB0, 0x80} : new int[] {0x8A, 0x38, 0x10};
    int[] to = this == LIGHT ? new int[] {0xA0, 0x30, 0x00} : new int[] {0xFF, 0xB8, 0x80};
    return new Color((int) Math.round(from[0] + (to[0] - from[0]) * t), (int) Math.round(from[1] + (to[1] - from[1]) * t),
        (int) Math.round(from[2] + (to[2] - from[2]) * t));
  }
}
