package gdviz.model;

/** How a run ended, at which step, and why, as one line for the user. */
public record Outcome(Kind kind, long step, String detail) {
  public enum Kind { CONVERGED, STOPPED, DIVERGED, LEFT_DOMAIN, CANCELLED }

  public static Outcome of(Kind kind, long step) {
    return new Outcome(kind, step, "");
  }

  /** {@code converged at step 12}, {@code stopped after 10 steps}, {@code diverged at step 3}, … */
  public String message() {
    String head = switch (kind) {
      case CONVERGED -> "converged at step " + step;
      case STOPPED -> "stopped after " + step + (step == 1 ? " step" : " steps");
      case DIVERGED -> "diverged at step " + step;
      case LEFT_DOMAIN -> "left the domain at step " + step;
      case CANCELLED -> "cancelled at step " + step;
    };
    return detail.isEmpty() ? head : head + " (" + detail + ")";
  }

  @Override
  public String toString() {
    return message();
  }
}
