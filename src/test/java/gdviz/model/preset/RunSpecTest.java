package gdviz.model.preset;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Run settings by name: merged field by field, knobs name by name, written and read back unchanged. */
class RunSpecTest {
  @Test
  void aLaterSettingWinsAndKnobsMergeByName() {
    RunOverrides preset = RunOverrides.builder().function("x^2").eta(0.1).knob("beta", 0.9).knob("eps", 1e-6).build();
    RunOverrides mine = RunOverrides.builder().eta(0.3).knob("beta", 0.5).build();
    RunOverrides merged = preset.overriddenBy(mine);
    assertEquals(0.3, merged.eta());
    assertEquals("x^2", merged.function());
    assertEquals(Map.of("beta", 0.5, "eps", 1e-6), merged.knobs());
  }

  @Test
  void aFunctionReplacesDataAndDataAFunction() {
    DataSpec data = new DataSpec(new double[][] {{1}, {2}}, new double[] {1, 2}, null, null, null, null);
    RunOverrides withData = RunOverrides.builder().data(data).build();
    assertNull(withData.overriddenBy(RunOverrides.builder().function("x^2").build()).data());
    assertNull(RunOverrides.builder().function("x^2").build().overriddenBy(withData).function());
  }

  @Test
  void writtenAndReadBackTheSame() {
    RunOverrides s = RunOverrides.builder().label("l").function("x1^2").start(1, 2).method("linesearch").eta(0.5).steps(7L)
        .seed(3L).parameters(java.util.List.of("a", "b")).knob("lineSearch", "exact")
        .knob("bracket", new double[] {0, 2}).knob("batchSize", 4).knob("shuffle", false).build();
    RunOverrides back = RunOverridesJson.read(RunOverridesJson.write(s), PresetLibrary.JSON, "test");
    assertEquals(s, back);
    assertArrayEquals(new double[] {0, 2}, (double[]) back.knob("bracket"), 0.0);
  }

  /**
   * Scenario files the release of 2026-12-01 saved (one per preset it shipped, written by its
   * PresetWriter) open with the settings that release's presets had.
   */
  @Test
  void scenariosSavedByTheLastReleaseOpenWithTheSameSettings() throws Exception {
    Path dir = Path.of("src/test/resources/gdviz/scenarios/release-2026-12-01");
    Path presets = Path.of("src/test/resources/gdviz/scenarios/presets-2026-12-01");
    try (var files = Files.list(dir)) {
      for (Path file : files.toList()) {
        Preset saved = PresetLibrary.readFile(file);
        Preset shipped = PresetLibrary.readFile(presets.resolve(file.getFileName()));
        assertEquals(shipped.base(), saved.base(), file.getFileName().toString());
        assertEquals(shipped.runs(), saved.runs(), file.getFileName().toString());
        assertEquals(Boolean.TRUE, saved.view().lossLog());
        assertEquals(-6.0, saved.view().xMin());
      }
    }
  }

  @Test
  void unknownFieldsAreRefusedWithTheKnownOnes() {
    String message = org.junit.jupiter.api.Assertions.assertThrows(gdviz.model.SetupException.class,
        () -> PresetLibrary.parse("{\"name\": \"a\", \"description\": \"b\", \"betta\": 1}"
            .getBytes(StandardCharsets.UTF_8), "p.json")).getMessage();
    assertEquals(true, message.startsWith("p.json: unknown field \"betta\"; known fields: absHessian, batchSize, beta,"),
        message);
  }
}
