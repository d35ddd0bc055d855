package gdviz.model.method;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The knob values of one run, by knob name; a knob without a value takes its method's default.
 * Immutable.
 */
public final class KnobValues {
  public static final KnobValues NONE = new KnobValues(Map.of());

  private final Map<String, Object> values;

  private KnobValues(Map<String, Object> values) {
    this.values = values;
  }

  /** The given values (null values dropped). */
  public static KnobValues of(Map<String, ?> values) {
    Map<String, Object> copy = new LinkedHashMap<>();
    if (values != null) {
      values.forEach((k, v) -> {
        if (v != null) {
          copy.put(k, v instanceof double[] d ? d.clone() : v);
        }
      });
    }
    return copy.isEmpty() ? NONE : new KnobValues(Collections.unmodifiableMap(copy));
  }

  /** The value given for this knob, or null. */
  public Object given(Knob k) {
    Object v = values.get(k.name());
    return v instanceof double[] d ? d.clone() : v;
  }

  /** The value given, or the knob's default. */
  public Object value(Knob k) {
    Object v = given(k);
    return v != null ? v : k.defaultValue();
  }

  public double real(Knob k) {
    return ((Number) value(k)).doubleValue();
  }

  public int integer(Knob k) {
    return ((Number) value(k)).intValue();
  }

  public boolean flag(Knob k) {
    return (Boolean) value(k);
  }

  public String choice(Knob k) {
    return (String) value(k);
  }

  /** An interval knob's value (null where the method derives it). */
  public double[] interval(Knob k) {
    Object v = value(k);
    return v == null ? null : ((double[]) v).clone();
  }

  /** All given values by name. */
  public Map<String, Object> asMap() {
    Map<String, Object> copy = new LinkedHashMap<>();
    values.forEach((k, v) -> copy.put(k, v instanceof double[] d ? d.clone() : v));
    return copy;
  }

  public boolean isEmpty() {
    return values.isEmpty();
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof KnobValues other) || other.values.size() != values.size()) {
      return false;
    }
    for (var e : values.entrySet()) {
      Object mine = e.getValue();
      Object theirs = other.values.get(e.getKey());
      boolean same = mine instanceof double[] a && theirs instanceof double[] b ? java.util.Arrays.equals(a, b)
          : mine.equals(theirs);
      if (!same) {
        return false;
      }
    }
    return true;
  }

  @Override
  public int hashCode() {
    int h = 0;
    for (var e : values.entrySet()) {
      Object v = e.getValue();
      h += e.getKey().hashCode() ^ (v instanceof double[] d ? java.util.Arrays.hashCode(d) : v.hashCode());
    }
    return h;
  }

  @Override
  public String toString() {
    return values.toString();
  }
}
