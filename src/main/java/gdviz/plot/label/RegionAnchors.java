package gdviz.plot.label;

import java.util.HashMap;
import java.util.Map;

/**
 * Where a region of a map is labelled: at its deepest cell, the one farthest from every other
 * region and from the map's edge. A region's centre of mass can lie outside it (a crescent); its
 * deepest cell never does.
 */
public final class RegionAnchors {
  private RegionAnchors() {}

  /**
   * @param cells the region of each cell, {@code cells[row][column]}
   * @param cellWidth a cell's width in pixels
   * @param cellHeight a cell's height in pixels
   * @return for each region, its deepest cell as {row, column}
   */
  public static Map<Integer, int[]> deepest(int[][] cells, double cellWidth, double cellHeight) {
    int rows = cells.length;
    int cols = rows == 0 ? 0 : cells[0].length;
    double[][] d = new double[rows][cols];
    double diagonal = Math.hypot(cellWidth, cellHeight);
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < cols; c++) {
        d[r][c] = border(cells, r, c) ? Math.min(cellWidth, cellHeight) / 2 : Double.POSITIVE_INFINITY;
      }
    }
    for (int r = 0; r < rows; r++) { // chamfer distances: down and to the right, then back
      for (int c = 0; c < cols; c++) {
        d[r][c] = Math.min(d[r][c], Math.min(at(d, r - 1, c) + cellHeight, at(d, r, c - 1) + cellWidth));
        d[r][c] = Math.min(d[r][c], Math.min(at(d, r - 1, c - 1), at(d, r - 1, c + 1)) + diagonal);
      }
    }
    for (int r = rows - 1; r >= 0; r--) {
      for (int c = cols - 1; c >= 0; c--) {
        d[r][c] = Math.min(d[r][c], Math.min(at(d, r + 1, c) + cellHeight, at(d, r, c + 1) + cellWidth));
        d[r][c] = Math.min(d[r][c], Math.min(at(d, r + 1, c + 1), at(d, r + 1, c - 1)) + diagonal);
      }
    }
    Map<Integer, int[]> best = new HashMap<>();
    Map<Integer, Double> depth = new HashMap<>();
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < cols; c++) {
        if (d[r][c] > depth.getOrDefault(cells[r][c], -1.0)) {
          depth.put(cells[r][c], d[r][c]);
          best.put(cells[r][c], new int[] {r, c});
        }
      }
    }
    return best;
  }

  private static double at(double[][] d, int r, int c) {
    return r < 0 || c < 0 || r >= d.length || c >= d[0].length ? Double.POSITIVE_INFINITY : d[r][c];
  }

  /** On the map's edge, or beside a cell of another region. */
  private static boolean border(int[][] cells, int r, int c) {
    if (r == 0 || c == 0 || r == cells.length - 1 || c == cells[0].length - 1) {
      return true;
    }
    int own = cells[r][c];
    return cells[r - 1][c] != own || cells[r + 1][c] != own || cells[r][c - 1] != own || cells[r][c + 1] != own;
  }
}
