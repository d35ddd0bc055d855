package gdviz.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gdviz.model.preset.SetupResolver;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContoursTest {
  @Test
  void aCircleIsOneClosedLineOnTheCircle() {
    FunctionGrid g = new FunctionGrid(SetupResolver.function("x^2 + y^2", null), -2, 2, -2, 2, 81, 81);
    List<MarchingSquares.Polyline> lines = MarchingSquares.contour(g, 1);
    assertEquals(1, lines.size(), "joined into one line, not dashes");
    MarchingSquares.Polyline circle = lines.get(0);
    assertTrue(circle.size() > 60);
    for (int k = 0; k < circle.size(); k++) {
      assertEquals(1, Math.hypot(circle.xs()[k], circle.ys()[k]), 2e-3, "on the unit circle");
    }
    int last = circle.size() - 1;
    assertEquals(circle.xs()[0], circle.xs()[last], 1e-12, "closed");
    assertEquals(circle.ys()[0], circle.ys()[last], 1e-12);
  }

  @Test
  void undefinedRegionsAreSkipped() {
    FunctionGrid g = new FunctionGrid(SetupResolver.function("log(x) + y^2", null), -1, 3, -1, 1, 41, 21);
    for (MarchingSquares.Polyline line : MarchingSquares.contour(g, 0.5)) {
      for (double x : line.xs()) {
        assertTrue(x > 0, "no contour where log is undefined");
      }
    }
    assertTrue(Double.isNaN(g.value(0, 0)));
  }

  @Test
  void levelsAreLogSpacedForRosenbrockAndEvenForABowl() {
    FunctionGrid banana = new FunctionGrid(SetupResolver.function("rosenbrock", null), -2, 2, -1, 3, 100, 100);
    ContourLevels log = ContourLevels.choose(banana, 12);
    assertTrue(log.logarithmic());
    double[] l = log.levels();
    assertTrue(l[1] / l[0] > 1.5 && l[11] / l[10] > 1.5, "geometric spacing");
    assertTrue(l[0] < 1, "lines on the valley floor: " + l[0]);

    FunctionGrid bowl = new FunctionGrid(SetupResolver.function("x^2 + 2*y^2", null), -5, 5, -5, 5, 50, 50);
    ContourLevels even = ContourLevels.choose(bowl, 10);
    assertFalse(even.logarithmic());
    double[] e = even.levels();
    assertEquals(e[1] - e[0], e[9] - e[8], 1e-9);
    assertEquals(0, even.normalize(bowl.min()), 1e-12);
    assertEquals(1, even.normalize(bowl.max()), 1e-12);
    assertEquals(1, log.normalize(banana.max()), 1e-12);
  }

  @Test
  void heatMapRowsRunTopDown() {
    FunctionGrid g = new FunctionGrid(SetupResolver.function("y", null), 0, 1, 0, 1, 2, 2);
    int[] px = HeatMap.pixels(g, ContourLevels.choose(g, 3));
    assertEquals(Palette.viridis(1), px[0], "top row: the largest y, the brightest colour");
    assertEquals(Palette.viridis(0), px[2]);
  }
}
