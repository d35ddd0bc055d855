package gdviz.model.preset;

import static org.junit.jupiter.api.Assertions.assertTrue;

import gdviz.model.method.Methods;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The preset format's README names every field a run may have: each method's knobs included. */
class PresetFormatDocTest {
  @Test
  void everyRunFieldAndEveryKnobIsDocumented() throws Exception {
    String doc = Files.readString(Path.of("resources/presets/README.md"));
    for (String field : RunSpecJson.knownFields()) {
      assertTrue(doc.contains("`" + field + "`"), "resources/presets/README.md does not name `" + field + "`");
    }
    for (var m : Methods.all()) {
      assertTrue(doc.contains("`" + m.id() + "`"), "method " + m.id() + " is not listed");
    }
  }
}
