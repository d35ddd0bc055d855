package gdviz.model.method;

import static org.junit.jupiter.api.Assertions.assertEquals;

import gdviz.model.optim.Methods;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * README's methods table is the declarations, row for row: each method's update as {@code gdviz
 * methods} prints it, its knobs with their options and defaults, and the framework call with the
 * same iterates. A method added or changed without its row fails here, printing the row to paste.
 */
class MethodsTableTest {
  static final String HEADER = "| method | update (as `gdviz methods` prints it) | knobs (default) | the same iterates in"
      + " torch.optim or SciPy |";

  /** One row of the table, from a method's declaration. */
  static String row(Method m) {
    List<String> knobs = new ArrayList<>();
    for (Knob k : m.knobs()) {
      String symbol = k.symbol().matches("[a-z ]+") ? "" : k.symbol() + " ";
      knobs.add(symbol + "`" + k.option() + "`" + (k.defaultText().isEmpty() ? "" : " (" + k.defaultText() + ")"));
    }
    return "| `" + m.id() + "` | " + cell(m.rule()) + " | " + cell(String.join(", ", knobs)) + " | "
        + cell(m.sameAs()) + " |";
  }

  private static String cell(String text) {
    return text.replace("|", "\\|");
  }

  /** The whole table, to paste into README.md. */
  static List<String> rows() {
    List<String> rows = new ArrayList<>();
    rows.add(HEADER);
    rows.add("|---|---|---|---|");
    Methods.all().forEach(m -> rows.add(row(m)));
    return rows;
  }

  @Test
  void readmeListsEveryMethodAsDeclared() throws Exception {
    List<String> readme = Files.readAllLines(Path.of("README.md"));
    List<String> missing = rows().stream().filter(r -> !readme.contains(r)).toList();
    assertEquals(List.of(), missing, "README.md's methods table lacks these rows (from the declarations):\n"
        + String.join("\n", missing));
    String count = Methods.all().size() + " methods";
    assertEquals(true, readme.stream().anyMatch(l -> l.contains(count)), "README says how many: " + count);
  }

  public static void main(String[] args) {
    rows().forEach(System.out::println);
  }
}
