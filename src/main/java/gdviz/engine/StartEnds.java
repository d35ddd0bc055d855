package gdviz.engine;

import gdviz.model.analysis.Outcome;
import java.util.ArrayList;
import java.util.List;

/**
 * Where many runs end, grouped: runs whose last points lie within a tolerance of each other end
 * in the same place (a minimum, usually); a run that diverged or left the domain ends nowhere (−1).
 */
public record StartEnds(int[] place, List<double[]> places) {
  /** Groups the runs' last points; {@code tolerance}: how near two ends must be to count as one place. */
  public static StartEnds of(List<RunResult> runs, double tolerance) {
    List<double[]> ends = new ArrayList<>();
    List<Outcome> outcomes = new ArrayList<>();
    for (RunResult r : runs) {
      ends.add(r.trajectory().x(r.trajectory().size() - 1));
      outcomes.add(r.outcome());
    }
    return of(ends, outcomes, tolerance);
  }

  /** The same from the runs' last points and outcomes. */
  public static StartEnds of(List<double[]> ends, List<Outcome> outcomes, double tolerance) {
    int[] place = new int[ends.size()];
    List<double[]> places = new ArrayList<>();
    for (int i = 0; i < ends.size(); i++) {
      double[] end = ends.get(i);
      Outcome.Kind k = outcomes.get(i).kind();
      boolean lost = k == Outcome.Kind.DIVERGED || k == Outcome.Kind.DIVERGING || k == Outcome.Kind.LEFT_DOMAIN
          || !java.util.Arrays.stream(end).allMatch(Double::isFinite);
      place[i] = lost ? -1 : placeOf(end, places, tolerance);
    }
    return new StartEnds(place, places);
  }

  private static int placeOf(double[] end, List<double[]> places, double tolerance) {
    for (int p = 0; p < places.size(); p++) {
      double d = 0;
      for (int i = 0; i < end.length; i++) {
        double e = end[i] - places.get(p)[i];
        d += e * e;
      }
      if (Math.sqrt(d) <= tolerance) {
        return p;
      }
    }
    places.add(end.clone());
    return places.size() - 1;
  }

  /** "ends: 14 at (3, 2), 6 at (−2.81, 3.13); 5 diverged" — where the runs ended, most first. */
  public String summary() {
    List<Integer> order = new ArrayList<>();
    for (int p = 0; p < places.size(); p++) {
      order.add(p);
    }
    order.sort((a, b) -> count(b) - count(a));
    StringBuilder s = new StringBuilder("ends:");
    for (int i = 0; i < order.size(); i++) {
      double[] x = places.get(order.get(i));
      s.append(i == 0 ? " " : ", ").append(count(order.get(i))).append(" at (");
      for (int j = 0; j < x.length; j++) {
        s.append(j == 0 ? "" : ", ").append(gdviz.model.format.Numbers.compact(x[j]));
      }
      s.append(')');
    }
    return count(-1) == 0 ? s.toString() : s.append(places.isEmpty() ? " " : "; ").append(count(-1))
        .append(" diverged").toString();
  }

  /** How near two ends must be to be one place: a thousandth of the starts' scale. */
  public static double tolerance(double[] start) {
    double n = 0;
    for (double v : start) {
      n = Math.max(n, Math.abs(v));
    }
    return 1e-3 * Math.max(1, n);
  }

  /** How many runs end in place {@code p} (−1: nowhere). */
  public int count(int p) {
    int n = 0;
    for (int q : place) {
      n += q == p ? 1 : 0;
    }
    return n;
  }
}
