package gdviz.model.method;

import gdviz.model.SetupException;
import gdviz.model.format.HandWriting;
import gdviz.model.objective.DataObjective;
import gdviz.model.objective.Objective;
import java.util.List;
import java.util.Optional;

/**
 * An optimization method, declared once beside its update rule (each optimizer class holds its
 * own): the id the command line and presets use, a one-line summary, the rule as a student writes
 * it, the default η and the knobs. The command line, preset files, validation, the app's controls,
 * captions and the step written out by hand are all derived from this declaration. The methods
 * are listed in {@link Methods}.
 */
public final class Method {
  /** Builds a fresh optimizer for one run from checked knob values. */
  @FunctionalInterface
  public interface Factory {
    Optimizer create(Objective f, double eta, KnobValues knobs, long seed);
  }

  /** A check beyond the knobs' own ranges (a batch no larger than the data, say). */
  @FunctionalInterface
  public interface Check {
    void check(Method method, Objective f, KnobValues knobs);
  }

  private final String id;
  private final String summary;
  private final String rule;
  private final double defaultEta;
  private final List<Knob> knobs;
  private final boolean needsData;
  private final boolean needsHessian;
  private final boolean sketched;
  private final boolean random;
  private final String ownStep;
  private final String sameAs;
  private final boolean usesGradient;
  private final Factory factory;
  private final Check check;
  private final StepOnPaper.Writer onPaper;

  private Method(Builder b) {
    this.id = b.id;
    this.summary = b.summary;
    this.rule = b.rule == null ? b.summary : b.rule;
    this.defaultEta = b.defaultEta;
    this.knobs = List.copyOf(b.knobs);
    this.needsData = b.needsData;
    this.needsHessian = b.needsHessian;
    this.sketched = b.sketched;
    this.random = b.random;
    this.ownStep = b.ownStep;
    this.sameAs = b.sameAs == null ? "" : b.sameAs;
    this.usesGradient = b.usesGradient;
    this.factory = b.factory;
    this.check = b.check;
    this.onPaper = b.onPaper;
  }

  public static Builder named(String id, String summary) {
    return new Builder(id, summary);
  }

  public String id() {
    return id;
  }

  public String summary() {
    return summary;
  }

  /** The update rule as a student writes it: {@code momentum: v ← β·v + ∇f(x), x ← x − η·v}. */
  public String rule() {
    return rule;
  }

  /**
   * The torch.optim or SciPy call that computes the same iterates, and where it differs (ε's place,
   * the point stored, the line search), or what stands in its stead; "" where nothing does.
   */
  public String sameAs() {
    return sameAs;
  }

  /**
   * Whether its steps use ∇f (all but Nelder–Mead's simplex): where not, the window draws no −∇f
   * arrow, offers no η with its bands, and writes the step without a gradient.
   */
  public boolean usesGradient() {
    return usesGradient;
  }

  public double defaultEta() {
    return defaultEta;
  }

  public List<Knob> knobs() {
    return knobs;
  }

  public Optional<Knob> knob(String name) {
    return knobs.stream().filter(k -> k.name().equals(name)).findFirst();
  }

  /** Whether the method needs a data-set objective (samples to draw from). */
  public boolean needsData() {
    return needsData;
  }

  /** Whether the method needs second derivatives. */
  public boolean needsHessian() {
    return needsHessian;
  }

  /** Whether its optimizer draws something of its state at the current iterate ({@code Optimizer.sketch()}). */
  public boolean sketched() {
    return sketched;
  }

  /**
   * Whether its steps draw on the run's seed (noise, shuffled samples): runs with other seeds take
   * other paths, so many seeded runs show the spread of one.
   */
  public boolean random() {
    return random;
  }

  /**
   * Why a learning-rate schedule does not apply ("it chooses each step by a line search"), or null
   * when its update scales with the η it is given (its optimizer is a {@code StepSized}).
   */
  public String ownStep() {
    return ownStep;
  }

  /**
   * One step written out with its numbers, as a student would on paper: the method's own working
   * where it declares one ({@code x₁ = x₀ − η·f′(x₀) = 10 − 0.2·20 = 6}), else its rule, the
   * gradient and the step taken.
   */
  public String explain(StepOnPaper step) {
    if (onPaper != null) {
      return onPaper.write(step);
    }
    String used = usesGradient ? "here " + step.gradientName() + " = " + HandWriting.vector(step.gradient()) + ",\n"
        : id + " uses values of f only, no gradient and no η;\n"; // the simplex is drawn and listed
    return rule + "\n" + used + "the step taken " + step.next() + " − " + step.previous() + " = "
        + HandWriting.vector(step.step()) + ",\n" + step.next() + " = " + HandWriting.vector(step.after());
  }

  /** A fresh optimizer for one run; the knob values must have passed {@link #validate}. */
  public Optimizer create(Objective f, double eta, KnobValues knobs, long seed) {
    return factory.create(f, eta, knobs, seed);
  }

  /**
   * Checks that the method can run on f and that every value given is one of its knobs and in
   * range; throws {@link SetupException} naming the knob, this method and the allowed range.
   */
  public void validate(Objective f, KnobValues given) {
    if (needsData && !(f instanceof DataObjective)) {
      throw new SetupException("method " + id + " needs a data-set objective (a preset with data), not "
          + f.description());
    }
    if (needsHessian && !f.hasHessian()) {
      throw new SetupException("method " + id + " needs second derivatives, which " + f.description()
          + " does not provide");
    }
    for (Knob k : knobs) {
      k.check(id, given.given(k));
    }
    if (check != null) {
      check.check(this, f, given);
    }
  }

  @Override
  public String toString() {
    return id;
  }

  /** Declares a method step by step. */
  public static final class Builder {
    private final String id;
    private final String summary;
    private String rule;
    private double defaultEta = 0.1;
    private List<Knob> knobs = List.of();
    private boolean needsData;
    private boolean needsHessian;
    private boolean sketched;
    private boolean random;
    private String ownStep;
    private String sameAs;
    private boolean usesGradient = true;
    private Factory factory;
    private Check check;
    private StepOnPaper.Writer onPaper;

    private Builder(String id, String summary) {
      this.id = id;
      this.summary = summary;
    }

    public Builder rule(String text) {
      rule = text;
      return this;
    }

    /** It uses only values of f: no gradient and no step size η ({@link Method#usesGradient}). */
    public Builder derivativeFree() {
      usesGradient = false;
      return this;
    }

    /** The framework call with the same iterates, and how it differs ({@link Method#sameAs}). */
    public Builder sameAs(String call) {
      sameAs = call;
      return this;
    }

    public Builder defaultEta(double eta) {
      defaultEta = eta;
      return this;
    }

    public Builder knobs(Knob... list) {
      knobs = List.of(list);
      return this;
    }

    /** Its steps draw on the seed ({@link Method#random()}). */
    public Builder random() {
      random = true;
      return this;
    }

    public Builder needsData() {
      needsData = true;
      return this;
    }

    public Builder needsHessian() {
      needsHessian = true;
      return this;
    }

    /** Its optimizer shows its state ({@code Optimizer.sketch()}): a simplex, an ellipse, arrows. */
    public Builder sketched() {
      sketched = true;
      return this;
    }

    /** Its step is its own (a line search, a simplex): a schedule does not apply; {@code why} says so. */
    public Builder choosesItsOwnStep(String why) {
      ownStep = why;
      return this;
    }

    /** How the method writes one of its steps out with the run's numbers. */
    public Builder onPaper(StepOnPaper.Writer writer) {
      this.onPaper = writer;
      return this;
    }

    public Builder check(Check c) {
      check = c;
      return this;
    }

    public Method creates(Factory f) {
      factory = f;
      return new Method(this);
    }
  }
}
