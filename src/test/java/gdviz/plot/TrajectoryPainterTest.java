package gdviz.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gdviz.engine.DescentRun;
import gdviz.engine.RunResult;
import gdviz.engine.Trajectory;
import gdviz.model.analysis.IteratePath;
import gdviz.model.preset.PresetLibrary;
import gdviz.model.preset.RunOverrides;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

/** Rendered pixels, headless: the path's colour is where its iterates are. */
class TrajectoryPainterTest {
  private static IteratePath path(Trajectory t) {
    return new IteratePath() {
      public int size() {
        return t.size();
      }

      public int dimension() {
        return t.dimension();
      }

      public double x(int k, int i) {
        return t.x(k, i);
      }

      public double value(int k) {
        return t.value(k);
      }

      public double gradient(int k, int i) {
        return t.gradient(k, i);
      }
    };
  }

  private static Trajectory run(String preset, Double eta) {
    RunOverrides o = eta == null ? RunOverrides.EMPTY : RunOverrides.builder().eta(eta).build();
    RunResult r = DescentRun.run(PresetLibrary.builtIn().require(preset).setups(o).get(0));
    return r.trajectory();
  }

  @Test
  void thePathColourAppearsBetweenItsIterates() {
    Trajectory t = run("quadratic-2d", null);
    BufferedImage image = new BufferedImage(600, 400, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = image.createGraphics();
    AxesPainter.clear(g, 600, 400);
    Viewport v = PlotStyle.inside(new Viewport(-6, 1, -3, 1, 0, 0, 1, 1), 600, 400);
    TrajectoryPainter.Drawn drawn = TrajectoryPainter.paint(g, path(t), v,
        new TrajectoryPainter.Options(20, false, false, Palette.BLUE));
    g.dispose();
    assertFalse(drawn.escaped());
    // midway between iterates 1 and 2 the line is drawn in the run's colour
    double mx = (v.toPixelX(t.x(1, 0)) + v.toPixelX(t.x(2, 0))) / 2;
    double my = (v.toPixelY(t.x(1, 1)) + v.toPixelY(t.x(2, 1))) / 2;
    assertTrue(Pixels.near(image, mx, my, Palette.BLUE, 1), "the run's blue on the segment between iterates 1 and 2");
    assertTrue(Pixels.near(image, v.toPixelX(t.x(10, 0)), v.toPixelY(t.x(10, 1)), Palette.BLUE, 1), "and at iterate 10");
    // far from the path the background stays white
    assertEquals(Color.WHITE.getRGB(), image.getRGB((int) v.toPixelX(0.5), (int) v.toPixelY(-2.5)));
    // the start marker: white disc at iterate 0
    assertEquals(Color.WHITE.getRGB(), image.getRGB((int) v.toPixelX(-5), (int) v.toPixelY(-2)));
  }

  @Test
  void aDivergingPathIsClippedWithAnArrowAtTheEdge() {
    Trajectory t = run("quadratic-1d", 1.1);
    BufferedImage image = new BufferedImage(600, 400, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = image.createGraphics();
    AxesPainter.clear(g, 600, 400);
    Viewport v = PlotStyle.inside(new Viewport(-20, 20, -10, 450, 0, 0, 1, 1), 600, 400);
    TrajectoryPainter.Drawn drawn = TrajectoryPainter.paint(g, path(t), v,
        new TrajectoryPainter.Options(10, false, false, Palette.VERMILLION));
    g.dispose();
    assertTrue(drawn.escaped(), "x10 = 61.9 is beyond the view's ±20");
  }

  @Test
  void longPathsAreReducedToAboutPixelSpacing() {
    Trajectory t = new Trajectory(2);
    for (int k = 0; k < 200_000; k++) {
      double a = k * 1e-4;
      t.append(new double[] {Math.cos(a), Math.sin(a)}, 1, new double[] {0, 0}, 0.1);
    }
    Viewport v = PlotStyle.inside(new Viewport(-1.5, 1.5, -1.5, 1.5, 0, 0, 1, 1), 500, 500);
    BufferedImage image = new BufferedImage(500, 500, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = image.createGraphics();
    TrajectoryPainter.Drawn drawn = TrajectoryPainter.paint(g, path(t), v,
        new TrajectoryPainter.Options(199_999, false, false, Palette.BLUE));
    g.dispose();
    // 20 radians of circle with radius ≈ 140 px: 3 turns of ≈ 880 px each, so at most a few thousand points
    assertTrue(drawn.count() < 3000, drawn.count() + " points drawn for 200,000 iterates");
    assertTrue(drawn.count() > 300);
  }

  /** A thousand steps a pixel apart get dots only where they stand apart, so other runs stay visible. */
  @Test
  void stepDotsAreDrawnOnlyWhereTheyStandApart() {
    var setup = PresetLibrary.builtIn().require("optimizer-family").setups(RunOverrides.EMPTY).get(0); // gd, 1000 steps
    Trajectory t = DescentRun.run(setup).trajectory();
    BufferedImage image = new BufferedImage(800, 600, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = image.createGraphics();
    Viewport v = PlotStyle.inside(new Viewport(-2, 2, -1, 3, 0, 0, 1, 1), 800, 600);
    TrajectoryPainter.Drawn drawn = TrajectoryPainter.paint(g, path(t), v,
        new TrajectoryPainter.Options(1000, false, false, Palette.BLUE, false, 0, 1));
    assertTrue(drawn.count() > 100, "the path's points: " + drawn.count());
    assertTrue(drawn.dots() < drawn.count() / 3, drawn.dots() + " dots for " + drawn.count() + " points");
  }

  /** The least-squares marker's label sits where the path is not. */
  @Test
  void theMarkersLabelAvoidsThePath() {
    BufferedImage image = new BufferedImage(400, 300, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    AxesPainter.clear(g, 400, 300);
    Viewport v = PlotStyle.inside(new Viewport(-1, 1, -1, 1, 0, 0, 1, 1), 400, 300);
    double cx = v.toPixelX(0);
    double cy = v.toPixelY(0);
    // a path arriving from the right, where the label would go first
    double[] path = new double[80];
    for (int i = 0; i < 40; i++) {
      path[2 * i] = cx + 8 + 3 * i;
      path[2 * i + 1] = cy - 20 + i;
    }
    gdviz.plot.label.PlotLabels labels = new gdviz.plot.label.PlotLabels(v.left(), v.top(), v.width(), v.height());
    labels.placer().avoidPoints(path, 3);
    TrajectoryPainter.marker(g, v, 0, 0, "least squares", labels);
    labels.drawAll(g, java.awt.Color.WHITE);
    g.dispose();
    java.awt.geom.Rectangle2D box = labels.drawn().get(0).box();
    for (int i = 0; i < 40; i++) {
      assertTrue(!box.intersects(path[2 * i] - 3, path[2 * i + 1] - 3, 6, 6), "the label " + box
          + " covers the path's point " + path[2 * i] + ", " + path[2 * i + 1]);
    }
    assertTrue(!box.intersects(cx - 10, cy - 10, 20, 20), "the label covers its marker");
  }

  /** linreg-20pts: "least squares" sat on the start marker beside it. */
  @Test
  void theMarkersLabelKeepsOffTheStartMarker() {
    gdviz.engine.Trajectory t = new gdviz.engine.Trajectory(2);
    for (int k = 0; k <= 5; k++) {
      t.append(new double[] {0.2 - 0.04 * k, 0}, 0, new double[] {1, 0}, 0.1);
    }
    BufferedImage image = new BufferedImage(400, 300, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    Viewport v = PlotStyle.inside(new Viewport(-1, 1, -1, 1, 0, 0, 1, 1), 400, 300);
    gdviz.plot.label.PlotLabels labels = new gdviz.plot.label.PlotLabels(v.left(), v.top(), v.width(), v.height());
    TrajectoryPainter.paint(g, path(t), v, new TrajectoryPainter.Options(5, false, false, Palette.BLUE, false, 0, 1),
        new PathReduction(), labels);
    TrajectoryPainter.marker(g, v, 0.02, 0, "least squares", labels);
    labels.drawAll(g, Color.WHITE);
    g.dispose();
    java.awt.geom.Rectangle2D box = labels.drawn().get(labels.drawn().size() - 1).box();
    double sx = v.toPixelX(0.2);
    double sy = v.toPixelY(0);
    assertFalse(box.intersects(sx - 7, sy - 7, 14, 14), "the label " + box + " is on the start marker at " + sx);
  }
}
