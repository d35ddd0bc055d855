package gdviz.plot;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Contour lines of a {@link FunctionGrid} by marching squares: each cell crossed by the level
 * gives a segment between two cell edges (interpolated linearly), and segments that share an
 * edge are joined into polylines, so a contour is drawn as a few long lines rather than
 * thousands of dashes. Cells touching an undefined value are skipped.
 *
 * <p>Everything is in primitive arrays — per edge (2·(j·nx + i), +1 for the vertical edge) only a
 * stamp and the number of its crossing, the crossings and segments in growing arrays — reused across
 * the levels of one grid through a {@link Workspace}.
 */
public final class MarchingSquares {
  private MarchingSquares() {}

  /** A contour line in world coordinates. */
  public record Polyline(double[] xs, double[] ys) {
    public int size() {
      return xs.length;
    }
  }

  public static List<Polyline> contour(FunctionGrid g, double level) {
    return new Workspace(g).contour(level);
  }

  /** Scratch arrays for contouring one grid at several levels. */
  public static final class Workspace {
    /** Cells per chunk of a row whose corner values' range is known (see {@link #contour}). */
    private static final int CHUNK = 32;
    private final FunctionGrid g;
    private final int nx;
    private final int ny;
    private final int chunks; // per row of cells
    private final double[] chunkMin;
    private final double[] chunkMax;
    private final int[] stamp; // per edge: the level that last crossed it
    private final int[] slot; // per edge: its crossing this level (valid when stamp == level)
    private int level;
    private double[] px = new double[1024]; // per crossing
    private double[] py = new double[1024];
    private int[] first = new int[1024]; // the first segment touching a crossing, or -1
    private int[] second = new int[1024];
    private int points;
    private int[] segA = new int[1024]; // segments between two crossings
    private int[] segB = new int[1024];
    private boolean[] used = new boolean[1024];
    private int segments;

    public Workspace(FunctionGrid g) {
      this.g = g;
      this.nx = g.nx();
      this.ny = g.ny();
      int edges = 2 * nx * ny;
      stamp = new int[edges];
      slot = new int[edges];
      chunks = Math.max(0, (nx - 1 + CHUNK - 1) / CHUNK);
      int rows = Math.max(0, ny - 1);
      chunkMin = new double[rows * chunks];
      chunkMax = new double[rows * chunks];
      double[] v = g.values();
      for (int j = 0; j < rows; j++) {
        for (int c = 0; c < chunks; c++) {
          double min = Double.POSITIVE_INFINITY;
          double max = Double.NEGATIVE_INFINITY;
          int end = Math.min(nx - 1, (c + 1) * CHUNK); // last corner column of the chunk's cells
          for (int row = j * nx; row <= (j + 1) * nx; row += nx) {
            for (int i = c * CHUNK; i <= end; i++) {
              double x = v[row + i];
              min = Math.min(min, x); // NaN makes both NaN: such a chunk is always scanned
              max = Math.max(max, x);
            }
          }
          chunkMin[j * chunks + c] = min;
          chunkMax[j * chunks + c] = max;
        }
      }
    }

    /**
     * The contour lines at {@code value}. A row of cells is scanned in chunks whose corner values'
     * range was computed once per grid: a chunk lying wholly above or below the level holds no
     * crossing and is skipped, so each level costs about the cells its lines pass through.
     */
    public List<Polyline> contour(double value) {
      level++;
      segments = 0;
      points = 0;
      double[] v = g.values();
      for (int j = 0; j < ny - 1; j++) {
        int row = j * nx;
        int above = row + nx;
        for (int c = 0; c < chunks; c++) {
          double min = chunkMin[j * chunks + c];
          double max = chunkMax[j * chunks + c];
          if (min > value || max <= value) {
            continue; // every corner above, or every corner at or below: no cell is crossed
          }
          int end = Math.min(nx - 1, (c + 1) * CHUNK);
          int start = c * CHUNK;
          double v10 = v[row + start];
          double v11 = v[above + start];
          for (int i = start; i < end; i++) {
            double v00 = v10;
            double v01 = v11;
            v10 = v[row + i + 1];
            v11 = v[above + i + 1];
            int k = (v00 > value ? 1 : 0) | (v10 > value ? 2 : 0) | (v11 > value ? 4 : 0) | (v01 > value ? 8 : 0);
            if (k == 0 || k == 15 || Double.isNaN(v00) || Double.isNaN(v10) || Double.isNaN(v11)
                || Double.isNaN(v01)) {
              continue;
            }
            cell(k, i, j, v00, v10, v11, v01, value);
          }
        }
      }
      return join();
    }

    private void cell(int c, int i, int j, double v00, double v10, double v11, double v01, double value) {
      int base = 2 * (j * nx + i);
      int bottom = base;
      int top = base + 2 * nx;
      int left = base + 1;
      int right = base + 3;
      switch (c) {
        case 1, 14 -> segment(add(left, i, j, v00, i, j + 1, v01, value),
            add(bottom, i, j, v00, i + 1, j, v10, value));
        case 2, 13 -> segment(add(bottom, i, j, v00, i + 1, j, v10, value),
            add(right, i + 1, j, v10, i + 1, j + 1, v11, value));
        case 3, 12 -> segment(add(left, i, j, v00, i, j + 1, v01, value),
            add(right, i + 1, j, v10, i + 1, j + 1, v11, value));
        case 4, 11 -> segment(add(right, i + 1, j, v10, i + 1, j + 1, v11, value),
            add(top, i, j + 1, v01, i + 1, j + 1, v11, value));
        case 6, 9 -> segment(add(bottom, i, j, v00, i + 1, j, v10, value),
            add(top, i, j + 1, v01, i + 1, j + 1, v11, value));
        case 7, 8 -> segment(add(left, i, j, v00, i, j + 1, v01, value),
            add(top, i, j + 1, v01, i + 1, j + 1, v11, value));
        case 5, 10 -> {
          // saddle: the centre's value decides which corners the lines separate
          int l = add(left, i, j, v00, i, j + 1, v01, value);
          int b = add(bottom, i, j, v00, i + 1, j, v10, value);
          int r = add(right, i + 1, j, v10, i + 1, j + 1, v11, value);
          int t = add(top, i, j + 1, v01, i + 1, j + 1, v11, value);
          boolean centreAbove = (v00 + v10 + v11 + v01) / 4 > value;
          if ((c == 5) == centreAbove) {
            segment(l, t);
            segment(b, r);
          } else {
            segment(l, b);
            segment(r, t);
          }
        }
        default -> { }
      }
    }

    /** The crossing on an edge (recorded once per level); returns its number. */
    private int add(int edge, int i0, int j0, double a, int i1, int j1, double b, double value) {
      if (stamp[edge] == level) {
        return slot[edge];
      }
      stamp[edge] = level;
      if (points == px.length) {
        int n = points * 2;
        px = Arrays.copyOf(px, n);
        py = Arrays.copyOf(py, n);
        first = Arrays.copyOf(first, n);
        second = Arrays.copyOf(second, n);
      }
      int p = points++;
      slot[edge] = p;
      first[p] = -1;
      second[p] = -1;
      double t = (value - a) / (b - a);
      if (!(t >= 0 && t <= 1)) {
        t = 0.5;
      }
      px[p] = g.x(i0 + (i1 - i0) * t);
      py[p] = g.y(j0 + (j1 - j0) * t);
      return p;
    }

    private void segment(int a, int b) {
      if (segments == segA.length) {
        segA = Arrays.copyOf(segA, segments * 2);
        segB = Arrays.copyOf(segB, segments * 2);
        used = Arrays.copyOf(used, segments * 2);
      }
      segA[segments] = a;
      segB[segments] = b;
      used[segments] = false;
      link(a, segments);
      link(b, segments);
      segments++;
    }

    private void link(int point, int segment) {
      if (first[point] < 0) {
        first[point] = segment;
      } else {
        second[point] = segment;
      }
    }

    /** Chains segments that share a crossing into polylines (closed loops end where they started). */
    private List<Polyline> join() {
      List<Polyline> lines = new ArrayList<>();
      int[] chain = new int[64];
      for (int s = 0; s < segments; s++) {
        if (used[s]) {
          continue;
        }
        used[s] = true;
        // walk backwards from segA, then forwards from segB, collecting crossings
        int[] back = walk(segA[s]);
        int[] forward = walk(segB[s]);
        int length = back.length + 2 + forward.length;
        if (chain.length < length) {
          chain = new int[length * 2];
        }
        int n = 0;
        for (int k = back.length - 1; k >= 0; k--) {
          chain[n++] = back[k];
        }
        chain[n++] = segA[s];
        chain[n++] = segB[s];
        for (int e : forward) {
          chain[n++] = e;
        }
        double[] xs = new double[n];
        double[] ys = new double[n];
        for (int k = 0; k < n; k++) {
          xs[k] = px[chain[k]];
          ys[k] = py[chain[k]];
        }
        lines.add(new Polyline(xs, ys));
      }
      return lines;
    }

    /** Crossings reached by following unused segments from {@code point}. */
    private int[] walk(int point) {
      int[] out = new int[16];
      int n = 0;
      int current = point;
      while (true) {
        int next = first[current] >= 0 && !used[first[current]] ? first[current]
            : second[current] >= 0 && !used[second[current]] ? second[current] : -1;
        if (next < 0) {
          break;
        }
        used[next] = true;
        int other = segA[next] == current ? segB[next] : segA[next];
        if (n == out.length) {
          out = Arrays.copyOf(out, n * 2);
        }
        out[n++] = other;
        current = other;
      }
      return Arrays.copyOf(out, n);
    }
  }
}
