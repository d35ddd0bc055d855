package gdviz.model.optim;

import gdviz.model.SetupException;
import gdviz.model.method.Knob;
import gdviz.model.method.Method;
import gdviz.model.method.StepSized;
import gdviz.model.objective.DataObjective;
import gdviz.model.objective.Objective;
import java.util.Random;

/**
 * Minibatch SGD over a data set: each epoch visits the samples in a fresh seeded order (or in
 * table order without shuffling), in consecutive batches; x ← x − η·mean batch gradient.
 * Finishes after the given number of epochs.
 */
public final class MinibatchSgd extends StepSized {
  /** Its slider reaches the data set's size (sliderMax ∞: up to the samples). */
  public static final Knob BATCH_SIZE = Knob.integer("batchSize", "batch", 10, 1, Integer.MAX_VALUE,
      "samples per step").slider(Knob.Scale.LOG, 1, Double.POSITIVE_INFINITY);
  public static final Knob EPOCHS = Knob.integer("epochs", "epochs", 3, 1, 1_000_000, "passes over the data");
  public static final Knob SHUFFLE = Knob.flag("shuffle", "shuffled", true,
      "visit the samples in a fresh seeded order each epoch (else in table order)");
  public static final Method METHOD = Method.named("minibatch",
          "minibatch SGD on a data set: shuffled, seeded")
      .rule("minibatch SGD: x ← x − η·(1/b)·Σᵢ∇fᵢ(x) over a batch of b samples, the samples shuffled each epoch"
          + " (seeded)")
      .sameAs("torch.optim.SGD(lr=η) over a DataLoader(batch_size=b, shuffle=True): the same steps, another"
          + " shuffle")
      .random()
      .needsData()
      .knobs(BATCH_SIZE, EPOCHS, SHUFFLE)
      .check((m, f, k) -> {
        if (k.given(BATCH_SIZE) != null && k.integer(BATCH_SIZE) > ((DataObjective) f).sampleCount()) {
          throw new SetupException("batch (--batch-size) " + k.integer(BATCH_SIZE) + " is larger than the data set ("
              + ((DataObjective) f).sampleCount() + " samples)");
        }
      })
      .creates((f, eta, k, seed) -> new MinibatchSgd((DataObjective) f, eta, k.integer(BATCH_SIZE),
          k.integer(EPOCHS), k.flag(SHUFFLE), seed));

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
