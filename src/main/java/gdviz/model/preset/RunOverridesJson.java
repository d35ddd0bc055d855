package gdviz.model.preset;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gdviz.model.SetupException;
import gdviz.model.format.Quote;
import gdviz.model.method.Knob;
import gdviz.model.optim.Methods;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * A {@link RunOverrides} as the fields of a preset file: read field by field (each known field by its
 * type, each method knob by its declaration), written back the same way. Files are data: no type
 * information, no class names; an unknown field is refused with the list of known ones.
 */
final class RunOverridesJson {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  static final List<String> FIELDS = List.of("label", "function", "constants", "data", "rotate", "start",
      "randomStart", "method", "eta", "steps", "seed", "tolGrad", "tolImprove", "maximize", "parameters", "schedule");

  private RunOverridesJson() {}

  /** The run settings among an object's fields; {@code source} names the place in messages. */
  static RunOverrides read(JsonNode node, ObjectMapper json, String source) {
    if (node == null || !node.isObject()) {
      throw new SetupException(source + ": a run's settings are an object { … }");
    }
    RunOverrides.Builder b = RunOverrides.builder();
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      String field = e.getKey();
      JsonNode v = e.getValue();
      if (v.isNull()) {
        continue;
      }
      switch (field) {
        case "label" -> b.label(text(v, field, source));
        case "function" -> b.function(text(v, field, source));
        case "constants" -> b.constants(constants(v, source));
        case "data" -> b.data(PresetLibrary.convert(v, DataSpec.class, source + ", data"));
        case "rotate" -> b.rotate(number(v, field, source));
        case "start" -> b.start(numbers(v, field, source));
        case "randomStart" -> b.randomStart(PresetLibrary.convert(v, RunOverrides.RandomStart.class,
            source + ", randomStart"));
        case "method" -> b.method(text(v, field, source));
        case "eta" -> b.eta(number(v, field, source));
        case "steps" -> b.steps(whole(v, field, source));
        case "seed" -> b.seed(whole(v, field, source));
        case "tolGrad" -> b.tolGrad(number(v, field, source));
        case "tolImprove" -> b.tolImprove(number(v, field, source));
        case "maximize" -> b.maximize(flag(v, field, source));
        case "parameters" -> b.parameters(texts(v, field, source));
        case "schedule" -> b.schedule(text(v, field, source));
        default -> {
          Knob k = Methods.anyKnob(field).orElseThrow(() -> new SetupException(source + ": unknown field \"" + field
              + "\"; known fields: " + String.join(", ", knownFields())));
          b.knob(field, knob(k, v, source));
        }
      }
    }
    return b.build();
  }

  /** Every field a run may have: the settings, then every knob of every method. */
  static List<String> knownFields() {
    TreeSet<String> all = new TreeSet<>(FIELDS);
    all.addAll(Methods.knobUsers().keySet());
    return List.copyOf(all);
  }

  private static Object knob(Knob k, JsonNode v, String source) {
    return switch (k.type()) {
      case REAL -> number(v, k.name(), source);
      case INTEGER -> {
        long w = whole(v, k.name(), source);
        if (w != (int) w) {
          throw wrong(k.name(), v, source);
        }
        yield (int) w;
      }
      case FLAG -> flag(v, k.name(), source);
      case CHOICE -> text(v, k.name(), source);
      case INTERVAL -> {
        double[] pair = numbers(v, k.name(), source);
        if (pair.length != 2) {
          throw new SetupException(source + ": field \"" + k.name() + "\" must be two numbers [a, b]");
        }
        yield pair;
      }
    };
  }

  private static SetupException wrong(String field, JsonNode v, String source) {
    return new SetupException(source + ": field \"" + field + "\" has the wrong kind of value ("
        + Quote.shortened(v.toString()) + ")");
  }

  private static String text(JsonNode v, String field, String source) {
    if (!v.isTextual()) {
      throw wrong(field, v, source);
    }
    return v.asText();
  }

  private static double number(JsonNode v, String field, String source) {
    if (!v.isNumber()) {
      throw wrong(field, v, source);
    }
    return v.asDouble();
  }

  /** A whole number a long holds: 1e30 is refused, not saturated to Long.MAX_VALUE. */
  private static long whole(JsonNode v, String field, String source) {
    boolean integral = v.isIntegralNumber() && v.canConvertToLong();
    boolean wholeDouble = v.isFloatingPointNumber() && v.asDouble() == Math.rint(v.asDouble())
        && Math.abs(v.asDouble()) < 9.2e18;
    if (!integral && !wholeDouble) {
      throw new SetupException(source + ": field \"" + field + "\" must be a whole number"
          + (v.isNumber() ? " below 9.2e18" : "") + ", got " + Quote.of(v.toString()));
    }
    return v.asLong();
  }

  private static boolean flag(JsonNode v, String field, String source) {
    if (!v.isBoolean()) {
      throw wrong(field, v, source);
    }
    return v.asBoolean();
  }

  /** A list of numbers; a single number is a list of one ("start": 10). */
  private static double[] numbers(JsonNode v, String field, String source) {
    if (v.isNumber()) {
      return new double[] {v.asDouble()};
    }
    if (!v.isArray()) {
      throw wrong(field, v, source);
    }
    double[] out = new double[v.size()];
    for (int i = 0; i < out.length; i++) {
      if (!v.get(i).isNumber()) {
        throw new SetupException(source + ": field \"" + field + "[" + i + "]\" has the wrong kind of value ("
            + Quote.shortened(v.get(i).toString()) + ")");
      }
      out[i] = v.get(i).asDouble();
    }
    return out;
  }

  private static List<String> texts(JsonNode v, String field, String source) {
    if (v.isTextual()) {
      return List.of(v.asText());
    }
    if (!v.isArray()) {
      throw wrong(field, v, source);
    }
    List<String> out = new ArrayList<>();
    for (JsonNode item : v) {
      out.add(text(item, field, source));
    }
    return out;
  }

  private static Map<String, String> constants(JsonNode v, String source) {
    if (!v.isObject()) {
      throw wrong("constants", v, source);
    }
    Map<String, String> out = new LinkedHashMap<>();
    v.fields().forEachRemaining(e -> {
      JsonNode c = e.getValue();
      if (!c.isTextual() && !c.isNumber()) {
        throw wrong("constants." + e.getKey(), c, source);
      }
      out.put(e.getKey(), c.asText());
    });
    return out;
  }

  /** The settings given, as preset fields (knobs flat beside them, as presets write them). */
  static ObjectNode write(RunOverrides s) {
    ObjectNode o = NODES.objectNode();
    putText(o, "label", s.label());
    putText(o, "function", s.function());
    if (s.constants() != null) {
      ObjectNode c = o.putObject("constants");
      s.constants().forEach(c::put);
    }
    if (s.data() != null) {
      o.set("data", PresetLibrary.JSON.valueToTree(s.data()));
    }
    putNumber(o, "rotate", s.rotate());
    putNumbers(o, "start", s.start());
    if (s.randomStart() != null) {
      o.set("randomStart", PresetLibrary.JSON.valueToTree(s.randomStart()));
    }
    putText(o, "method", s.method());
    putNumber(o, "eta", s.eta());
    if (s.steps() != null) {
      o.put("steps", s.steps());
    }
    if (s.seed() != null) {
      o.put("seed", s.seed());
    }
    putNumber(o, "tolGrad", s.tolGrad());
    putNumber(o, "tolImprove", s.tolImprove());
    if (s.maximize() != null) {
      o.put("maximize", s.maximize());
    }
    if (s.parameters() != null) {
      ArrayNode names = o.putArray("parameters");
      s.parameters().forEach(names::add);
    }
    putText(o, "schedule", s.schedule());
    s.knobs().forEach((name, v) -> {
      if (v instanceof Double d) {
        o.put(name, d);
      } else if (v instanceof Integer i) {
        o.put(name, i);
      } else if (v instanceof Boolean f) {
        o.put(name, f);
      } else if (v instanceof double[] pair) {
        putNumbers(o, name, pair);
      } else {
        o.put(name, v.toString());
      }
    });
    return o;
  }

  private static void putText(ObjectNode o, String field, String v) {
    if (v != null) {
      o.put(field, v);
    }
  }

  private static void putNumber(ObjectNode o, String field, Double v) {
    if (v != null) {
      o.put(field, v);
    }
  }

  private static void putNumbers(ObjectNode o, String field, double[] v) {
    if (v != null) {
      ArrayNode a = o.putArray(field);
      for (double d : v) {
        a.add(d);
      }
    }
  }
}
