package gdviz.model.analysis;

/** The iterates of a run as painters and exporters read them: point, value and gradient per step. */
public interface IteratePath {
  /** Number of iterates. */
  int size();

  int dimension();

  double x(int k, int i);

  double value(int k);

  double gradient(int k, int i);

  /**
   * Copies f of iterates {@code from} … {@code to − 1} into {@code out[0 …]}. Painters that scan
   * millions of iterates read them in blocks: one call per block instead of several per iterate
   * (which mattered most before the JIT compiler had compiled the scan).
   */
  default void values(int from, int to, double[] out) {
    for (int k = from; k < to; k++) {
      out[k - from] = value(k);
    }
  }

  /** Copies coordinate {@code i} of iterates {@code from} … {@code to − 1} into {@code out[0 …]}. */
  default void coordinates(int i, int from, int to, double[] out) {
    for (int k = from; k < to; k++) {
      out[k - from] = x(k, i);
    }
  }

  /** What this path is a view of: the same object for every prefix of one run (caches key on it). */
  default Object identity() {
    return this;
  }

  /** The first {@code n} iterates (all of them if there are fewer). */
  default IteratePath first(int n) {
    IteratePath all = this;
    int count = Math.max(0, Math.min(n, size()));
    return new IteratePath() {
      @Override
      public int size() {
        return Math.min(count, all.size());
      }

      @Override
      public int dimension() {
        return all.dimension();
      }

      @Override
      public double x(int k, int i) {
        return all.x(k, i);
      }

      @Override
      public double value(int k) {
        return all.value(k);
      }

      @Override
      public double gradient(int k, int i) {
        return all.gradient(k, i);
      }

      @Override
      public void values(int from, int to, double[] out) {
        all.values(from, to, out);
      }

      @Override
      public void coordinates(int i, int from, int to, double[] out) {
        all.coordinates(i, from, to, out);
      }

      @Override
      public Object identity() {
        return all.identity();
      }
    };
  }
}
