package gdviz.model.run;

import gdviz.model.SetupException;
import gdviz.model.format.Quote;
import java.util.ArrayList;
import java.util.List;

/**
 * Many starts at once, as {@code --starts} names them: {@code grid:5x5} — a grid over the square
 * centred on x* (or on 0 when x* is not known) reaching the run's own start; {@code grid:9} in one
 * variable; {@code ring:12} — points on the circle about the same centre through the start. In 3+
 * variables the first two coordinates vary, the others keep the start's values.
 */
public final class Starts {
  /** The most starts at once (each run keeps its iterates). */
  public static final int MAX = 400;

  private Starts() {}

  /** The starts {@code spec} names about {@code centre} (x*, or null: 0), reaching {@code start}. */
  public static List<double[]> of(String spec, double[] start, double[] centre) {
    return of("--starts", spec, start, centre);
  }

  /** As above; {@code where} names the option or field in a message ("--starts", "view.starts"). */
  public static List<double[]> of(String where, String spec, double[] start, double[] centre) {
    String s = spec.strip().toLowerCase(java.util.Locale.ROOT);
    int n = start.length;
    double[] c = centre != null && centre.length == n ? centre : new double[n];
    double r = Math.max(1, Math.hypot(start[0] - c[0], n > 1 ? start[1] - c[1] : 0));
    List<double[]> out = new ArrayList<>();
    if (s.startsWith("grid:")) {
      String[] size = s.substring(5).split("x");
      int across = count(size[0], where, spec);
      int up = size.length > 1 ? count(size[1], where, spec) : n > 1 ? across : 1;
      if (size.length > 2 || (n == 1 && size.length > 1)) {
        throw problem(where, spec, n);
      }
      check(across * up, where, spec);
      for (int j = 0; j < up; j++) {
        for (int i = 0; i < across; i++) {
          double[] p = start.clone();
          p[0] = c[0] - r + 2 * r * (across == 1 ? 0.5 : i / (double) (across - 1));
          if (n > 1) {
            p[1] = c[1] - r + 2 * r * (up == 1 ? 0.5 : j / (double) (up - 1));
          }
          out.add(p);
        }
      }
      return out;
    }
    if (s.startsWith("ring:") && n >= 2) {
      int k = count(s.substring(5), where, spec);
      check(k, where, spec);
      double a0 = Math.atan2(start[1] - c[1], start[0] - c[0]);
      for (int i = 0; i < k; i++) {
        double[] p = start.clone();
        double a = a0 + 2 * Math.PI * i / k;
        p[0] = c[0] + r * Math.cos(a);
        p[1] = c[1] + r * Math.sin(a);
        out.add(p);
      }
      return out;
    }
    throw problem(where, spec, n);
  }

  /** Refuses a spec that names no starts (a file's field, read before its function is known). */
  public static void check(String where, String spec) {
    of(where, spec, new double[2], null);
  }

  private static int count(String text, String where, String spec) {
    try {
      return Integer.parseInt(text.strip());
    } catch (NumberFormatException e) {
      throw new SetupException(where + ": " + Quote.of(spec) + ": the count must be a whole number, e.g. grid:5x5 or ring:12");
    }
  }

  private static void check(int count, String where, String spec) {
    if (count < 1 || count > MAX) {
      throw new SetupException(where + ": " + Quote.of(spec) + " makes " + count + " starts; from 1 to " + MAX);
    }
  }

  private static SetupException problem(String where, String spec, int n) {
    return new SetupException(where + ": " + Quote.of(spec) + (n == 1
        ? ": a function of one variable takes grid:N, e.g. grid:9" : " is not grid:NxM or ring:N"));
  }
}
