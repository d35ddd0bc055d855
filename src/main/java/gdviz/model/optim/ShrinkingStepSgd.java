package gdviz.model.optim;

import gdviz.model.method.Knob;
import gdviz.model.method.Method;
import gdviz.model.method.Optimizer;
import gdviz.model.objective.DataObjective;
import gdviz.model.objective.Objective;
import java.util.Random;

/**
 * Stochastic descent with a step that shrinks when an epoch does not help. One step is one epoch:
 * measure the total loss at x; if it is the lowest so far, reset α to α₀, else α ← 0.9·α and count
 * the epoch as one without improvement; then one pass over the samples in a fresh seeded order,
 * x ← x − α·∇(sample's term). Finishes after {@code patience} epochs in a row without
 * improvement. The best x seen is the lowest point of the run's trajectory.
 */
public final class ShrinkingStepSgd implements Optimizer {
  public static final Knob PATIENCE = Knob.integer("patience", "patience", 100, 1, Integer.MAX_VALUE,
      "epochs in a row without improvement before it stops");
  public static final Method METHOD = Method.named("shrinking",
          "per-sample SGD over a data set, α ← 0.9·α after an epoch without improvement, reset to η after one with")
      .rule("one epoch: per-sample steps x ← x − α·∇(sample's loss), α shrinking after epochs that did not help")
      .defaultEta(0.01)
      .needsData()
      .knobs(PATIENCE)
      .choosesItsOwnStep("it already shrinks η by its own rule")
      .random()
      .creates((f, eta, k, seed) -> new ShrinkingStepSgd((DataObjective) f, eta, k.integer(PATIENCE), seed));

  private final double initialStep;
  private final int patience;
  private final Random random;
  private final int[] order;
  private final double[] sampleGradient;
  private double step;
  private double bestValue = Double.POSITIVE_INFINITY;
  private int epochsWithoutImprovement;

  public ShrinkingStepSgd(DataObjective data, double initialStep, int patience, long seed) {
    this.initialStep = initialStep;
    this.step = initialStep;
    this.patience = patience;
    this.random = new Random(seed);
    this.order = new int[data.sampleCount()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    this.sampleGradient = new double[data.dimension()];
  }

  @Override
  public double step(Objective f, double[] x, double[] g) {
    DataObjective data = (DataObjective) f;
    double value = f.value(x);
    if (value < bestValue) {
      bestValue = value;
      epochsWithoutImprovement = 0;
      step = initialStep;
    } else {
      epochsWithoutImprovement++;
      step *= 0.9;
    }
    for (int i = order.length - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int t = order[i];
      order[i] = order[j];
      order[j] = t;
    }
    for (int k = 0; k < order.length; k++) {
      data.batchGradient(x, order, k, k + 1, sampleGradient);
      for (int i = 0; i < x.length; i++) {
        x[i] -= step * sampleGradient[i];
      }
    }
    return step;
  }

  @Override
  public boolean finished() {
    return epochsWithoutImprovement >= patience;
  }
}
