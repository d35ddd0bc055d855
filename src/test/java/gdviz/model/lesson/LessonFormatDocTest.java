package gdviz.model.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The lesson format's README (resources/lessons/README.md) has a row for every field a lesson file,
 * a scene and a question may have, and a line for every kind of question: a field or a kind added
 * without its words fails here, naming it.
 */
class LessonFormatDocTest {
  @Test
  void theReadmeNamesEveryFieldAndEveryKindOfQuestion() throws Exception {
    String doc = Files.readString(Path.of("resources/lessons/README.md"));
    List<String> missing = new ArrayList<>();
    for (String field : List.of("title", "scenes", "note", "question", "preset", "ask", "text")) {
      if (!doc.contains("| `" + field + "` |")) {
        missing.add("the row of `" + field + "`");
      }
    }
    for (Question.Ask a : Question.Ask.values()) {
      if (!doc.contains("- `\"ask\": \"" + a.id() + "\"`")) {
        missing.add("the line of \"ask\": \"" + a.id() + "\"");
      }
    }
    assertEquals(List.of(), missing);
  }
}
