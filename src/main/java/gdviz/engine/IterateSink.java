package gdviz.engine;

/**
 * Where a run puts its iterates as it computes them: a {@link Trajectory} keeps them all (the app,
 * exports), a CSV writer prints each and forgets it (the command line: memory independent of the
 * step count).
 */
public interface IterateSink {
  /**
   * Takes iterate number k (0 for the start), in order.
   *
   * @param x the point (the caller reuses the array)
   * @param value f(x)
   * @param gradient ∇f(x) (the caller reuses the array)
   * @param eta the step size used to get here (NaN for the start)
   */
  void append(double[] x, double value, double[] gradient, double eta);
}
