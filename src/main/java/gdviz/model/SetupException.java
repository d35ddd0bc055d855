package gdviz.model;

/** A run that cannot be set up as asked; the message says what to change. */
public final class SetupException extends IllegalArgumentException {
  public SetupException(String message) {
    super(message);
  }
}
