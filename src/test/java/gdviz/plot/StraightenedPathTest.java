package gdviz.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.PathIterator;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A dashed guide drawn without the points on the line between their neighbours: fewer segments, the same line. */
class StraightenedPathTest {
  private static List<double[]> points(Path2D path) {
    List<double[]> out = new ArrayList<>();
    double[] c = new double[6];
    for (PathIterator it = path.getPathIterator(null); !it.isDone(); it.next()) {
      it.currentSegment(c);
      out.add(new double[] {c[0], c[1]});
    }
    return out;
  }

  @Test
  void aStraightRunOfManySegmentsBecomesOne() {
    Path2D.Double line = new Path2D.Double();
    line.moveTo(0, 10);
    for (int i = 1; i <= 600; i++) {
      line.lineTo(i, 10 + 0.37 * i); // the rate's bound on a log axis: one straight line, a point per column
    }
    List<double[]> kept = points(PathReduction.straightened(line, 0.25));
    assertEquals(2, kept.size());
    assertEquals(600, kept.get(1)[0]);
  }

  @Test
  void aCurveKeepsItsShapeWithinTheTolerance() {
    Path2D.Double curve = new Path2D.Double();
    List<double[]> original = new ArrayList<>();
    for (int i = 0; i <= 600; i++) {
      double x = i;
      double y = 300 * Math.exp(-i / 80.0); // a loss falling: steep, then flat
      original.add(new double[] {x, y});
      if (i == 0) {
        curve.moveTo(x, y);
      } else {
        curve.lineTo(x, y);
      }
    }
    List<double[]> kept = points(PathReduction.straightened(curve, 0.25));
    assertTrue(kept.size() < 200, kept.size() + " points kept of 601");
    for (double[] p : original) {
      double nearest = Double.POSITIVE_INFINITY;
      for (int i = 1; i < kept.size(); i++) {
        nearest = Math.min(nearest, Line2D.ptSegDist(kept.get(i - 1)[0], kept.get(i - 1)[1], kept.get(i)[0],
            kept.get(i)[1], p[0], p[1]));
      }
      assertTrue(nearest <= 0.25 + 1e-9, "(" + p[0] + ", " + p[1] + ") is " + nearest + " px off the line drawn");
    }
  }

  @Test
  void eachFigureKeepsItsEnds() {
    Path2D.Double two = new Path2D.Double();
    two.moveTo(0, 0);
    two.lineTo(5, 0);
    two.lineTo(10, 0);
    two.moveTo(20, 5);
    two.lineTo(30, 5);
    List<double[]> kept = points(PathReduction.straightened(two, 0.25));
    assertEquals(List.of("0.0,0.0", "10.0,0.0", "20.0,5.0", "30.0,5.0"),
        kept.stream().map(p -> p[0] + "," + p[1]).toList());
  }
}
