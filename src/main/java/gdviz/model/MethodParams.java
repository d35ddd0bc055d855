package gdviz.model;

/**
 * The knobs of every method; null means "the method's default". A method ignores the knobs it
 * does not have.
 */
public record MethodParams(
    Double beta,
    Double beta1,
    Double beta2,
    Double eps,
    Double gamma,
    Double rho,
    Double noise,
    Integer batchSize,
    Integer epochs,
    Boolean absHessian,
    String lineSearch,
    double[] bracket,
    Boolean shuffle,
    Integer patience) {

  public static final MethodParams DEFAULTS =
      new MethodParams(null, null, null, null, null, null, null, null, null, null, null, null, null, null);

  /** These values, with every non-null value of {@code o} taking precedence. */
  public MethodParams overriddenBy(MethodParams o) {
    return new MethodParams(
        pick(o.beta, beta), pick(o.beta1, beta1), pick(o.beta2, beta2), pick(o.eps, eps),
        pick(o.gamma, gamma), pick(o.rho, rho), pick(o.noise, noise), pick(o.batchSize, batchSize),
        pick(o.epochs, epochs), pick(o.absHessian, absHessian), pick(o.lineSearch, lineSearch),
        pick(o.bracket, bracket), pick(o.shuffle, shuffle), pick(o.patience, patience));
  }

  static <T> T pick(T preferred, T fallback) {
    return preferred != null ? preferred : fallback;
  }

  double betaOr(double d) {
    return beta != null ? beta : d;
  }

  double beta1Or(double d) {
    return beta1 != null ? beta1 : d;
  }

  double beta2Or(double d) {
    return beta2 != null ? beta2 : d;
  }

  double epsOr(double d) {
    return eps != null ? eps : d;
  }

  double gammaOr(double d) {
    return gamma != null ? gamma : d;
  }

  double rhoOr(double d) {
    return rho != null ? rho : d;
  }

  double noiseOr(double d) {
    return noise != null ? noise : d;
  }

  int batchSizeOr(int d) {
    return batchSize != null ? batchSize : d;
  }

  int epochsOr(int d) {
    return epochs != null ? epochs : d;
  }

  int patienceOr(int d) {
    return patience != null ? patience : d;
  }
}
