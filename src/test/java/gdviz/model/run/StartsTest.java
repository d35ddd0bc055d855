package gdviz.model.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import gdviz.model.SetupException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** --starts: a grid over the square about x* that reaches the start, or a ring through the start. */
class StartsTest {
  @Test
  void aGridSpansTheSquareAboutTheCentreThroughTheStartsDistance() {
    // start (3, 4) about 0: r = 5, so x and y run −5, 0, 5
    List<double[]> g = Starts.of("grid:3x3", new double[] {3, 4}, null);
    assertEquals(9, g.size());
    assertArrayEquals(new double[] {-5, -5}, g.get(0));
    assertArrayEquals(new double[] {0, 0}, g.get(4));
    assertArrayEquals(new double[] {5, 5}, g.get(8));
    assertArrayEquals(new double[] {-1, 1}, new double[] {Starts.of("grid:2", new double[] {0.5}, null).get(0)[0],
        Starts.of("grid:2", new double[] {0.5}, null).get(1)[0]}, "r at least 1");
    assertEquals(7.0, Starts.of("grid:2x2", new double[] {1, 1, 7}, null).get(3)[2], "a third coordinate kept");
  }

  @Test
  void aRingGoesThroughTheStart() {
    List<double[]> r = Starts.of("ring:4", new double[] {3, 2}, new double[] {1, 2});
    assertArrayEquals(new double[] {3, 2}, r.get(0), 1e-12);
    assertArrayEquals(new double[] {1, 4}, r.get(1), 1e-12);
    assertArrayEquals(new double[] {-1, 2}, r.get(2), 1e-12);
  }

  @Test
  void badSpecsAreNamed() {
    assertEquals("--starts: 'ring:4': a function of one variable takes grid:N, e.g. grid:9",
        assertThrows(SetupException.class, () -> Starts.of("ring:4", new double[] {1}, null)).getMessage());
    assertEquals("many starts: 'grid:5x5': a function of one variable takes grid:N, e.g. grid:9",
        assertThrows(SetupException.class, () -> Starts.of("many starts", "grid:5x5", new double[] {1}, null))
            .getMessage());
    assertEquals("--starts: 'grid:2x3x4' is not grid:NxM or ring:N",
        assertThrows(SetupException.class, () -> Starts.of("grid:2x3x4", new double[] {1, 1}, null)).getMessage());
    assertEquals("--starts: 'grid:30x30' makes 900 starts; from 1 to 400",
        assertThrows(SetupException.class, () -> Starts.of("grid:30x30", new double[] {1, 1}, null)).getMessage());
    assertEquals("--starts: 'grid:ax3': the count must be a whole number, e.g. grid:5x5 or ring:12",
        assertThrows(SetupException.class, () -> Starts.of("grid:ax3", new double[] {1, 1}, null)).getMessage());
  }
}
