package gdviz.plot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import gdviz.model.objective.Objective;
import gdviz.model.preset.SetupResolver;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

/**
 * The contouring with chunk skipping gives exactly the lines of the plain scan it replaced
 * ({@link ReferenceMarchingSquares}): same lines, same order, same points — on smooth functions,
 * saddles, levels that hit grid values exactly, and functions undefined on part of the grid.
 */
class MarchingSquaresEquivalenceTest {

  @Property(tries = 200)
  void sameLinesAsThePlainScan(@ForAll @DoubleRange(min = 0.2, max = 3) double a,
      @ForAll @DoubleRange(min = -2, max = 2) double b, @ForAll @DoubleRange(min = -1, max = 1) double c,
      @ForAll @DoubleRange(min = -4, max = 1) double cut, @ForAll @IntRange(min = 2, max = 90) int nx,
      @ForAll @IntRange(min = 2, max = 90) int ny, @ForAll @IntRange(min = 0, max = 3) int kind) {
    String f = switch (kind) {
      case 0 -> String.format(Locale.ROOT, "sin(%s*x)*cos(y + %s) + %s*x*y", a, b, c);
      case 1 -> String.format(Locale.ROOT, "x*y + %s*x", c); // a saddle
      case 2 -> String.format(Locale.ROOT, "log(x - %s) + %s*y^2", cut, a); // NaN left of the cut
      default -> String.format(Locale.ROOT, "sqrt(%s - x^2 - y^2) + %s*x", 9 + cut, b); // NaN outside a disc
    };
    Objective objective = SetupResolver.function(f, null);
    FunctionGrid grid = new FunctionGrid(objective, -4, 4, -3, 3, nx, ny);
    MarchingSquares.Workspace fast = new MarchingSquares.Workspace(grid);
    ReferenceMarchingSquares.Workspace plain = new ReferenceMarchingSquares.Workspace(grid);
    double[] levels = levels(grid);
    for (double level : levels) {
      List<MarchingSquares.Polyline> got = fast.contour(level);
      List<ReferenceMarchingSquares.Polyline> want = plain.contour(level);
      assertEquals(want.size(), got.size(), f + " at " + level);
      for (int i = 0; i < want.size(); i++) {
        assertArrayEquals(want.get(i).xs(), got.get(i).xs(), 0.0, f + " at " + level + ", line " + i);
        assertArrayEquals(want.get(i).ys(), got.get(i).ys(), 0.0, f + " at " + level + ", line " + i);
      }
    }
  }

  /** Levels between the extremes, plus a few that are exactly values at grid nodes. */
  private static double[] levels(FunctionGrid g) {
    double[] v = g.values();
    double[] levels = new double[15];
    for (int i = 0; i < 12; i++) {
      levels[i] = g.min() + (g.max() - g.min()) * (i + 1) / 13.0;
    }
    levels[12] = v[v.length / 2];
    levels[13] = v[v.length / 3];
    levels[14] = v[0];
    return levels;
  }
}
