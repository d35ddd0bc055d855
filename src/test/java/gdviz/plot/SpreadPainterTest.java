package gdviz.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import gdviz.engine.RunResult;
import gdviz.engine.RunSpread;
import gdviz.engine.Trajectory;
import gdviz.model.analysis.Outcome;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The spread ellipse: two standard deviations of the runs' points, in pixels. */
class SpreadPainterTest {
  private static RunResult run(double x, double y) {
    Trajectory t = new Trajectory(2);
    t.append(new double[] {0, 0}, 1, new double[2], Double.NaN);
    t.append(new double[] {x, y}, 0, new double[2], Double.NaN);
    return new RunResult(0, t, Outcome.of(Outcome.Kind.STOPPED, 1), 0);
  }

  @Test
  void theEllipseHasTwoStandardDeviationsAsHalfAxes() {
    // at step 1: points (±1, 0) and (0, ±2) around (0, 0): Σx² = 2, Σy² = 8, over n − 1 = 3
    RunSpread s = RunSpread.of(List.of(run(1, 0), run(-1, 0), run(0, 2), run(0, -2)));
    assertEquals(2.0 / 3, s.covariance(1, 0, 1)[0]);
    assertEquals(8.0 / 3, s.covariance(1, 0, 1)[2]);
    // 10 pixels per unit along both axes
    Viewport v = new Viewport(-10, 10, -10, 10, 0, 0, 200, 200);
    BufferedImage image = new BufferedImage(200, 200, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = image.createGraphics();
    SpreadPainter.Drawn d = SpreadPainter.paint(g, v, new SpreadPainter.Picture(s, 1, Color.RED, 0, 1));
    g.dispose();
    assertEquals(100.0, d.centreX());
    assertEquals(100.0, d.centreY());
    assertEquals(2 * Math.sqrt(8.0 / 3 * 100), d.major(), 1e-12, "2σ of y: 2·√(8/3)·10 px");
    assertEquals(2 * Math.sqrt(2.0 / 3 * 100), d.minor(), 1e-12, "2σ of x: 2·√(2/3)·10 px");
    assertEquals(4, d.paths());
    // the ellipse is drawn: on its major axis, 2σ above the centre, there is ink
    int top = (int) Math.round(100 - d.major());
    boolean inked = false;
    for (int y = top - 2; y <= top + 2; y++) {
      inked |= (image.getRGB(100, y) >>> 24) != 0;
    }
    assertEquals(true, inked, "ink at the ellipse's top");
  }
}
