package gdviz.model.lesson;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gdviz.model.preset.PresetWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Map;

/** A lesson as a lesson file: each scene its title, note, question and its whole scenario (what reads back the same). */
public final class LessonWriter {
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private LessonWriter() {}

  public static byte[] toJson(Lesson lesson) {
    try {
      ObjectNode root = JSON.createObjectNode();
      root.put("title", lesson.title());
      ArrayNode scenes = root.putArray("scenes");
      for (Lesson.Scene s : lesson.scenes()) {
        ObjectNode scene = scenes.addObject();
        scene.put("title", s.title());
        if (!s.note().isEmpty()) {
          scene.put("note", s.note());
        }
        if (s.question() != null) {
          scene.putObject("question").put("ask", s.question().ask().id()).put("text", s.question().text());
        }
        JsonNode scenario = JSON.readTree(PresetWriter.toJson(s.scenario()));
        for (Iterator<Map.Entry<String, JsonNode>> f = scenario.fields(); f.hasNext(); ) {
          Map.Entry<String, JsonNode> e = f.next();
          scene.set(e.getKey(), e.getValue());
        }
      }
      return JSON.writeValueAsBytes(root);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a tree in memory writes
    }
  }
}
