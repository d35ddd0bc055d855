package gdviz.plot;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Contour lines of a {@link FunctionGrid} by marching squares: each cell crossed by the level
 * gives a segment between two cell edges (interpolated linearly), and segments that share an
 * edge are joined into polylines, so a contour is drawn as a few long lines rather than
 * thousands of dashes. Cells touching an undefined value are skipped.
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
    int nx = g.nx();
    int ny = g.ny();
    // Each segment joins two edge ids; an edge id is 2·(j·nx + i) (+1 for the vertical edge).
    List<long[]> segments = new ArrayList<>();
    Map<Long, double[]> crossing = new HashMap<>();
    for (int row = 0; row < ny - 1; row++) {
      for (int col = 0; col < nx - 1; col++) {
        final int i = col;
        final int j = row;
        double v00 = g.value(i, j);
        double v10 = g.value(i + 1, j);
        double v11 = g.value(i + 1, j + 1);
        double v01 = g.value(i, j + 1);
        if (Double.isNaN(v00) || Double.isNaN(v10) || Double.isNaN(v11) || Double.isNaN(v01)) {
          continue;
        }
        int c = (v00 > level ? 1 : 0) | (v10 > level ? 2 : 0) | (v11 > level ? 4 : 0) | (v01 > level ? 8 : 0);
        if (c == 0 || c == 15) {
          continue;
        }
        long bottom = 2L * (j * (long) nx + i);
        long top = 2L * ((j + 1) * (long) nx + i);
        long left = 2L * (j * (long) nx + i) + 1;
        long right = 2L * (j * (long) nx + i + 1) + 1;
        crossing.computeIfAbsent(bottom, k -> point(g, i, j, i + 1, j, v00, v10, level));
        crossing.computeIfAbsent(top, k -> point(g, i, j + 1, i + 1, j + 1, v01, v11, level));
        crossing.computeIfAbsent(left, k -> point(g, i, j, i, j + 1, v00, v01, level));
        crossing.computeIfAbsent(right, k -> point(g, i + 1, j, i + 1, j + 1, v10, v11, level));
        boolean centreAbove = (v00 + v10 + v11 + v01) / 4 > level;
        switch (c) {
          case 1, 14 -> segments.add(new long[] {left, bottom});
          case 2, 13 -> segments.add(new long[] {bottom, right});
          case 3, 12 -> segments.add(new long[] {left, right});
          case 4, 11 -> segments.add(new long[] {right, top});
          case 6, 9 -> segments.add(new long[] {bottom, top});
          case 7, 8 -> segments.add(new long[] {left, top});
          case 5 -> {
            if (centreAbove) {
              segments.add(new long[] {left, top});
              segments.add(new long[] {bottom, right});
            } else {
              segments.add(new long[] {left, bottom});
              segments.add(new long[] {right, top});
            }
          }
          case 10 -> {
            if (centreAbove) {
              segments.add(new long[] {left, bottom});
              segments.add(new long[] {right, top});
            } else {
              segments.add(new long[] {left, top});
              segments.add(new long[] {bottom, right});
            }
          }
          default -> { }
        }
      }
    }
    return join(segments, crossing);
  }

  private static double[] point(FunctionGrid g, int i0, int j0, int i1, int j1, double a, double b, double level) {
    double t = (level - a) / (b - a);
    if (!(t >= 0 && t <= 1)) {
      t = 0.5;
    }
    return new double[] {g.x(i0 + (i1 - i0) * t), g.y(j0 + (j1 - j0) * t)};
  }

  /** Chains segments that share an edge into polylines (closed loops end where they started). */
  private static List<Polyline> join(List<long[]> segments, Map<Long, double[]> crossing) {
    Map<Long, List<Integer>> byEdge = new HashMap<>();
    for (int s = 0; s < segments.size(); s++) {
      for (long e : segments.get(s)) {
        byEdge.computeIfAbsent(e, k -> new ArrayList<>(2)).add(s);
      }
    }
    boolean[] used = new boolean[segments.size()];
    List<Polyline> lines = new ArrayList<>();
    for (int s = 0; s < segments.size(); s++) {
      if (used[s]) {
        continue;
      }
      used[s] = true;
      java.util.ArrayDeque<Long> chain = new java.util.ArrayDeque<>();
      chain.add(segments.get(s)[0]);
      chain.add(segments.get(s)[1]);
      extend(chain, false, segments, byEdge, used);
      extend(chain, true, segments, byEdge, used);
      double[] xs = new double[chain.size()];
      double[] ys = new double[chain.size()];
      int k = 0;
      for (long e : chain) {
        double[] p = crossing.get(e);
        xs[k] = p[0];
        ys[k++] = p[1];
      }
      lines.add(new Polyline(xs, ys));
    }
    return lines;
  }

  private static void extend(java.util.ArrayDeque<Long> chain, boolean atFront, List<long[]> segments,
      Map<Long, List<Integer>> byEdge, boolean[] used) {
    while (true) {
      long end = atFront ? chain.peekFirst() : chain.peekLast();
      Integer next = null;
      for (int s : byEdge.get(end)) {
        if (!used[s]) {
          next = s;
          break;
        }
      }
      if (next == null) {
        return;
      }
      used[next] = true;
      long[] seg = segments.get(next);
      long other = seg[0] == end ? seg[1] : seg[0];
      if (atFront) {
        chain.addFirst(other);
      } else {
        chain.addLast(other);
      }
    }
  }
}
