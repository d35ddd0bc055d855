package gdviz.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The surface's heights: linear in f by default (no minima hanging as spikes), log above the minimum when asked. */
class SurfaceHeightsTest {
  private static final Viewport SQUARE = new Viewport(-1, 1, -1, 1, 0, 0, 1, 1);

  @Test
  void heightsAreLinearInFUnlessAskedForALogScale() {
    var bowl = gdviz.model.preset.SetupResolver.function("x^2 + y^2", null);
    SurfaceMesh linear = new SurfaceMesh(bowl, SQUARE, 3);
    SurfaceMesh log = new SurfaceMesh(bowl, SQUARE, 3, true);
    // f runs from 0 (centre) to 2 (corners): f = 1 halfway up the box on a linear scale
    assertEquals(0, linear.z(1), 1e-12);
    assertEquals(-SurfaceMesh.HEIGHT, linear.z(0), 1e-12);
    assertEquals(SurfaceMesh.HEIGHT, linear.z(2), 1e-12);
    assertTrue(log.z(1) > 0.5 * SurfaceMesh.HEIGHT, "on a log scale f = 1 sits near the top: " + log.z(1));
    assertEquals(false, linear.heights.logarithmic());
    assertEquals(true, log.heights.logarithmic());
  }
}
