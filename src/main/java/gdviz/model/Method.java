package gdviz.model;

import gdviz.model.optim.AdaGrad;
import gdviz.model.optim.Adadelta;
import gdviz.model.optim.Adam;
import gdviz.model.optim.BacktrackingLineSearch;
import gdviz.model.optim.DiagonalPreconditioning;
import gdviz.model.optim.ExactLineSearch;
import gdviz.model.optim.GradientDescent;
import gdviz.model.optim.MinibatchSgd;
import gdviz.model.optim.Momentum;
import gdviz.model.optim.Nesterov;
import gdviz.model.optim.Newton;
import gdviz.model.optim.NoisyGradientDescent;
import gdviz.model.optim.Optimizer;
import gdviz.model.optim.RmsProp;
import gdviz.model.optim.ShrinkingStepSgd;
import gdviz.model.optim.StepSizeCandidates;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The optimization methods by the names the command line and presets use. */
public enum Method {
  GD("gd", 0.1, "gradient descent: x ← x − η·∇f(x)", List.of()),
  SGD("sgd", 0.1, "gradient + seeded Gaussian noise of σ = --noise (default 1)", List.of("noise")),
  MINIBATCH("minibatch", 0.1, "minibatch SGD on a data set: --batch-size (10), --epochs (3), shuffled, seeded",
      List.of("batchSize", "epochs")),
  MOMENTUM("momentum", 0.1, "heavy ball: v ← β·v + ∇f, x ← x − η·v; --beta (0.9)", List.of("beta")),
  NESTEROV("nesterov", 0.1, "momentum with the gradient at the look-ahead point; --beta (0.9)", List.of("beta")),
  ADAGRAD("adagrad", 0.1, "per-coordinate steps η/√(Σg² + ε); --eps (1e-6)", List.of("eps")),
  RMSPROP("rmsprop", 0.1, "leaky squared-gradient average; --gamma (0.9), --eps (1e-6)", List.of("gamma", "eps")),
  ADADELTA("adadelta", 1.0, "RMSProp with unit-correcting steps; --rho (0.9), --eps (1e-5); η scales the step",
      List.of("rho", "eps")),
  ADAM("adam", 0.1, "momentum + RMSProp with bias correction; --beta1 (0.9), --beta2 (0.999), --eps (1e-8)",
      List.of("beta1", "beta2", "eps")),
  NEWTON("newton", 1.0, "damped Newton x ← x − η·H⁻¹∇f; --abs-hessian uses |f''| / |H|", List.of("absHessian")),
  PRECOND("precond", 1.0, "diagonal preconditioning x ← x − η·diag(|H|)⁻¹∇f", List.of()),
  LINESEARCH("linesearch", 1.0,
      "gradient descent with a line search: --line-search armijo (backtracking from t = η) or exact "
          + "(Brent on --bracket a,b; default [0, η])", List.of("lineSearch", "bracket")),
  CANDIDATES("candidates", 1.0, "each step tries η ∈ {100, 10, …, 0.00001} and keeps the best", List.of()),
  SHRINKING("shrinking", 0.01, "per-sample SGD over a data set, α ← 0.9·α after an epoch without improvement, "
      + "reset to η after one with; stops after --patience (100) such epochs", List.of("patience"));

  private final String id;
  private final double defaultEta;
  private final String summary;
  private final List<String> parameters;

  Method(String id, double defaultEta, String summary, List<String> parameters) {
    this.id = id;
    this.defaultEta = defaultEta;
    this.summary = summary;
    this.parameters = parameters;
  }

  public String id() {
    return id;
  }

  public double defaultEta() {
    return defaultEta;
  }

  public String summary() {
    return summary;
  }

  /** Names of the {@link MethodParams} knobs this method reads. */
  public List<String> parameters() {
    return parameters;
  }

  /** Whether the method needs a data-set objective (samples to draw from). */
  public boolean needsData() {
    return this == MINIBATCH || this == SHRINKING;
  }

  /** Whether the method needs second derivatives. */
  public boolean needsHessian() {
    return this == NEWTON || this == PRECOND;
  }

  public static Optional<Method> byId(String id) {
    String key = id.trim().toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(m -> m.id.equals(key)).findFirst();
  }

  public static String ids() {
    return Arrays.stream(values()).map(Method::id).collect(Collectors.joining(", "));
  }

  /** A fresh optimizer for one run; parameters must have passed {@link #validate}. */
  public Optimizer create(Objective f, double eta, MethodParams p, long seed) {
    int n = f.dimension();
    return switch (this) {
      case GD -> new GradientDescent(eta);
      case SGD -> new NoisyGradientDescent(eta, p.noiseOr(1), seed);
      case MINIBATCH -> new MinibatchSgd((DataObjective) f, eta, p.batchSizeOr(10), p.epochsOr(3),
          p.shuffle() == null || p.shuffle(), seed);
      case MOMENTUM -> new Momentum(n, eta, p.betaOr(0.9));
      case NESTEROV -> new Nesterov(n, eta, p.betaOr(0.9));
      case ADAGRAD -> new AdaGrad(n, eta, p.epsOr(1e-6));
      case RMSPROP -> new RmsProp(n, eta, p.gammaOr(0.9), p.epsOr(1e-6));
      case ADADELTA -> new Adadelta(n, eta, p.rhoOr(0.9), p.epsOr(1e-5));
      case ADAM -> new Adam(n, eta, p.beta1Or(0.9), p.beta2Or(0.999), p.epsOr(1e-8));
      case NEWTON -> new Newton(n, eta, p.absHessian() != null && p.absHessian());
      case PRECOND -> new DiagonalPreconditioning(n, eta);
      case LINESEARCH -> "exact".equals(p.lineSearch())
          ? new ExactLineSearch(n, p.bracket() != null ? p.bracket()[0] : 0, p.bracket() != null ? p.bracket()[1] : eta)
          : new BacktrackingLineSearch(n, eta);
      case CANDIDATES -> new StepSizeCandidates(n);
      case SHRINKING -> new ShrinkingStepSgd((DataObjective) f, eta, p.patienceOr(100), seed);
    };
  }

  /** Checks the parameters this method reads; throws {@link SetupException} naming the bad one. */
  public void validate(Objective f, MethodParams p) {
    if (needsData() && !(f instanceof DataObjective)) {
      throw new SetupException("method " + id + " needs a data-set objective (a preset with data), not "
          + f.description());
    }
    if (needsHessian() && !f.hasHessian()) {
      throw new SetupException("method " + id + " needs second derivatives, which " + f.description()
          + " does not provide");
    }
    unitInterval("--beta", p.beta());
    unitInterval("--beta1", p.beta1());
    unitInterval("--beta2", p.beta2());
    unitInterval("--gamma", p.gamma());
    unitInterval("--rho", p.rho());
    if (p.eps() != null && !(p.eps() > 0 && Double.isFinite(p.eps()))) {
      throw new SetupException("--eps must be a positive number, got " + p.eps());
    }
    if (p.noise() != null && !(p.noise() >= 0 && Double.isFinite(p.noise()))) {
      throw new SetupException("--noise (σ) must be zero or positive, got " + p.noise());
    }
    if (p.batchSize() != null) {
      if (p.batchSize() < 1) {
        throw new SetupException("--batch-size must be at least 1, got " + p.batchSize());
      }
      if (f instanceof DataObjective d && p.batchSize() > d.sampleCount()) {
        throw new SetupException("--batch-size " + p.batchSize() + " is larger than the data set ("
            + d.sampleCount() + " samples)");
      }
    }
    if (p.epochs() != null && p.epochs() < 1) {
      throw new SetupException("--epochs must be at least 1, got " + p.epochs());
    }
    if (p.patience() != null && p.patience() < 1) {
      throw new SetupException("patience must be at least 1 epoch, got " + p.patience());
    }
    if (p.lineSearch() != null && !p.lineSearch().equals("armijo") && !p.lineSearch().equals("exact")) {
      throw new SetupException("--line-search must be armijo or exact, got '" + p.lineSearch() + "'");
    }
    if (p.bracket() != null) {
      double[] b = p.bracket();
      if (b.length != 2 || !(b[0] >= 0) || !(b[1] > b[0]) || !Double.isFinite(b[1])) {
        throw new SetupException("--bracket must be two numbers 0 ≤ a < b, e.g. 0,2");
      }
    }
  }

  private static void unitInterval(String name, Double v) {
    if (v != null && !(v >= 0 && v < 1)) {
      throw new SetupException(name + " must be in [0, 1), got " + v);
    }
  }
}
