package gdviz.model.run;

import gdviz.model.SetupException;
import gdviz.model.format.Numbers;
import gdviz.model.format.Quote;
import java.util.Locale;

/**
 * A learning-rate schedule: the update from x_k to x_{k+1} (k = 0, 1, …) uses η·s(k).
 *
 * <ul>
 *   <li>{@code constant}: s = 1</li>
 *   <li>{@code step:γ:K}: s = γ^⌊k/K⌋</li>
 *   <li>{@code exp:λ}: s = e^(−λk)</li>
 *   <li>{@code poly:λ:p}: s = (1 + λk)^(−p)</li>
 *   <li>{@code cosine:T:W:r}: s = k/W for k &lt; W (a linear warm-up from 0), then from 1 down to r
 *       along half a cosine over the next T − W steps, r from step T on (d2l's CosineScheduler)</li>
 * </ul>
 */
public final class Schedule {
  public static final Schedule CONSTANT = new Schedule("constant", new double[0]);
  /** What {@link #parse} accepts, for messages and help texts. */
  public static final String FORMS = "constant, step:γ:K, exp:λ, poly:λ:p or cosine:T:W:r";

  private final String kind;
  private final double[] p;

  private Schedule(String kind, double[] parameters) {
    this.kind = kind;
    this.p = parameters;
  }

  /**
   * A schedule as written on the command line or in a preset ("step:0.5:10").
   *
   * @throws SetupException naming what is wrong and the forms accepted
   */
  public static Schedule parse(String text) {
    String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
    if (t.isEmpty() || t.equals("constant")) {
      return CONSTANT;
    }
    String[] parts = t.split(":", -1);
    String kind = parts[0];
    int expected = switch (kind) {
      case "step", "poly" -> 2;
      case "exp" -> 1;
      case "cosine" -> 3;
      default -> throw new SetupException("unknown schedule " + Quote.of(text) + ": use " + FORMS);
    };
    if (parts.length - 1 != expected) {
      throw new SetupException("schedule \"" + text + "\": " + kind + " takes " + expected + " number"
          + (expected == 1 ? "" : "s") + " (" + form(kind) + ")");
    }
    double[] p = new double[expected];
    for (int i = 0; i < expected; i++) {
      try {
        p[i] = Double.parseDouble(parts[i + 1].trim());
      } catch (NumberFormatException e) {
        throw new SetupException("schedule \"" + text + "\": \"" + parts[i + 1] + "\" is not a number ("
            + form(kind) + ")");
      }
      if (!Double.isFinite(p[i])) {
        throw new SetupException("schedule \"" + text + "\": its numbers must be finite (" + form(kind) + ")");
      }
    }
    check(text, kind, p);
    return new Schedule(kind, p);
  }

  private static String form(String kind) {
    return switch (kind) {
      case "step" -> "step:γ:K, γ > 0, K a whole number ≥ 1";
      case "exp" -> "exp:λ, λ ≥ 0";
      case "poly" -> "poly:λ:p, λ ≥ 0, p ≥ 0";
      default -> "cosine:T:W:r, T and W whole numbers with 0 ≤ W < T, 0 ≤ r ≤ 1";
    };
  }

  private static void check(String text, String kind, double[] p) {
    boolean ok = switch (kind) {
      case "step" -> p[0] > 0 && p[1] >= 1 && p[1] == Math.rint(p[1]);
      case "exp" -> p[0] >= 0;
      case "poly" -> p[0] >= 0 && p[1] >= 0;
      default -> p[0] == Math.rint(p[0]) && p[1] == Math.rint(p[1]) && p[1] >= 0 && p[1] < p[0]
          && p[2] >= 0 && p[2] <= 1;
    };
    if (!ok) {
      throw new SetupException("schedule \"" + text + "\" is out of range: " + form(kind));
    }
  }

  public boolean isConstant() {
    return p.length == 0;
  }

  /** s(k): the factor of η for the update from x_k to x_{k+1}. */
  public double factor(long k) {
    return switch (kind) {
      case "constant" -> 1;
      case "step" -> Math.pow(p[0], Math.floor(k / p[1]));
      case "exp" -> Math.exp(-p[0] * k);
      case "poly" -> Math.pow(1 + p[0] * k, -p[1]);
      default -> cosine(k);
    };
  }

  private double cosine(long k) {
    double total = p[0];
    double warmup = p[1];
    double end = p[2];
    if (k < warmup) {
      return k / warmup;
    }
    if (k >= total) {
      return end;
    }
    return end + (1 - end) * (1 + Math.cos(Math.PI * (k - warmup) / (total - warmup))) / 2;
  }

  /** As written: "constant", "step:0.5:10", "cosine:100:10:0.1". */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder(kind);
    for (double v : p) {
      s.append(':').append(Numbers.format(v));
    }
    return s.toString();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Schedule s && s.toString().equals(toString());
  }

  @Override
  public int hashCode() {
    return toString().hashCode();
  }
}
