package gdviz.model.analysis;

/** How a run ended, at which step, and why, as one line for the user. */
public record Outcome(Kind kind, long step, String detail) {
  public enum Kind {
    CONVERGED,
    STOPPED,
    /** Stopped by its budget while moving away from x* ({@link Divergence}): it would overflow given time. */
    DIVERGING,
    /**
     * Stopped by its budget without getting anywhere: oscillating for ever at a constant distance
     * from x* (ηλ = 2), or ending with f higher than it began.
     */
    NOT_CONVERGING,
    DIVERGED,
    LEFT_DOMAIN,
    CANCELLED
  }

  public static Outcome of(Kind kind, long step) {
    return new Outcome(kind, step, "");
  }

  /**
   * {@code converged at step 12}, {@code stopped after 10 steps}, {@code diverging (stopped after 20
   * steps; ηλ = 2.4 > 2 …)}, {@code diverged at step 3}, …
   */
  public String message() {
    String steps = step + (step == 1 ? " step" : " steps");
    String head = switch (kind) {
      case CONVERGED -> "converged at step " + step;
      case STOPPED -> "stopped after " + steps;
      case DIVERGING -> "diverging (stopped after " + steps;
      case NOT_CONVERGING -> "not converging (stopped after " + steps;
      case DIVERGED -> "diverged at step " + step;
      case LEFT_DOMAIN -> "left the domain at step " + step;
      case CANCELLED -> "cancelled at step " + step;
    };
    if (kind == Kind.DIVERGING || kind == Kind.NOT_CONVERGING) {
      return head + (detail.isEmpty() ? ")" : "; " + detail + ")");
    }
    return detail.isEmpty() ? head : head + " (" + detail + ")";
  }

  /**
   * The ending in one word or two, without the step: {@code converged}, {@code stopped},
   * {@code diverging}, {@code diverged}, {@code left the domain} (a run that cannot converge has
   * stopped; {@code cancelled} for a run that was).
   */
  public String label() {
    return switch (kind) {
      case CONVERGED -> "converged";
      case STOPPED, NOT_CONVERGING -> "stopped";
      case DIVERGING -> "diverging";
      case DIVERGED -> "diverged";
      case LEFT_DOMAIN -> "left the domain";
      case CANCELLED -> "cancelled";
    };
  }

  /** Whether this ending is one the banner warns of: diverged, diverging, not converging, left the domain. */
  public boolean alarming() {
    return kind == Kind.DIVERGED || kind == Kind.DIVERGING || kind == Kind.NOT_CONVERGING
        || kind == Kind.LEFT_DOMAIN;
  }

  @Override
  public String toString() {
    return message();
  }
}
