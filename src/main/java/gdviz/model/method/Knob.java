package gdviz.model.method;

import gdviz.model.SetupException;
import gdviz.model.format.Numbers;
import gdviz.model.format.Quote;
import java.util.List;
import java.util.Locale;

/**
 * One setting of a method (β, ε, the batch size, the line-search rule …), declared once with the
 * method: its name (the preset field, and {@code --kebab-case} on the command line), symbol,
 * type, default, valid range, how a slider spreads it (linear, log, or log of 1 − value for β₂),
 * and one line of help. The command line's options, the preset fields, validation messages, the
 * app's sliders and the captions are all built from this.
 *
 * <p>Methods may share a name (ε of AdaGrad and of Adam): one option and one field then serve
 * both, each method with its own default and range.
 *
 * @param defaultValue Double, Integer, Boolean, String or double[2]; null where the method derives
 *     it (the line search's bracket [0, η])
 * @param sliderMin where a slider starts (a valid value; ignored for flags and choices)
 * @param sliderMax where a slider ends
 */
public record Knob(String name, String symbol, Type type, Object defaultValue, double min, double max,
    boolean minExcluded, boolean maxExcluded, Scale scale, double sliderMin, double sliderMax,
    List<String> choices, String help) {

  public enum Type {
    REAL, INTEGER, FLAG, CHOICE,
    /** Two numbers a < b, e.g. a search interval. */
    INTERVAL
  }

  /** How a slider spreads the values. */
  public enum Scale {
    LINEAR, LOG,
    /** log(1 − v): 0.9, 0.99, 0.999 equally spaced, for averaging factors close to 1. */
    LOG_ONE_MINUS
  }

  public Knob {
    choices = choices == null ? List.of() : List.copyOf(choices);
  }

  /** A real number in [min, max] (see {@link #excluding}), on a linear slider over the same range. */
  public static Knob real(String name, String symbol, double defaultValue, double min, double max, String help) {
    return new Knob(name, symbol, Type.REAL, defaultValue, min, max, false, false, Scale.LINEAR,
        min, Double.isFinite(max) ? max : Math.max(1, 10 * Math.abs(defaultValue)), List.of(), help);
  }

  /** A whole number in [min, max]. */
  public static Knob integer(String name, String symbol, int defaultValue, int min, int max, String help) {
    return new Knob(name, symbol, Type.INTEGER, defaultValue, min, max, false, false, Scale.LOG,
        min, Math.min(max, Math.max(10, 10 * defaultValue)), List.of(), help);
  }

  public static Knob flag(String name, String symbol, boolean defaultValue, String help) {
    return new Knob(name, symbol, Type.FLAG, defaultValue, 0, 1, false, false, Scale.LINEAR, 0, 1, List.of(),
        help);
  }

  public static Knob choice(String name, String symbol, String defaultValue, List<String> choices, String help) {
    return new Knob(name, symbol, Type.CHOICE, defaultValue, 0, 0, false, false, Scale.LINEAR, 0, 0, choices,
        help);
  }

  /** Two numbers a < b within [min, max]; {@code defaultValue} may be null (derived by the method). */
  public static Knob interval(String name, String symbol, double[] defaultValue, double min, double max,
      String help) {
    return new Knob(name, symbol, Type.INTERVAL, defaultValue, min, max, false, false, Scale.LINEAR, min, max,
        List.of(), help);
  }

  /** The same with open ends: (min, …, …, max) where asked. */
  public Knob excluding(boolean lower, boolean upper) {
    return new Knob(name, symbol, type, defaultValue, min, max, lower, upper, scale, sliderMin, sliderMax, choices,
        help);
  }

  /** The same with a slider over [from, to] on the given scale. */
  public Knob slider(Scale how, double from, double to) {
    return new Knob(name, symbol, type, defaultValue, min, max, minExcluded, maxExcluded, how, from, to, choices,
        help);
  }

  /** The same with another default (a shared name, another method's value). */
  public Knob withDefault(Object value) {
    return new Knob(name, symbol, type, value, min, max, minExcluded, maxExcluded, scale, sliderMin, sliderMax,
        choices, help);
  }

  /** The command-line option: {@code batchSize} → {@code --batch-size}. */
  public String option() {
    StringBuilder s = new StringBuilder("--");
    for (char c : name.toCharArray()) {
      if (Character.isUpperCase(c)) {
        s.append('-').append(Character.toLowerCase(c));
      } else {
        s.append(c);
      }
    }
    return s.toString();
  }

  /** Whether the app shows this knob as a slider (numbers), rather than a check box or a list. */
  public boolean numeric() {
    return type == Type.REAL || type == Type.INTEGER;
  }

  /** [0, 1), (0, ∞), {armijo, exact}, … */
  public String rangeText() {
    return switch (type) {
      case FLAG -> "true or false";
      case CHOICE -> String.join(" or ", choices);
      case INTERVAL -> "two numbers " + Numbers.format(min) + " ≤ a < b" + (Double.isFinite(max) ? " ≤ "
          + Numbers.format(max) : "");
      default -> (minExcluded ? "(" : "[") + bound(min) + ", " + bound(max) + (maxExcluded || !Double.isFinite(max)
          ? ")" : "]");
    };
  }

  private static String bound(double v) {
    return Double.isInfinite(v) ? (v > 0 ? "∞" : "−∞") : Numbers.format(v);
  }

  /** The default as written on the command line and in captions: 0.9, 1e-8, armijo, 0,2. */
  public String defaultText() {
    return text(defaultValue);
  }

  /** A value as a user writes it. */
  public static String text(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof Double d) {
      return Numbers.format(d);
    }
    if (value instanceof double[] pair) {
      return Numbers.format(pair[0]) + "," + Numbers.format(pair[1]);
    }
    return value.toString();
  }

  /**
   * A value of the right kind (Double, Integer, Boolean, String, double[2]) from what a user typed,
   * or a {@link SetupException} naming the knob.
   */
  public Object parse(String text) {
    String t = text.trim();
    try {
      return switch (type) {
        case REAL -> Double.parseDouble(t);
        case INTEGER -> Integer.parseInt(t);
        case FLAG -> switch (t.toLowerCase(Locale.ROOT)) {
          case "true", "yes", "on", "1" -> true;
          case "false", "no", "off", "0" -> false;
          default -> throw new NumberFormatException();
        };
        case CHOICE -> t;
        case INTERVAL -> {
          String[] parts = t.split(",");
          if (parts.length != 2) {
            throw new NumberFormatException();
          }
          yield new double[] {Double.parseDouble(parts[0].trim()), Double.parseDouble(parts[1].trim())};
        }
      };
    } catch (NumberFormatException e) {
      throw new SetupException(name() + " (" + option() + "): " + Quote.of(t) + " is not " + kindText());
    }
  }

  private String kindText() {
    return switch (type) {
      case REAL -> "a number";
      case INTEGER -> "a whole number";
      case FLAG -> "true or false";
      case CHOICE -> "one of " + String.join(", ", choices);
      case INTERVAL -> "two numbers a,b (e.g. 0,2)";
    };
  }

  /** Throws a {@link SetupException} naming the knob, the method and the range when the value is not allowed. */
  public void check(String method, Object value) {
    if (value == null) {
      return;
    }
    boolean ok = switch (type) {
      case REAL -> value instanceof Double d && inRange(d);
      case INTEGER -> value instanceof Integer i && inRange(i);
      case FLAG -> value instanceof Boolean;
      case CHOICE -> value instanceof String s && choices.contains(s);
      case INTERVAL -> value instanceof double[] p && p.length == 2 && inRange(p[0]) && inRange(p[1]) && p[1] > p[0];
    };
    if (!ok) {
      throw new SetupException(symbol + " (" + option() + ") of " + method + " must be " + (type == Type.REAL
          || type == Type.INTEGER ? "in " : "") + rangeText() + ", got " + text(value));
    }
  }

  private boolean inRange(double v) {
    if (Double.isNaN(v)) {
      return false;
    }
    boolean aboveMin = minExcluded ? v > min : v >= min;
    boolean belowMax = maxExcluded ? v < max : v <= max;
    return aboveMin && belowMax && Double.isFinite(v);
  }
}
