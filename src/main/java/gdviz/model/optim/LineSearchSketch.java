package gdviz.model.optim;

import gdviz.model.format.Numbers;
import gdviz.model.method.Sketch;
import gdviz.model.objective.Objective;
import java.util.ArrayList;
import java.util.List;

/**
 * A line search's picture from the iterate, as the methods that search along a direction d show
 * it: the trial steps t·d it rejected (✗, the first six) and the step it took; for the exact search
 * its bracket and the minimum found on it.
 */
final class LineSearchSketch {
  private static final int SHOWN_TRIALS = 6;

  private LineSearchSketch() {}

  static Sketch of(LineSearch search, Objective f, double[] x, double[] g, double[] d, double first, String method) {
    List<Double> tried = new ArrayList<>();
    double t = search.along(f, x, f.value(x), g, d, first, tried);
    List<Sketch.Arrow> arrows = new ArrayList<>();
    if (search.isExact()) {
      double[] bracket = search.bracket();
      if (bracket[0] > 0) {
        arrows.add(new Sketch.Arrow(x.clone(), scaled(d, bracket[0]), "t = a"));
      }
      arrows.add(new Sketch.Arrow(x.clone(), scaled(d, bracket[1]), "t = b"));
      arrows.add(new Sketch.Arrow(x.clone(), scaled(d, t), "step"));
      return new Sketch(List.of(), null, null, arrows, method + ": the exact search's bracket along d and the"
          + " minimum found there");
    }
    int shown = 0;
    for (double trial : tried) {
      if (trial != t && shown < SHOWN_TRIALS) {
        arrows.add(new Sketch.Arrow(x.clone(), scaled(d, trial), "✗ t = " + Numbers.compact(trial)));
        shown++;
      }
    }
    arrows.add(new Sketch.Arrow(x.clone(), scaled(d, t), "step"));
    return new Sketch(List.of(), null, null, arrows, method + ": the line search's trials along d (✗ rejected) and"
        + " the step taken");
  }

  private static double[] scaled(double[] d, double t) {
    double[] by = new double[d.length];
    for (int i = 0; i < d.length; i++) {
      by[i] = t * d[i];
    }
    return by;
  }
}
