package gdviz.plot;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The marching squares of gdviz before chunk skipping and per-crossing storage (kept as the
 * reference the faster version must agree with exactly). Contour lines of a {@link FunctionGrid} by marching squares: each cell crossed by the level
 * gives a segment between two cell edges (interpolated linearly), and segments that share an
 * edge are joined into polylines, so a contour is drawn as a few long lines rather than
 * thousands of dashes. Cells touching an undefined value are skipped.
 *
 * <p>Everything is in primitive arrays indexed by edge (2·(j·nx + i), +1 for the vertical edge),
 * reused across the levels of one grid through a {@link Workspace}.
 */
final class ReferenceMarchingSquares {
  private ReferenceMarchingSquares() {}

  /** A contour line in world coordinates. */
  record Polyline(double[] xs, double[] ys) {
    public int size() {
      return xs.length;
    }
  }

  public static List<Polyline> contour(FunctionGrid g, double level) {
    return new Workspace(g).contour(level);
  }

  /** Scratch arrays for contouring one grid at several levels. */
  public static final class Workspace {
    private final FunctionGrid g;
    private final int nx;
    private final int ny;
    private final double[] crossX;
    private final double[] crossY;
    private final int[] stamp;
    private final int[] first; // the first segment touching an edge this level, or -1
    private final int[] second;
    private int level;
    private int[] segA = new int[1024];
    private int[] segB = new int[1024];
    private boolean[] used = new boolean[1024];
    private int segments;

    public Workspace(FunctionGrid g) {
      this.g = g;
      this.nx = g.nx();
      this.ny = g.ny();
      int edges = 2 * nx * ny;
      crossX = new double[edges];
      crossY = new double[edges];
      stamp = new int[edges];
      first = new int[edges];
      second = new int[edges];
    }

    public List<Polyline> contour(double value) {
      level++;
      segments = 0;
      double[] v = g.values();
      for (int j = 0; j < ny - 1; j++) {
        int row = j * nx;
        int above = row + nx;
        double v10 = v[row];
        double v11 = v[above];
        for (int i = 0; i < nx - 1; i++) {
          double v00 = v10;
          double v01 = v11;
          v10 = v[row + i + 1];
          v11 = v[above + i + 1];
          int c = (v00 > value ? 1 : 0) | (v10 > value ? 2 : 0) | (v11 > value ? 4 : 0) | (v01 > value ? 8 : 0);
          if (c == 0 || c == 15 || Double.isNaN(v00) || Double.isNaN(v10) || Double.isNaN(v11) || Double.isNaN(v01)) {
            continue;
          }
          int base = 2 * (j * nx + i);
          int bottom = base;
          int top = base + 2 * nx;
          int left = base + 1;
          int right = base + 3;
          switch (c) {
            case 1, 14 -> {
              add(left, i, j, v00, i, j + 1, v01, value);
              add2(left, bottom, i, j, v00, i + 1, j, v10, value);
            }
            case 2, 13 -> {
              add(bottom, i, j, v00, i + 1, j, v10, value);
              add2(bottom, right, i + 1, j, v10, i + 1, j + 1, v11, value);
            }
            case 3, 12 -> {
              add(left, i, j, v00, i, j + 1, v01, value);
              add2(left, right, i + 1, j, v10, i + 1, j + 1, v11, value);
            }
            case 4, 11 -> {
              add(right, i + 1, j, v10, i + 1, j + 1, v11, value);
              add2(right, top, i, j + 1, v01, i + 1, j + 1, v11, value);
            }
            case 6, 9 -> {
              add(bottom, i, j, v00, i + 1, j, v10, value);
              add2(bottom, top, i, j + 1, v01, i + 1, j + 1, v11, value);
            }
            case 7, 8 -> {
              add(left, i, j, v00, i, j + 1, v01, value);
              add2(left, top, i, j + 1, v01, i + 1, j + 1, v11, value);
            }
            case 5, 10 -> {
              // saddle: the centre's value decides which corners the lines separate
              add(left, i, j, v00, i, j + 1, v01, value);
              add(bottom, i, j, v00, i + 1, j, v10, value);
              add(right, i + 1, j, v10, i + 1, j + 1, v11, value);
              add(top, i, j + 1, v01, i + 1, j + 1, v11, value);
              boolean centreAbove = (v00 + v10 + v11 + v01) / 4 > value;
              if ((c == 5) == centreAbove) {
                segment(left, top);
                segment(bottom, right);
              } else {
                segment(left, bottom);
                segment(right, top);
              }
            }
            default -> { }
          }
        }
      }
      return join();
    }

    /** Records the crossing on an edge (once per level). */
    private void add(int edge, int i0, int j0, double a, int i1, int j1, double b, double value) {
      if (stamp[edge] == level) {
        return;
      }
      stamp[edge] = level;
      first[edge] = -1;
      second[edge] = -1;
      double t = (value - a) / (b - a);
      if (!(t >= 0 && t <= 1)) {
        t = 0.5;
      }
      crossX[edge] = g.x(i0 + (i1 - i0) * t);
      crossY[edge] = g.y(j0 + (j1 - j0) * t);
    }

    /** Records the second edge's crossing and the segment between the two edges. */
    private void add2(int edgeA, int edgeB, int i0, int j0, double a, int i1, int j1, double b, double value) {
      add(edgeB, i0, j0, a, i1, j1, b, value);
      segment(edgeA, edgeB);
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

    private void link(int edge, int segment) {
      if (first[edge] < 0) {
        first[edge] = segment;
      } else {
        second[edge] = segment;
      }
    }

    /** Chains segments that share an edge into polylines (closed loops end where they started). */
    private List<Polyline> join() {
      List<Polyline> lines = new ArrayList<>();
      int[] chain = new int[64];
      for (int s = 0; s < segments; s++) {
        if (used[s]) {
          continue;
        }
        used[s] = true;
        // walk backwards from segA, then forwards from segB, collecting edges
        int[] back = walk(segA[s], s);
        int[] forward = walk(segB[s], s);
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
          xs[k] = crossX[chain[k]];
          ys[k] = crossY[chain[k]];
        }
        lines.add(new Polyline(xs, ys));
      }
      return lines;
    }

    /** Edges reached by following unused segments from {@code edge}, leaving segment {@code from}. */
    private int[] walk(int edge, int from) {
      int[] out = new int[16];
      int n = 0;
      int current = edge;
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
