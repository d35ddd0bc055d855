package gdviz.model.run;

import gdviz.model.SetupException;
import gdviz.model.format.Numbers;
import gdviz.model.method.KnobValues;
import gdviz.model.method.Method;
import gdviz.model.method.Optimizer;
import gdviz.model.objective.NegatedObjective;
import gdviz.model.objective.Objective;
import gdviz.model.optim.Methods;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything one run needs, resolved and checked: the objective (as the user wrote it, to be
 * maximized or minimized), the start, the method with its knob values, the stop rules, and the
 * names of the parameters as the course writes them.
 *
 * @param steps the step budget
 * @param tolGrad stop when every |∂f/∂xᵢ| ≤ tolGrad (null: no such rule)
 * @param tolImprove stop when one step changes f by less than this (null: no such rule)
 * @param parameterNames one per coordinate: x; or x1, x2, …; or a preset's own (θ₀, θ₁)
 * @param schedule η·s(k) for the update from x_k (null: constant)
 */
public record RunSetup(
    String label,
    Objective objective,
    double[] start,
    Method method,
    double eta,
    KnobValues knobs,
    long steps,
    Double tolGrad,
    Double tolImprove,
    long seed,
    boolean maximize,
    List<String> parameterNames,
    Schedule schedule) {

  /**
   * The largest step budget: a run streams its rows on the command line, but a kept run (the app,
   * an export) indexes its iterates by int, and a billion steps is beyond any lesson.
   */
  public static final long MAX_STEPS = 1_000_000_000L;

  /** Absolute coordinate beyond which a run counts as diverged. */
  public static final double DIVERGENCE_BOUND = 1e150;

  public RunSetup {
    start = start.clone();
    knobs = knobs == null ? KnobValues.NONE : knobs;
    if (start.length != objective.dimension()) {
      throw new SetupException("the start point has " + start.length + " coordinate"
          + (start.length == 1 ? "" : "s") + " but " + objective.description() + " takes "
          + objective.dimension());
    }
    for (int i = 0; i < start.length; i++) {
      if (!Double.isFinite(start[i]) || Math.abs(start[i]) > DIVERGENCE_BOUND) {
        throw new SetupException("start coordinate " + (i + 1) + " must be a finite number with |x| ≤ 1e150, got "
            + Numbers.format(start[i]));
      }
    }
    if (!(eta > 0) || !Double.isFinite(eta)) {
      throw new SetupException("η (--eta) must be a positive number, got " + Numbers.format(eta));
    }
    if (steps < 0 || steps > MAX_STEPS) {
      throw new SetupException(String.format(java.util.Locale.ROOT, "the step budget (--steps) must be a whole number"
          + " from 0 to %,d, got %,d", MAX_STEPS, steps));
    }
    if (tolGrad != null && !(tolGrad >= 0)) {
      throw new SetupException("--tol-grad must be zero or positive, got " + Numbers.format(tolGrad));
    }
    if (tolImprove != null && !(tolImprove >= 0)) {
      throw new SetupException("the improvement tolerance must be zero or positive, got " + Numbers.format(tolImprove));
    }
    if (maximize && method.needsData()) {
      throw new SetupException("--maximize makes no sense for a data-set loss with method " + method.id());
    }
    parameterNames = parameterNames == null ? defaultNames(objective.dimension()) : List.copyOf(parameterNames);
    if (parameterNames.size() != objective.dimension()) {
      throw new SetupException("the parameters are named " + String.join(", ", parameterNames) + " ("
          + parameterNames.size() + ") but " + objective.description() + " takes " + objective.dimension());
    }
    method.validate(objective, knobs);
    schedule = schedule == null ? Schedule.CONSTANT : schedule;
    if (!schedule.isConstant() && method.ownStep() != null) {
      throw new SetupException("the schedule " + schedule + " does not apply to " + method.id() + ": "
          + method.ownStep());
    }
  }

  /** A setup with gd, η = 0.1, 100 steps, seed 0; change what differs with the builder's methods. */
  public static Builder of(Objective objective, double... start) {
    return new Builder(objective, start);
  }

  /** x in one variable; x1, x2, … in several (the command line's CSV columns). */
  public static List<String> defaultNames(int dimension) {
    List<String> names = new ArrayList<>();
    if (dimension == 1) {
      names.add("x");
    } else {
      for (int i = 1; i <= dimension; i++) {
        names.add("x" + i);
      }
    }
    return names;
  }

  @Override
  public double[] start() {
    return start.clone();
  }

  /** The function the optimizer descends: f, or −f when maximizing. */
  public Objective descended() {
    return maximize ? new NegatedObjective(objective) : objective;
  }

  public Optimizer newOptimizer(Objective descended) {
    return method.create(descended, eta, knobs, seed);
  }

  /** The name of parameter i. */
  public String parameterName(int i) {
    return parameterNames.get(i);
  }

  /** This setup with another η (a comparison, a sweep). */
  public RunSetup withEta(double value) {
    return new RunSetup(label, objective, start, method, value, knobs, steps, tolGrad, tolImprove, seed, maximize,
        parameterNames, schedule);
  }

  /** This setup with another step budget (a sweep's or a map's cap). */
  public RunSetup withSteps(long value) {
    return value == steps ? this : new RunSetup(label, objective, start, method, eta, knobs, value, tolGrad, tolImprove,
        seed, maximize, parameterNames, schedule);
  }

  /** This setup under another label (one of many starts). */
  public RunSetup withLabel(String value) {
    return new RunSetup(value, objective, start, method, eta, knobs, steps, tolGrad, tolImprove, seed, maximize,
        parameterNames, schedule);
  }

  /** This setup from another start point (one cell of a basin map). */
  public RunSetup withStart(double[] value) {
    return new RunSetup(label, objective, value, method, eta, knobs, steps, tolGrad, tolImprove, seed, maximize,
        parameterNames, schedule);
  }

  /** This setup with another seed (one of many seeded runs). */
  public RunSetup withSeed(long value) {
    return new RunSetup(label, objective, start, method, eta, knobs, steps, tolGrad, tolImprove, value, maximize,
        parameterNames, schedule);
  }

  /** Builds a setup by name, for code and tests that need one. */
  public static final class Builder {
    private final Objective objective;
    private final double[] start;
    private String label = "run";
    private Method method = Methods.standard();
    private double eta = Double.NaN;
    private KnobValues knobs = KnobValues.NONE;
    private long steps = 100;
    private Double tolGrad;
    private Double tolImprove;
    private long seed;
    private boolean maximize;
    private List<String> names;
    private Schedule schedule;

    private Builder(Objective objective, double[] start) {
      this.objective = objective;
      this.start = start.clone();
    }

    public Builder label(String v) {
      label = v;
      return this;
    }

    public Builder method(Method v) {
      method = v;
      return this;
    }

    public Builder eta(double v) {
      eta = v;
      return this;
    }

    public Builder knobs(KnobValues v) {
      knobs = v;
      return this;
    }

    public Builder steps(long v) {
      steps = v;
      return this;
    }

    public Builder tolGrad(Double v) {
      tolGrad = v;
      return this;
    }

    public Builder tolImprove(Double v) {
      tolImprove = v;
      return this;
    }

    public Builder seed(long v) {
      seed = v;
      return this;
    }

    public Builder maximize(boolean v) {
      maximize = v;
      return this;
    }

    public Builder parameterNames(List<String> v) {
      names = v;
      return this;
    }

    public Builder schedule(Schedule v) {
      schedule = v;
      return this;
    }

    public RunSetup build() {
      return new RunSetup(label, objective, start, method, Double.isNaN(eta) ? method.defaultEta() : eta, knobs,
          steps, tolGrad, tolImprove, seed, maximize, names, schedule);
    }
  }
}
