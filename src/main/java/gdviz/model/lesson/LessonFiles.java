package gdviz.model.lesson;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gdviz.model.SetupException;
import gdviz.model.format.Quote;
import gdviz.model.preset.Preset;
import gdviz.model.preset.PresetLibrary;
import gdviz.model.preset.PresetWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Lesson files (JSON): {@code {"title": …, "scenes": [ … ]}}. A scene holds a {@code title}, an
 * optional {@code note}, and the fields of a scenario file — or {@code "preset": "name"}, a
 * shipped example, with any of its fields changed. A problem is one message naming the file, the
 * scene and the field.
 */
public final class LessonFiles {
  /** The course, as a lesson, shipped with gdviz. */
  public static final String COURSE = "course";
  static final String RESOURCE = "gdviz/lessons/course.json";
  /** Lesson files larger than this are refused before parsing. */
  public static final long MAX_FILE_BYTES = 16L * 1024 * 1024;
  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(com.fasterxml.jackson.core.JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

  private LessonFiles() {}

  /** The shipped course lesson. */
  public static Lesson course(PresetLibrary library) {
    try (InputStream in = LessonFiles.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the course lesson is missing from the class path (" + RESOURCE + ")");
      }
      return parse(in.readAllBytes(), "course.json", library);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read the course lesson", e);
    }
  }

  /** {@code course} for the shipped course, else a lesson file. */
  public static Lesson open(String nameOrFile, PresetLibrary library) {
    return COURSE.equals(nameOrFile) ? course(library) : read(Path.of(nameOrFile), library);
  }

  /** Reads a lesson file; any problem comes back as a {@link SetupException} naming the file. */
  public static Lesson read(Path file, PresetLibrary library) {
    try {
      if (!Files.isRegularFile(file)) {
        throw new SetupException("lesson file " + file + " does not exist or is not a file");
      }
      if (Files.size(file) > MAX_FILE_BYTES) {
        throw new SetupException("lesson file " + file + " is too large (" + Files.size(file) + " bytes)");
      }
      return parse(Files.readAllBytes(file), file.getFileName().toString(), library);
    } catch (IOException e) {
      throw new SetupException("cannot read lesson file " + file + ": " + e.getMessage());
    }
  }

  /** Parses a lesson; {@code source} names it in messages. */
  public static Lesson parse(byte[] json, String source, PresetLibrary library) {
    JsonNode root;
    try {
      root = JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw new SetupException(source + ": not JSON (" + e.getOriginalMessage() + ", line "
          + e.getLocation().getLineNr() + ")");
    } catch (IOException e) {
      throw new SetupException(source + ": cannot be read as JSON (" + e.getMessage() + ")");
    }
    if (root == null || !root.isObject()) {
      throw new SetupException(source + ": a lesson file holds one JSON object {\"title\": …, \"scenes\": […]}");
    }
    for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!name.equals("title") && !name.equals("scenes")) {
        throw new SetupException(source + ": unknown field \"" + name + "\"; known fields: scenes, title");
      }
    }
    String title = text(root.get("title"), "title", source);
    JsonNode scenes = root.get("scenes");
    if (scenes == null || !scenes.isArray() || scenes.isEmpty()) {
      throw new SetupException(source + ": \"scenes\" must be a list of one scene or more [ {…}, {…} ]");
    }
    List<Lesson.Scene> out = new ArrayList<>();
    for (int i = 0; i < scenes.size(); i++) {
      out.add(scene(scenes.get(i), source + ", scene " + (i + 1), i + 1, library));
    }
    return new Lesson(title, out);
  }

  private static Lesson.Scene scene(JsonNode node, String source, int number, PresetLibrary library) {
    if (!node.isObject()) {
      throw new SetupException(source + ": a scene is a JSON object {\"title\": …, …}");
    }
    ObjectNode fields = ((ObjectNode) node).deepCopy();
    String title = text(fields.remove("title"), "title", source);
    JsonNode noteNode = fields.remove("note");
    if (noteNode != null && !noteNode.isTextual()) {
      throw new SetupException(source + ": the field \"note\" must be text");
    }
    String note = noteNode == null ? "" : noteNode.asText();
    Question question = question(fields.remove("question"), source);
    JsonNode presetNode = fields.remove("preset");
    ObjectNode scenario;
    if (presetNode != null) {
      Preset base = library.byName(text(presetNode, "preset", source)).orElseThrow(() -> new SetupException(source
          + ": unknown preset " + Quote.of(presetNode.asText()) + " (see: gdviz presets)"));
      scenario = base(base, source);
      fields.fields().forEachRemaining((Map.Entry<String, JsonNode> f) -> scenario.set(f.getKey(), f.getValue()));
    } else {
      scenario = fields;
      if (!scenario.has("name")) {
        scenario.put("name", "scene-" + number);
      }
    }
    if (!node.has("description")) { // the scene's own words, not its preset's (which name the preset's η)
      scenario.put("description", title);
    }
    try {
      return new Lesson.Scene(title, note, PresetLibrary.parse(JSON.writeValueAsBytes(scenario), source), question);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e); // a tree just read writes back
    }
  }

  /** {"ask": "outcome" | "race" | "next", "text": "…"}, or null. */
  private static Question question(JsonNode node, String source) {
    if (node == null) {
      return null;
    }
    if (!node.isObject() || !node.has("ask")) {
      throw new SetupException(source + ": \"question\" is {\"ask\": \"outcome\", \"race\" or \"next\", \"text\": …}");
    }
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!name.equals("ask") && !name.equals("text")) {
        throw new SetupException(source + ", question: unknown field \"" + name + "\"; known fields: ask, text");
      }
    }
    JsonNode text = node.get("text");
    return Question.of(node.get("ask").asText(), text == null ? null : text.asText(), source);
  }

  /** A shipped example's fields, to change some of them. */
  private static ObjectNode base(Preset preset, String source) {
    try {
      return (ObjectNode) JSON.readTree(PresetWriter.toJson(preset));
    } catch (IOException e) {
      throw new SetupException(source + ": cannot start from preset " + preset.name() + " (" + e.getMessage() + ")");
    }
  }

  private static String text(JsonNode node, String field, String source) {
    if (node == null || !node.isTextual() || node.asText().isBlank()) {
      throw new SetupException(source + ": the field \"" + field + "\" (text) is missing");
    }
    return node.asText();
  }
}
