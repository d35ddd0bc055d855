package gdviz.model.analysis;

/**
 * How a run behaves, in the words of a class's answer: it diverges (the divergence rule says so),
 * it oscillates (its steps turn back: most consecutive steps point against each other, as x ← −0.6x
 * does), or it converges (monotonely, or slowly: everything else).
 */
public enum RunBehaviour {
  CONVERGES("converges"),
  OSCILLATES("oscillates"),
  DIVERGES("diverges");

  private final String word;

  RunBehaviour(String word) {
    this.word = word;
  }

  public String word() {
    return word;
  }

  /** The behaviour of a run that ended with {@code outcome} (null: still running) along {@code path}. */
  public static RunBehaviour of(IteratePath path, Outcome outcome) {
    if (outcome != null && (outcome.kind() == Outcome.Kind.DIVERGED || outcome.kind() == Outcome.Kind.DIVERGING
        || outcome.kind() == Outcome.Kind.LEFT_DOMAIN)) {
      return DIVERGES;
    }
    int turns = 0;
    int pairs = 0;
    for (int k = 2; k < path.size(); k++) {
      double dot = 0;
      for (int i = 0; i < path.dimension(); i++) {
        dot += (path.x(k, i) - path.x(k - 1, i)) * (path.x(k - 1, i) - path.x(k - 2, i));
      }
      if (dot != 0) {
        pairs++;
        turns += dot < 0 ? 1 : 0;
      }
    }
    return pairs > 0 && 2 * turns > pairs ? OSCILLATES : CONVERGES;
  }
}
