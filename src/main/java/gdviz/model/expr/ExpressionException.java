package gdviz.model.expr;

/** A typed function that cannot be read; the message names the problem and its column. */
public final class ExpressionException extends IllegalArgumentException {
  private final int column;

  public ExpressionException(String problem, int column) {
    super(column > 0 ? problem + " at column " + column : problem);
    this.column = column;
  }

  /** 1-based column of the problem, or 0 where the whole expression is at fault. */
  public int column() {
    return column;
  }
}
