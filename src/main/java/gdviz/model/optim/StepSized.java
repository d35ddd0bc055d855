package gdviz.model.optim;

/**
 * A method whose update scales with a step size η it takes as given (not one it searches for
 * itself): a learning-rate schedule sets η before each step.
 */
public interface StepSized extends Optimizer {
  /** The step size of the next update. */
  void setEta(double eta);
}
