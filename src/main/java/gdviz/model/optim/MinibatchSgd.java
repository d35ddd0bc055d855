package gdviz.model.optim;

import gdviz.model.DataObjective;
import gdviz.model.Objective;
import java.util.Random;

/**
 * Minibatch SGD over a data set: each epoch visits the samples in a fresh seeded order (or in
 * table order without shuffling), in consecutive batches; x ← x − η·mean batch gradient.
 * Finishes after the given number of epochs.
 */
public final class MinibatchSgd implements Optimizer {
  private final double eta;
  private final int batchSize;
  private final int epochs;
  private final boolean shuffle;
  private final Random random;
  private final int[] order;
  private final double[] batchGradient;
  private int cursor;
  private int epochsDone;

  public MinibatchSgd(DataObjective data, double eta, int batchSize, int epochs, boolean shuffle, long seed) {
    this.eta = eta;
    this.batchSize = batchSize;
    this.epochs = epochs;
    this.shuffle = shuffle;
    this.random = new Random(seed);
    this.order = new int[data.sampleCount()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    this.batchGradient = new double[data.dimension()];
    startEpoch();
  }

  private void startEpoch() {
    cursor = 0;
    if (shuffle) {
      for (int i = order.length - 1; i > 0; i--) { // Fisher–Yates
        int j = random.nextInt(i + 1);
        int t = order[i];
        order[i] = order[j];
        order[j] = t;
      }
    }
  }

  @Override
  public double step(Objective f, double[] x, double[] fullGradient) {
    DataObjective data = (DataObjective) f;
    int end = Math.min(cursor + batchSize, order.length);
    data.batchGradient(x, order, cursor, end, batchGradient);
    for (int i = 0; i < x.length; i++) {
      x[i] -= eta * batchGradient[i];
    }
    cursor = end;
    if (cursor == order.length) {
      epochsDone++;
      startEpoch();
    }
    return eta;
  }

  @Override
  public boolean finished() {
    return epochsDone >= epochs;
  }

  /** Updates per epoch: ⌈samples / batch size⌉. */
  public static int stepsPerEpoch(int samples, int batchSize) {
    return (samples + batchSize - 1) / batchSize;
  }
}
