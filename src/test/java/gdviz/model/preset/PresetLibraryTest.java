package gdviz.model.preset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gdviz.model.SetupException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PresetLibraryTest {
  private static String problem(String json) {
    return assertThrows(SetupException.class,
        () -> PresetLibrary.parse(json.getBytes(StandardCharsets.UTF_8), "p.json")).getMessage();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "{\"name\": \"a\", \"description\": \"b\", \"eta\": |p.json line 1, column 41: not valid JSON (Unexpected end-of-input",
      "[1, 2]                                             |p.json: a preset file holds one JSON object",
      "{\"description\": \"b\"}                           |p.json: the field \"name\" (text) is missing",
      "{\"name\": \"a\", \"description\": \"b\", \"eta\": \"fast\"}|p.json: field \"eta\" has the wrong kind of value",
      "{\"name\": \"a\", \"description\": \"b\", \"kind\": \"movie\"}|p.json: kind must be \"run\" or \"difference-quotient\"",
      "{\"name\": \"a\", \"description\": \"b\", \"runs\": {}}|p.json: runs must be a list",
      "{\"name\": \"a\", \"description\": \"b\", \"runs\": [{\"methd\": \"gd\"}]}|p.json, run 1: unknown field \"methd\"",
      "{\"name\": \"a\", \"description\": \"b\", \"@class\": \"java.lang.Runtime\"}|p.json: unknown field \"@class\"",
  })
  void corruptOrForeignFilesAreRefusedWithTheirProblem(String json, String expectedStart) {
    String message = problem(json);
    assertTrue(message.startsWith(expectedStart), message);
  }

  @Test
  void binaryAndEmptyFilesAreRefused(@TempDir Path dir) throws Exception {
    Path empty = dir.resolve("empty.json");
    Files.write(empty, new byte[0]);
    assertTrue(assertThrows(SetupException.class, () -> PresetLibrary.readFile(empty)).getMessage()
        .contains("a preset file holds one JSON object"));
    Path binary = dir.resolve("binary.json");
    Files.write(binary, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2, 3});
    assertTrue(assertThrows(SetupException.class, () -> PresetLibrary.readFile(binary)).getMessage()
        .equals(binary + " line 1, column 1: not valid JSON (a character that is not text: is this a JSON file?)"));
    Path missing = dir.resolve("missing.json");
    assertEquals("preset file " + missing + " does not exist or is not a file",
        assertThrows(SetupException.class, () -> PresetLibrary.readFile(missing)).getMessage());
  }

  @Test
  void aHugeFileIsRefusedBeforeReadingIt(@TempDir Path dir) throws Exception {
    Path huge = dir.resolve("huge.json");
    try (var file = new java.io.RandomAccessFile(huge.toFile(), "rw")) {
      file.setLength(PresetLibrary.MAX_FILE_BYTES + 1); // sparse: no 64 MB written
    }
    String message = assertThrows(SetupException.class, () -> PresetLibrary.readFile(huge)).getMessage();
    assertEquals("preset file " + huge + " is too large (" + (PresetLibrary.MAX_FILE_BYTES + 1) + " bytes)", message);
  }

  @Test
  void aTruncatedFileNamesWhereItEnds(@TempDir Path dir) throws Exception {
    Path cut = dir.resolve("cut.json");
    Files.writeString(cut, "{\n  \"name\": \"q\",\n  \"description\": \"d\",\n  \"function\": \"x^");
    String message = assertThrows(SetupException.class, () -> PresetLibrary.readFile(cut)).getMessage();
    assertTrue(message.startsWith(cut + " line 4, column 18: not valid JSON"), message);
  }

  @Test
  void aRunInheritsThePresetAndOverridesIt() {
    Preset p = PresetLibrary.parse("""
        {"name": "two", "description": "d", "function": "x^2", "start": [1], "steps": 3,
         "runs": [{"label": "slow", "eta": 0.1}, {"label": "fast", "eta": 0.4, "steps": 1}]}
        """.getBytes(StandardCharsets.UTF_8), "two.json");
    var setups = p.setups(RunOverrides.EMPTY);
    assertEquals(2, setups.size());
    assertEquals("slow", setups.get(0).label());
    assertEquals(0.1, setups.get(0).eta());
    assertEquals(3, setups.get(0).steps());
    assertEquals(1, setups.get(1).steps());
  }

  @Test
  void constantsMayBeExpressionsButNotFunctionsOfX() {
    Preset p = PresetLibrary.parse("""
        {"name": "c", "description": "d", "function": "x*cos(c*x)", "constants": {"c": "0.15*pi"}, "start": 1}
        """.getBytes(StandardCharsets.UTF_8), "c.json");
    assertEquals(Math.cos(0.15 * Math.PI), p.setups(RunOverrides.EMPTY).get(0).objective().value(new double[] {1}),
        1e-15);
    // refused as the file is read, naming it
    assertEquals("c.json: constant c = '2*x' must be a finite number", assertThrows(SetupException.class,
        () -> PresetLibrary.parse("""
            {"name": "c", "description": "d", "function": "c*x", "constants": {"c": "2*x"}, "start": 1}
            """.getBytes(StandardCharsets.UTF_8), "c.json")).getMessage());
  }

  @Test
  void everyShippedPresetHasAUniqueNameMatchingItsFile() throws Exception {
    var names = PresetLibrary.builtIn().all().stream().map(Preset::name).toList();
    assertEquals(names.size(), names.stream().distinct().count());
    try (var files = Files.list(Path.of("resources/presets"))) {
      var fileNames = files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".json"))
          .map(f -> f.substring(0, f.length() - 5)).sorted().toList();
      assertEquals(names.stream().sorted().toList(), fileNames);
    }
  }
}
