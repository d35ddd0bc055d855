package gdviz.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gdviz.engine.DescentRun;
import gdviz.engine.RunResult;
import gdviz.model.analysis.LossBaseline;
import gdviz.model.preset.PresetLibrary;
import gdviz.model.preset.RunOverrides;
import gdviz.model.preset.SetupResolver;
import gdviz.model.run.RunSetup;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The loss on a log scale: f − f* against the true f* where it is known, every iterate drawn. */
class LossPainterTest {
  private static final int W = 600;
  private static final int H = 400;

  private static LossPainter.Series series(RunSetup s, int shown) {
    RunResult r = DescentRun.run(s);
    return new LossPainter.Series(r.trajectory().first(shown), Palette.VERMILLION, -1, r.trajectory(),
        LossBaseline.of(s));
  }

  private static RunSetup preset(String name, int run) {
    return PresetLibrary.builtIn().require(name).setups(RunOverrides.EMPTY).get(run);
  }

  @Test
  void aQuadraticsLossIsAStraightLineDownToItsLastIterate() {
    RunSetup q = preset("quadratic-2d", 0);
    BufferedImage image = new BufferedImage(W, H, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    LossPainter.Drawn d = LossPainter.paint(g, List.of(series(q, 21)), W, H, true);
    assertEquals("f − f*  (f* = the minimum of f)", d.yTitle());
    RunResult r = DescentRun.run(q);
    // log10 f_k is a straight line: f* = 0, not the run's last f (which made the tail dive and vanish)
    double last = Math.log10(r.trajectory().value(20));
    assertTrue(d.yMin() < last && last < d.yMax(), "the last iterate is on the axis: " + last + " in " + d);
    Viewport v = PlotStyle.inside(new Viewport(0, 20, d.yMin(), d.yMax(), 0, 0, 1, 1), W, H,
        PlotStyle.leftMargin(g, NiceTicks.logOf(Math.pow(10, d.yMin()), Math.pow(10, d.yMax()))));
    for (int k : new int[] {5, 10, 19, 20}) {
      double y = Math.log10(r.trajectory().value(k));
      assertTrue(Pixels.near(image, v.toPixelX(k), v.toPixelY(y), Palette.VERMILLION, 3), "iterate " + k + " drawn");
    }
  }

  @Test
  void theAxesDoNotChangeWhileTheRunPlays() {
    RunSetup q = preset("quadratic-2d", 0);
    Graphics2D g = new BufferedImage(W, H, BufferedImage.TYPE_INT_RGB).createGraphics();
    LossPainter.Drawn early = LossPainter.paint(g, List.of(series(q, 3)), W, H, true);
    LossPainter.Drawn late = LossPainter.paint(g, List.of(series(q, 21)), W, H, true);
    assertEquals(late.yMin(), early.yMin(), 0.0);
    assertEquals(late.yMax(), early.yMax(), 0.0);
  }

  @Test
  void aRunThatReachesFStarInOneStepIsDrawnOnTheFloorAndMarked() {
    RunSetup precond = preset("preconditioning", 1);
    assertEquals(0.0, DescentRun.run(precond).trajectory().value(1), 0.0, "diagonal preconditioning: one step");
    Graphics2D g = new BufferedImage(W, H, BufferedImage.TYPE_INT_RGB).createGraphics();
    LossPainter.Drawn d = LossPainter.paint(g, List.of(series(precond, 51)), W, H, true);
    assertTrue(d.floorMarks() > 0, "f − f* = 0 is marked on the axis floor: " + d);
  }

  @Test
  void whereFStarIsUnknownTheBestComputedValueIsUsedAndSaid() {
    RunSetup wavy = RunSetup.of(SetupResolver.function("x*cos(0.5*x)", null), 2).eta(0.1).steps(50).build();
    Graphics2D g = new BufferedImage(W, H, BufferedImage.TYPE_INT_RGB).createGraphics();
    LossPainter.Drawn d = LossPainter.paint(g, List.of(series(wavy, 10)), W, H, true);
    assertEquals("f − f*  (f* = lowest f computed)", d.yTitle());
    // f* is the best of the whole run computed, not of the 10 iterates shown: the shown part sits above the floor
    assertEquals(0, d.floorMarks(), "the part played has not reached the run's best yet");
  }
}
