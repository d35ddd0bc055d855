package gdviz.plot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ViewportAndTicksTest {
  private final Viewport v = new Viewport(-10, 10, 0, 100, 50, 20, 400, 200);

  @Test
  void mapsWorldToPixelsWithYUp() {
    assertEquals(50, v.toPixelX(-10));
    assertEquals(450, v.toPixelX(10));
    assertEquals(220, v.toPixelY(0), "y = 0 at the bottom");
    assertEquals(20, v.toPixelY(100));
    assertEquals(3.5, v.toWorldX(v.toPixelX(3.5)), 1e-12);
    assertEquals(42, v.toWorldY(v.toPixelY(42)), 1e-12);
  }

  @Test
  void zoomKeepsThePointUnderThePointer() {
    Viewport z = v.zoom(0.5, 150, 70);
    assertEquals(v.toWorldX(150), z.toWorldX(150), 1e-12);
    assertEquals(v.toWorldY(70), z.toWorldY(70), 1e-12);
    assertEquals(10, z.xMax() - z.xMin(), 1e-12);
  }

  @Test
  void panMovesTheWorldWithThePointer() {
    // dragging 40 px right and 20 px up carries the picture along: the view now shows 2 units
    // further left and 10 units further down
    Viewport p = v.pan(40, -20);
    assertEquals(-12, p.xMin(), 1e-12);
    assertEquals(-10, p.yMin(), 1e-12);
  }

  @Test
  void niceTicks() {
    assertEquals(List.of("0", "2", "4", "6", "8", "10"),
        NiceTicks.of(-0.5, 10.5, 5).stream().map(NiceTicks.Tick::label).toList());
    assertEquals(List.of("-0.2", "-0.1", "0.0", "0.1", "0.2"),
        NiceTicks.of(-0.25, 0.25, 5).stream().map(NiceTicks.Tick::label).toList());
    // a tiny span far from zero: every label different, not all "1.0e60"
    assertEquals(List.of("1.0000000e60", "1.0000001e60", "1.0000002e60", "1.0000003e60"),
        NiceTicks.of(1e60, 1.0000003e60, 4).stream().map(NiceTicks.Tick::label).toList());
    for (double[] range : new double[][] {{1, 1.00002}, {-3e-7, -2.9e-7}, {123456.7, 123456.9}, {5e9, 5.000001e9}}) {
      List<NiceTicks.Tick> ticks = NiceTicks.of(range[0], range[1], 4);
      assertTrue(ticks.size() >= 2, "ticks for " + java.util.Arrays.toString(range));
      double step = ticks.get(1).value() - ticks.get(0).value();
      for (NiceTicks.Tick t : ticks) { // each label reads as its tick's value
        assertEquals(t.value(), Double.parseDouble(t.label()), step / 100, t.label());
      }
      assertEquals(ticks.size(), ticks.stream().map(NiceTicks.Tick::label).distinct().count(),
          "labels all different: " + ticks);
    }
    assertEquals(List.of("0.0", "2.0e5", "4.0e5"),
        NiceTicks.of(0, 4e5, 3).stream().map(NiceTicks.Tick::label).toList());
    assertEquals(List.of("1e-4", "1e-3", "1e-2", "1e-1", "1", "10"),
        NiceTicks.logOf(5e-5, 20).stream().map(NiceTicks.Tick::label).toList());
  }

  @Test
  void segmentsAreClippedToTheRectangle() {
    assertArrayEquals(new double[] {0, 5, 10, 5}, SegmentClipper.clip(-5, 5, 15, 5, 0, 0, 10, 10), 1e-12);
    assertNull(SegmentClipper.clip(-5, -5, -1, -1, 0, 0, 10, 10));
    // a step to 1e150 ends on the edge, in the right direction
    double[] c = SegmentClipper.clip(5, 5, 1e150, 5, 0, 0, 10, 10);
    assertArrayEquals(new double[] {5, 5, 10, 5}, c, 1e-9);
    double[] inf = SegmentClipper.clip(5, 5, Double.POSITIVE_INFINITY, 5, 0, 0, 10, 10);
    assertArrayEquals(new double[] {5, 5, 10, 5}, inf, 1e-9);
  }

  @Test
  void fittingAPointFarOutStillGivesAProperView() {
    gdviz.model.analysis.IteratePath far = new gdviz.model.analysis.IteratePath() {
      public int size() {
        return 1;
      }

      public int dimension() {
        return 2;
      }

      public double x(int k, int i) {
        return i == 0 ? 1e150 : -1e150;
      }

      public double value(int k) {
        return Double.POSITIVE_INFINITY;
      }

      public double gradient(int k, int i) {
        return 0;
      }
    };
    Viewport v = ViewFit.fit(List.of(far), gdviz.model.preset.SetupResolver.function("x1^4 + x2^4", null), 0, 1, 800,
        600);
    assertTrue(v.xMax() > v.xMin() && v.yMax() > v.yMin());
    assertTrue(v.xMin() <= 1e150 && v.xMax() >= 1e150, "the point is in view");
  }

  @Test
  void aRunThatSettlesFarFromAStartAtZeroIsFramedWholeADivergingOneIsNot() {
    gdviz.engine.Trajectory settles = new gdviz.engine.Trajectory(2);
    gdviz.engine.Trajectory runsOff = new gdviz.engine.Trajectory(2);
    for (int k = 0; k <= 200; k++) {
      double done = 1 - Math.pow(0.9, k); // 0 → 1 geometrically: a regression's θ from 0 to (81, 12)
      settles.append(new double[] {81 * done, 12 * done}, 0, new double[2], Double.NaN);
      runsOff.append(new double[] {0.5 * Math.pow(3, k / 5.0), 0.5}, 0, new double[2], Double.NaN);
    }
    gdviz.model.objective.Objective bowl = gdviz.model.preset.SetupResolver.function("x1^2 + x2^2", null);
    Viewport whole = ViewFit.fit(List.of(settles), bowl, 0, 1, 800, 600);
    assertTrue(whole.xMax() > 81 && whole.yMax() > 12 && whole.xMin() < 0, "from 0 to (81, 12): " + whole);
    Viewport trimmed = ViewFit.fit(List.of(runsOff), bowl, 0, 1, 800, 600);
    assertTrue(trimmed.xMax() < 100, "the far points of a run that ran off are left out: " + trimmed);
  }

  /** quadratic-2d and noisy-sgd-2d arrive at (0, 0) on their run's right edge: framed with room for the −∇f arrow. */
  @Test
  void aRunIsFramedWithRoomForTheArrowBesideItsLastIterate() {
    for (String preset : new String[] {"quadratic-2d", "noisy-sgd-2d"}) {
      for (double[] size : new double[][] {{640, 300}, {400, 400}, {900, 260}}) {
        gdviz.model.run.RunSetup setup = gdviz.model.preset.PresetLibrary.builtIn().require(preset)
            .setups(gdviz.model.preset.RunOverrides.EMPTY).get(0);
        gdviz.engine.Trajectory t = gdviz.engine.DescentRun.run(setup).trajectory();
        Viewport world = ViewFit.fit(List.of(t), setup.objective(), 0, 1, size[0], size[1]);
        Viewport v = PlotStyle.inside(world, size[0], size[1]);
        for (int k = 0; k < t.size(); k++) {
          double px = v.toPixelX(t.x(k, 0));
          double py = v.toPixelY(t.x(k, 1));
          String where = preset + " at " + size[0] + "×" + size[1] + ", iterate " + k + " at (" + px + ", " + py + ")";
          assertTrue(px - v.left() >= ViewFit.MARGIN - 1e-6 && v.left() + v.width() - px >= ViewFit.MARGIN - 1e-6, where);
          assertTrue(py - v.top() >= ViewFit.MARGIN - 1e-6 && v.top() + v.height() - py >= ViewFit.MARGIN - 1e-6, where);
        }
      }
    }
  }
}
