package gdviz.plot;

/** The iterates a painter draws: a read-only view, so plot does not depend on the engine. */
public interface IteratePath {
  /** Number of iterates to draw. */
  int size();

  int dimension();

  double x(int k, int i);

  double value(int k);

  double gradient(int k, int i);
}
