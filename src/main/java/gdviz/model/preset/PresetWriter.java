package gdviz.model.preset;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;

/**
 * Writes a preset in the format {@link PresetLibrary} reads (resources/presets/README.md): the
 * preset's own fields, its run settings flat beside them, its runs, its view. Plain JSON, no type
 * information, so a saved scenario is a preset a teacher can read and edit.
 */
public final class PresetWriter {
  private static final ObjectMapper JSON = new ObjectMapper()
      .setSerializationInclusion(JsonInclude.Include.NON_NULL)
      .enable(SerializationFeature.INDENT_OUTPUT);

  private PresetWriter() {}

  public static byte[] toJson(Preset p) {
    ObjectNode root = JSON.createObjectNode();
    root.put("name", p.name());
    root.put("description", p.description());
    if (!Preset.KIND_RUN.equals(p.kind())) {
      root.put("kind", p.kind());
    }
    root.setAll(RunOverridesJson.write(p.base()));
    if (!p.runs().isEmpty()) {
      ArrayNode runs = root.putArray("runs");
      for (RunOverrides r : p.runs()) {
        runs.add(RunOverridesJson.write(r));
      }
    }
    if (p.derivativeCheck() != null) {
      root.set("derivativeCheck", JSON.valueToTree(p.derivativeCheck()));
    }
    if (p.view() != null) {
      root.set("view", JSON.valueToTree(p.view()));
    }
    try {
      return JSON.writeValueAsBytes(root);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
