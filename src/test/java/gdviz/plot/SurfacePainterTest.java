package gdviz.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gdviz.engine.Trajectory;
import gdviz.model.objective.Quadratic;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The surface's projection, depth order and paths, on a bowl whose shape is known. */
class SurfacePainterTest {
  private static final Viewport SQUARE = new Viewport(-2, 2, -2, 2, 0, 0, 1, 1);
  private static final SurfaceMesh BOWL =
      new SurfaceMesh(Quadratic.weightedSquares(new double[] {1, 1}, "bowl"), SQUARE, 21);

  @Test
  void fromAboveTheRectangleLiesFlatWithX1ToTheRightAndX2Up() {
    SurfacePainter.Camera top = new SurfacePainter.Camera(0, 90, 1);
    double[] left = SurfacePainter.screen(BOWL, top, 400, 400, -2, 0);
    double[] right = SurfacePainter.screen(BOWL, top, 400, 400, 2, 0);
    double[] up = SurfacePainter.screen(BOWL, top, 400, 400, 0, 2);
    double[] centre = SurfacePainter.screen(BOWL, top, 400, 400, 0, 0);
    assertEquals(left[1], right[1], 1e-9, "x1 runs across");
    assertTrue(right[0] > left[0]);
    assertEquals(centre[0], up[0], 1e-9, "x2 runs up the screen");
    assertTrue(up[1] < centre[1]);
    assertNull(SurfacePainter.screen(BOWL, top, 400, 400, 3, 0), "outside the rectangle: not on the surface");
  }

  @Test
  void fromTheSideHeightIsUpAndTheMinimumIsLowest() {
    SurfacePainter.Camera side = new SurfacePainter.Camera(0, 0, 1);
    double[] minimum = SurfacePainter.screen(BOWL, side, 400, 400, 0, 0);
    double[] rim = SurfacePainter.screen(BOWL, side, 400, 400, 2, 0);
    assertTrue(rim[1] < minimum[1], "the rim (f = 4) above the minimum (f = 0) on screen");
  }

  @Test
  void everyCellIsDrawnAndTheRunLiesOnTop() {
    BufferedImage image = new BufferedImage(400, 400, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = image.createGraphics();
    SurfacePainter.Camera camera = SurfacePainter.Camera.DEFAULT;
    SurfacePainter.Drawn d = SurfacePainter.paintSurface(g, BOWL, camera, "x1", "x2", 400, 400);
    assertEquals(20 * 20, d.cells(), "21 × 21 nodes: 400 cells");
    Trajectory path = new Trajectory(2);
    path.append(new double[] {1.5, 1.5}, 4.5, new double[2], Double.NaN);
    path.append(new double[] {0.5, 0.5}, 0.5, new double[2], Double.NaN);
    SurfacePainter.paintPaths(g, BOWL, camera, List.of(new SurfacePainter.Path(path, 1, Color.RED, 0, 1)), 400, 400);
    g.dispose();
    double[] start = SurfacePainter.screen(BOWL, camera, 400, 400, 1.5, 1.5);
    assertEquals(Color.WHITE.getRGB(), image.getRGB((int) Math.round(start[0]), (int) Math.round(start[1])),
        "the start marker (white) sits where the start projects");
    double[] end = SurfacePainter.screen(BOWL, camera, 400, 400, 0.5, 0.5);
    assertEquals(Color.RED.getRGB(), image.getRGB((int) Math.round(end[0]), (int) Math.round(end[1])),
        "the current iterate in the run's colour");
  }

  @Test
  void theCameraStaysAboveTheFloorAndZoomsWithinBounds() {
    SurfacePainter.Camera c = SurfacePainter.Camera.DEFAULT.dragged(20, 200);
    assertEquals(-45.0, c.azimuth(), "20 px right: 10° less");
    assertEquals(90.0, c.elevation(), "no further than straight down");
    assertEquals(6.0, c.zoomed(100).zoom());
    assertEquals(0.3, c.zoomed(0.001).zoom());
  }
}
