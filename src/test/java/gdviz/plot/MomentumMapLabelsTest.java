package gdviz.plot;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gdviz.model.analysis.ConvergenceRate;
import gdviz.model.analysis.MomentumMap;
import gdviz.model.objective.Curvature;
import gdviz.model.preset.SetupResolver;
import gdviz.plot.label.PlotLabels;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The momentum map's texts at the sizes the window gives it: each region named within its region
 * ("divergence" sat on the converging region, at the centre of mass of a crescent), nothing cut at
 * the edge ("best: η* = 0.0556, β" was), no two texts on each other, the current point's rate clear
 * of them all.
 */
class MomentumMapLabelsTest {
  private static final Curvature STABILITY = Curvature.at(SetupResolver.function("x1^2 + 25*x2^2", null),
      new double[] {-5, -2});

  @Test
  void regionsAreNamedWithinThemselvesAndNoTextCollides() {
    for (double[] size : new double[][] {{420, 300}, {330, 240}, {700, 480}, {260, 200}}) {
      BufferedImage image = new BufferedImage((int) size[0], (int) size[1], BufferedImage.TYPE_INT_RGB);
      Graphics2D g = image.createGraphics();
      List<PlotLabels.Placed> map = MomentumMapPainter.paintMap(g, (argb, nx, ny, x, y, w, h) -> { },
          ConvergenceRate.Rule.MOMENTUM, STABILITY, size[0], size[1]);
      Viewport v = MomentumMapPainter.viewport(size[0], size[1]);
      String at = size[0] + "×" + size[1] + ": ";
      MomentumMap rates = new MomentumMap(ConvergenceRate.Rule.MOMENTUM, STABILITY);
      assertTrue(map.stream().anyMatch(l -> l.text().startsWith("best")), at + map);
      for (PlotLabels.Placed l : map) {
        assertTrue(inside(l.box(), v), at + l + " lies outside the plot");
        for (MomentumMap.Region r : MomentumMap.Region.values()) {
          if (l.text().equals(r.label())) {
            for (double[] p : corners(l.box())) {
              assertTrue(rates.region(Math.pow(10, v.toWorldX(p[0])), v.toWorldY(p[1])) == r,
                  at + l.text() + " has a corner outside its region, at " + p[0] + ", " + p[1]);
            }
          }
        }
      }
      assertNoOverlap(map, at);
      if (size[0] >= 420) { // room for every region's name (a region too thin for it goes unnamed)
        for (String name : List.of("ripples", "monotone decrease", "divergence")) {
          assertTrue(map.stream().anyMatch(l -> l.text().equals(name)), at + name + " is named: " + map);
        }
      }
      for (double[] point : new double[][] {{0.02, 0.7}, {0.05, 0.45}, {1, 0.1}, {1e-4, 0}}) {
        PlotLabels.Placed rate = MomentumMapPainter.paintPoint(g, ConvergenceRate.Rule.MOMENTUM, STABILITY, point[0],
            point[1], size[0], size[1], map);
        assertNoOverlap(concat(map, rate), at + "η = " + point[0] + ", β = " + point[1] + ": ");
        assertTrue(inside(rate.box(), v), at + rate + " lies outside the plot");
      }
      g.dispose();
    }
  }

  private static List<PlotLabels.Placed> concat(List<PlotLabels.Placed> a, PlotLabels.Placed b) {
    List<PlotLabels.Placed> all = new java.util.ArrayList<>(a);
    all.add(b);
    return all;
  }

  private static void assertNoOverlap(List<PlotLabels.Placed> labels, String at) {
    for (int i = 0; i < labels.size(); i++) {
      for (int j = i + 1; j < labels.size(); j++) {
        Rectangle2D a = labels.get(i).box();
        Rectangle2D b = labels.get(j).box();
        assertFalse(a.createIntersection(b).getWidth() > 0.5 && a.createIntersection(b).getHeight() > 0.5,
            at + labels.get(i).text() + " and " + labels.get(j).text() + " overlap");
      }
    }
  }

  private static boolean inside(Rectangle2D box, Viewport v) {
    return box.getMinX() >= v.left() - 0.01 && box.getMinY() >= v.top() - 0.01
        && box.getMaxX() <= v.left() + v.width() + 0.01 && box.getMaxY() <= v.top() + v.height() + 0.01;
  }

  private static double[][] corners(Rectangle2D b) {
    return new double[][] {{b.getMinX() + 1, b.getMinY() + 1}, {b.getMaxX() - 1, b.getMinY() + 1},
        {b.getMinX() + 1, b.getMaxY() - 1}, {b.getMaxX() - 1, b.getMaxY() - 1}};
  }
}
