package gdviz.model.lesson;

import gdviz.model.SetupException;
import gdviz.model.analysis.IteratePath;
import gdviz.model.analysis.Outcome;
import gdviz.model.analysis.RunBehaviour;
import gdviz.model.format.Numbers;
import java.util.List;

/**
 * What a scene asks the class before it shows the run: how the run behaves (converges, oscillates,
 * diverges), or which of the compared runs gets there first. The choices are on the strip with a
 * count each (a show of hands); Reveal plays the run and marks the answer.
 */
public record Question(Ask ask, String text) {
  /** The kinds of question. */
  public enum Ask {
    /** "With η = …, does it converge, oscillate or diverge?" */
    OUTCOME("outcome", "Does it converge, oscillate or diverge?"),
    /** "Which method gets there first?" */
    RACE("race", "Which run gets there first?"),
    /** "Where does the next iterate land?" — guesses clicked on the plot. */
    NEXT("next", "Where does the next iterate land? Click the plot, one point per answer.");

    private final String id;
    private final String defaultText;

    Ask(String id, String defaultText) {
      this.id = id;
      this.defaultText = defaultText;
    }

    public String id() {
      return id;
    }

    static Ask of(String id, String source) {
      for (Ask a : values()) {
        if (a.id.equals(id)) {
          return a;
        }
      }
      throw new SetupException(source + ": question \"ask\" must be outcome, race or next, got \"" + id + "\"");
    }
  }

  /** The three answers to an outcome question. */
  public static final List<String> BEHAVIOURS = List.of("converges", "oscillates", "diverges");

  /** A question as a lesson file writes it; {@code text} may be null (then the kind's own words). */
  static Question of(String ask, String text, String source) {
    Ask a = Ask.of(ask, source);
    return new Question(a, text == null || text.isBlank() ? a.defaultText : text);
  }

  /** A run as it ended: what an answer is read from. */
  public record Ran(String label, IteratePath path, Outcome outcome) {}

  /** The right choice, and one line saying why. */
  public record Answer(String choice, String why) {}

  /** The choices on the strip: the three behaviours, the runs' labels, or none (guesses are clicked). */
  public List<String> choices(List<String> runLabels) {
    return ask == Ask.OUTCOME ? BEHAVIOURS : ask == Ask.RACE ? runLabels : List.of();
  }

  /**
   * The answer to "where does the next iterate land": x₁, and how far each guess (points in the
   * same coordinates) is from it; the closest guess is the choice ("guess 2"), none without guesses.
   */
  public static Answer next(double[] x1, List<double[]> guesses) {
    return next(x1, 0, 1, guesses);
  }

  /**
   * The same for guesses clicked in the plane of coordinates {@code xAxis} and {@code yAxis} (a
   * function of 3+ variables drawn in a plane of two): x₁ whole, each guess's distance to x₁ in
   * that plane.
   */
  public static Answer next(double[] x1, int xAxis, int yAxis, List<double[]> guesses) {
    int[] drawn = x1.length == 1 ? new int[] {0} : new int[] {xAxis, yAxis};
    StringBuilder why = new StringBuilder("x₁ = ").append(point(x1));
    if (x1.length > 2 && !guesses.isEmpty()) {
      why.append(", in the plane drawn (coordinates ").append(xAxis + 1).append(" and ").append(yAxis + 1)
          .append(") (").append(Numbers.compact(x1[xAxis])).append(", ").append(Numbers.compact(x1[yAxis]))
          .append(')');
    }
    int closest = -1;
    double best = Double.POSITIVE_INFINITY;
    for (int i = 0; i < guesses.size(); i++) {
      double d = 0;
      for (int j = 0; j < drawn.length; j++) {
        double e = guesses.get(i)[j] - x1[drawn[j]];
        d += e * e;
      }
      d = Math.sqrt(d);
      why.append(i == 0 ? ": " : ", ").append("guess ").append(i + 1).append(" is ").append(Numbers.compact(d))
          .append(" away");
      if (d < best) {
        best = d;
        closest = i;
      }
    }
    if (closest >= 0 && guesses.size() > 1) {
      why.append("; the closest: guess ").append(closest + 1);
    }
    return new Answer(closest < 0 ? "" : "guess " + (closest + 1), why.toString());
  }

  private static String point(double[] x) {
    if (x.length == 1) {
      return Numbers.compact(x[0]);
    }
    StringBuilder s = new StringBuilder("(");
    for (int i = 0; i < x.length; i++) {
      s.append(i == 0 ? "" : ", ").append(Numbers.compact(x[i]));
    }
    return s.append(")").toString();
  }

  /**
   * The answer the runs give: the first run's behaviour; or the run that converged in the fewest
   * steps (none converged: the one with the lowest f at its end).
   */
  public Answer answer(List<Ran> runs) {
    if (ask == Ask.NEXT) { // no guesses here (a handout): where x₁ is
      IteratePath p = runs.get(0).path();
      double[] x1 = new double[p.dimension()];
      for (int i = 0; i < x1.length; i++) {
        x1[i] = p.x(Math.min(1, p.size() - 1), i);
      }
      return next(x1, List.of());
    }
    if (ask == Ask.OUTCOME) {
      Ran r = runs.get(0);
      RunBehaviour b = RunBehaviour.of(r.path(), r.outcome());
      return new Answer(b.word(), b.word() + ": " + (r.outcome() == null ? "" : r.outcome().message()));
    }
    Ran first = null;
    for (Ran r : runs) {
      if (r.outcome() != null && r.outcome().kind() == Outcome.Kind.CONVERGED
          && (first == null || r.outcome().step() < first.outcome().step())) {
        first = r;
      }
    }
    if (first != null) {
      return new Answer(first.label(), first.label() + " gets there first: converged at step " + first.outcome().step());
    }
    Ran lowest = runs.get(0);
    for (Ran r : runs) {
      if (last(r) < last(lowest) || Double.isNaN(last(lowest))) {
        lowest = r;
      }
    }
    return new Answer(lowest.label(), "none converged; " + lowest.label() + " ends lowest, f = "
        + Numbers.compact(last(lowest)));
  }

  private static double last(Ran r) {
    return r.path().size() == 0 ? Double.NaN : r.path().value(r.path().size() - 1);
  }
}
