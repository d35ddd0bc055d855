package gdviz.model.preset;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One run as a preset file or the command line describes it. Every field is optional; a run
 * inside a preset's {@code runs} list inherits the preset's fields and overrides some, and the
 * command line's options override both. The method's knobs (β, ε, the batch size …) are kept by
 * name in one map, as their declarations name them. See resources/presets/README.md for each field.
 * Immutable: built by name ({@link #builder()}, {@link #toBuilder()}).
 */
public final class RunOverrides {
  /** A start point of random integers in [min, max], one per variable, drawn from the run's seed. */
  public record RandomStart(Integer min, Integer max) {}

  public static final RunOverrides EMPTY = builder().build();

  private final String label;
  private final String function;
  private final Map<String, String> constants;
  private final DataSpec data;
  private final Double rotate;
  private final double[] start;
  private final RandomStart randomStart;
  private final String method;
  private final Double eta;
  private final Long steps;
  private final Long seed;
  private final Double tolGrad;
  private final Double tolImprove;
  private final Boolean maximize;
  private final List<String> parameters;
  private final String schedule;
  private final Map<String, Object> knobs;

  private RunOverrides(Builder b) {
    label = b.label;
    function = b.function;
    constants = b.constants == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(b.constants));
    data = b.data;
    rotate = b.rotate;
    start = b.start == null ? null : b.start.clone();
    randomStart = b.randomStart;
    method = b.method;
    eta = b.eta;
    steps = b.steps;
    seed = b.seed;
    tolGrad = b.tolGrad;
    tolImprove = b.tolImprove;
    maximize = b.maximize;
    parameters = b.parameters == null ? null : List.copyOf(b.parameters);
    schedule = b.schedule;
    Map<String, Object> k = new LinkedHashMap<>();
    b.knobs.forEach((name, v) -> {
      if (v != null) {
        k.put(name, v instanceof double[] d ? d.clone() : v);
      }
    });
    knobs = Collections.unmodifiableMap(k);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding these values, to change some. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.label = label;
    b.function = function;
    b.constants = constants;
    b.data = data;
    b.rotate = rotate;
    b.start = start;
    b.randomStart = randomStart;
    b.method = method;
    b.eta = eta;
    b.steps = steps;
    b.seed = seed;
    b.tolGrad = tolGrad;
    b.tolImprove = tolImprove;
    b.maximize = maximize;
    b.parameters = parameters;
    b.schedule = schedule;
    b.knobs.putAll(knobs);
    return b;
  }

  /**
   * These settings, with every setting of {@code o} taking precedence. Giving a function or data
   * replaces the other, so a run can switch from a data set to a typed function and back; knobs
   * are merged name by name.
   */
  public RunOverrides overriddenBy(RunOverrides o) {
    Builder b = toBuilder();
    b.label = pick(o.label, label);
    b.function = pick(o.function, function);
    b.constants = pick(o.constants, constants);
    b.data = pick(o.data, data);
    b.rotate = pick(o.rotate, rotate);
    b.start = pick(o.start, start);
    b.randomStart = pick(o.randomStart, randomStart);
    b.method = pick(o.method, method);
    b.eta = pick(o.eta, eta);
    b.steps = pick(o.steps, steps);
    b.seed = pick(o.seed, seed);
    b.tolGrad = pick(o.tolGrad, tolGrad);
    b.tolImprove = pick(o.tolImprove, tolImprove);
    b.maximize = pick(o.maximize, maximize);
    b.parameters = pick(o.parameters, parameters);
    b.schedule = pick(o.schedule, schedule);
    b.knobs.putAll(o.knobs);
    if (o.function != null && o.data == null) {
      b.data = null;
    }
    if (o.data != null && o.function == null) {
      b.function = null;
    }
    return b.build();
  }

  private static <T> T pick(T preferred, T fallback) {
    return preferred != null ? preferred : fallback;
  }

  public String label() {
    return label;
  }

  public String function() {
    return function;
  }

  public Map<String, String> constants() {
    return constants;
  }

  public DataSpec data() {
    return data;
  }

  public Double rotate() {
    return rotate;
  }

  public double[] start() {
    return start == null ? null : start.clone();
  }

  public RandomStart randomStart() {
    return randomStart;
  }

  public String method() {
    return method;
  }

  public Double eta() {
    return eta;
  }

  public Long steps() {
    return steps;
  }

  public Long seed() {
    return seed;
  }

  public Double tolGrad() {
    return tolGrad;
  }

  public Double tolImprove() {
    return tolImprove;
  }

  public Boolean maximize() {
    return maximize;
  }

  /** The parameters' names (θ₀, θ₁), or null for x / x1, x2, …. */
  public List<String> parameters() {
    return parameters;
  }

  /** The learning-rate schedule as written ("step:0.5:10"), or null for none given. */
  public String schedule() {
    return schedule;
  }

  /** The knob values given, by knob name. */
  public Map<String, Object> knobs() {
    return knobs;
  }

  /** One knob's value, or null. */
  public Object knob(String name) {
    Object v = knobs.get(name);
    return v instanceof double[] d ? d.clone() : v;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof RunOverrides r)) {
      return false;
    }
    return Objects.equals(label, r.label) && Objects.equals(function, r.function)
        && Objects.equals(constants, r.constants) && Objects.equals(data, r.data) && Objects.equals(rotate, r.rotate)
        && Arrays.equals(start, r.start) && Objects.equals(randomStart, r.randomStart)
        && Objects.equals(method, r.method) && Objects.equals(eta, r.eta) && Objects.equals(steps, r.steps)
        && Objects.equals(seed, r.seed) && Objects.equals(tolGrad, r.tolGrad)
        && Objects.equals(tolImprove, r.tolImprove) && Objects.equals(maximize, r.maximize)
        && Objects.equals(parameters, r.parameters) && Objects.equals(schedule, r.schedule)
        && knobsEqual(knobs, r.knobs);
  }

  private static boolean knobsEqual(Map<String, Object> a, Map<String, Object> b) {
    if (!a.keySet().equals(b.keySet())) {
      return false;
    }
    for (String k : a.keySet()) {
      Object x = a.get(k);
      Object y = b.get(k);
      if (x instanceof double[] p && y instanceof double[] q ? !Arrays.equals(p, q) : !x.equals(y)) {
        return false;
      }
    }
    return true;
  }

  @Override
  public int hashCode() {
    return Objects.hash(label, function, method, eta, steps, seed, Arrays.hashCode(start));
  }

  @Override
  public String toString() {
    return RunOverridesJson.write(this).toString();
  }

  /** Sets fields by name. */
  public static final class Builder {
    private String label;
    private String function;
    private Map<String, String> constants;
    private DataSpec data;
    private Double rotate;
    private double[] start;
    private RandomStart randomStart;
    private String method;
    private Double eta;
    private Long steps;
    private Long seed;
    private Double tolGrad;
    private Double tolImprove;
    private Boolean maximize;
    private List<String> parameters;
    private String schedule;
    private final Map<String, Object> knobs = new LinkedHashMap<>();

    private Builder() {}

    /** A learning-rate schedule as written: constant, step:γ:K, exp:λ, poly:λ:p, cosine:T:W:r. */
    public Builder schedule(String v) {
      schedule = v;
      return this;
    }

    public Builder label(String v) {
      label = v;
      return this;
    }

    public Builder function(String v) {
      function = v;
      return this;
    }

    public Builder constants(Map<String, String> v) {
      constants = v;
      return this;
    }

    public Builder data(DataSpec v) {
      data = v;
      return this;
    }

    public Builder rotate(Double v) {
      rotate = v;
      return this;
    }

    public Builder start(double... v) {
      start = v;
      return this;
    }

    public Builder randomStart(RandomStart v) {
      randomStart = v;
      return this;
    }

    public Builder method(String v) {
      method = v;
      return this;
    }

    public Builder eta(Double v) {
      eta = v;
      return this;
    }

    public Builder steps(Long v) {
      steps = v;
      return this;
    }

    public Builder seed(Long v) {
      seed = v;
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

    public Builder maximize(Boolean v) {
      maximize = v;
      return this;
    }

    public Builder parameters(List<String> v) {
      parameters = v;
      return this;
    }

    /** One knob by its declared name; null removes it. */
    public Builder knob(String name, Object value) {
      if (value == null) {
        knobs.remove(name);
      } else {
        knobs.put(name, value);
      }
      return this;
    }

    /** Several knobs; null values are skipped. */
    public Builder knobs(Map<String, ?> values) {
      if (values != null) {
        values.forEach((name, v) -> {
          if (v != null) {
            knob(name, v);
          }
        });
      }
      return this;
    }

    public RunOverrides build() {
      return new RunOverrides(this);
    }
  }
}
