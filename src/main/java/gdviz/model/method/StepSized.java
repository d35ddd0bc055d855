package gdviz.model.method;

/**
 * A method whose update scales with a step size η it takes as given (not one it searches for
 * itself): a learning-rate schedule sets η before each step.
 */
public abstract class StepSized implements Optimizer {
  /** The step size of the next update. */
  protected double eta;

  /** The step size of the next update. */
  public final void setEta(double eta) {
    this.eta = eta;
  }
}
