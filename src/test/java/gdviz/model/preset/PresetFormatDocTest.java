package gdviz.model.preset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gdviz.model.method.Knob;
import gdviz.model.method.Method;
import gdviz.model.optim.Methods;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The preset format's README names every field a run may have, and its method rows are the
 * declarations: the list of methods and one row per knob (its symbol, help, the methods that have
 * it with their defaults). A method or knob added without its row fails here, printing the row.
 */
class PresetFormatDocTest {
  private static final Path DOC = Path.of("resources/presets/README.md");

  /** The rows the declarations make: the {@code method} field's row, then one per knob name. */
  static List<String> rows() {
    List<String> rows = new ArrayList<>();
    rows.add("| `method` | " + Methods.all().stream().map(m -> "`" + m.id() + "`").collect(Collectors.joining(", "))
        + " (`gdviz methods`) |");
    for (Map.Entry<String, List<Method>> e : Methods.knobUsers().entrySet()) {
      Knob first = Methods.anyKnob(e.getKey()).orElseThrow();
      String symbol = first.symbol().matches("[a-z ]+") ? "" : first.symbol() + ": ";
      String users = e.getValue().stream().map(m -> {
        String d = m.knob(e.getKey()).orElseThrow().defaultText();
        return m.id() + (d.isEmpty() ? "" : " (" + d + ")");
      }).collect(Collectors.joining(", "));
      rows.add(("| `" + e.getKey() + "` | " + symbol + first.help() + " — " + users).replace("|", "\\|")
          .replaceFirst("^\\\\\\| `", "| `").replace("` \\| ", "` | ") + " |");
    }
    return rows;
  }

  @Test
  void everyRunFieldAndEveryKnobIsDocumented() throws Exception {
    String doc = Files.readString(DOC);
    for (String field : RunOverridesJson.knownFields()) {
      assertTrue(doc.contains("`" + field + "`"), "resources/presets/README.md does not name `" + field + "`");
    }
    List<String> lines = Files.readAllLines(DOC);
    List<String> missing = rows().stream().filter(r -> !lines.contains(r)).toList();
    assertEquals(List.of(), missing, "resources/presets/README.md lacks these rows (from the declarations):\n"
        + String.join("\n", missing));
  }

  public static void main(String[] args) {
    rows().forEach(System.out::println);
  }
}
