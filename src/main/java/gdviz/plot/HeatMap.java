package gdviz.plot;

/**
 * The grid's values as viridis colours, one ARGB pixel per grid node, row 0 at the top (largest
 * y), ready for a JavaFX PixelWriter or a BufferedImage. Undefined points are grey.
 */
public final class HeatMap {
  public static final int UNDEFINED = 0xFFBDBDBD;

  private HeatMap() {}

  public static int[] pixels(FunctionGrid g, ContourLevels levels) {
    int nx = g.nx();
    int ny = g.ny();
    int[] argb = new int[nx * ny];
    for (int j = 0; j < ny; j++) {
      int row = (ny - 1 - j) * nx;
      for (int i = 0; i < nx; i++) {
        double v = g.value(i, j);
        argb[row + i] = Double.isNaN(v) ? UNDEFINED : Palette.viridis(levels.normalize(v));
      }
    }
    return argb;
  }
}
