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
    RACE("race", "Which run gets there first?");

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
      throw new SetupException(source + ": question \"ask\" must be outcome or race, got \"" + id + "\"");
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

  /** The choices on the strip: the three behaviours, or the runs' labels. */
  public List<String> choices(List<String> runLabels) {
    return ask == Ask.OUTCOME ? BEHAVIOURS : runLabels;
  }

  /**
   * The answer the runs give: the first run's behaviour; or the run that converged in the fewest
   * steps (none converged: the one with the lowest f at its end).
   */
  public Answer answer(List<Ran> runs) {
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
