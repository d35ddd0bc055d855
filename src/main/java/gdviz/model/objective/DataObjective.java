package gdviz.model.objective;

/**
 * An objective that is a loss over a table of samples, so it also offers the gradient over any
 * batch of them (for SGD, minibatches and the per-sample shrinking-step rule).
 */
public interface DataObjective extends Objective {
  int sampleCount();

  /**
   * Writes into {@code out} the mean, over samples {@code order[from..to)}, of the gradient of one
   * sample's loss term.
   */
  void batchGradient(double[] x, int[] order, int from, int to, double[] out);

  /** The parameter vector that minimizes the loss exactly (closed form), or null if unknown. */
  double[] closedFormMinimizer();
}
