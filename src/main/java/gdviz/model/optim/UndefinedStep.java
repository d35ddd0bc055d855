package gdviz.model.optim;

/**
 * A step the method cannot take at this point, said in words (Newton at a point where the Hessian
 * is singular): the run stops there with this as its reason, and no iterate of NaN is recorded.
 */
public final class UndefinedStep extends RuntimeException {
  public UndefinedStep(String why) {
    super(why, null, false, false);
  }
}
