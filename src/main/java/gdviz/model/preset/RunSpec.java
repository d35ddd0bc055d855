package gdviz.model.preset;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.lang.reflect.RecordComponent;
import java.util.Map;

/**
 * One run as a preset file or the command line describes it. Every field is optional; a run
 * inside a preset's {@code runs} list inherits the preset's fields and overrides some, and the
 * command line's options override both. See resources/presets/README.md for each field.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RunSpec(
    String label,
    String function,
    Map<String, String> constants,
    DataSpec data,
    Double rotate,
    double[] start,
    RandomStart randomStart,
    String method,
    Double eta,
    Long steps,
    Long seed,
    Double tolGrad,
    Double tolImprove,
    Boolean maximize,
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

  /** A start point of random integers in [min, max], one per variable, drawn from the run's seed. */
  public record RandomStart(Integer min, Integer max) {}

  public static final RunSpec EMPTY = new RunSpec(null, null, null, null, null, null, null, null, null, null,
      null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);

  /**
   * These fields, with every non-null field of {@code o} taking precedence. Giving a function or
   * data replaces the other, so a run can switch from a data set to a typed function and back.
   */
  public RunSpec overriddenBy(RunSpec o) {
    RecordComponent[] components = RunSpec.class.getRecordComponents();
    Object[] merged = new Object[components.length];
    try {
      for (int i = 0; i < components.length; i++) {
        Object mine = components[i].getAccessor().invoke(this);
        Object theirs = components[i].getAccessor().invoke(o);
        merged[i] = theirs != null ? theirs : mine;
      }
      if (o.function != null && o.data == null) {
        merged[indexOf(components, "data")] = null;
      }
      if (o.data != null && o.function == null) {
        merged[indexOf(components, "function")] = null;
      }
      Class<?>[] types = new Class<?>[components.length];
      for (int i = 0; i < components.length; i++) {
        types[i] = components[i].getType();
      }
      return RunSpec.class.getDeclaredConstructor(types).newInstance(merged);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot merge run settings", e);
    }
  }

  private static int indexOf(RecordComponent[] components, String name) {
    for (int i = 0; i < components.length; i++) {
      if (components[i].getName().equals(name)) {
        return i;
      }
    }
    throw new IllegalArgumentException(name);
  }
}
