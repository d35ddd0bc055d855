package gdviz.model.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import gdviz.model.SetupException;
import gdviz.model.preset.PresetLibrary;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Lesson files: scenes from shipped presets with fields changed, or whole scenarios; one clear message per problem. */
class LessonFilesTest {
  private static final PresetLibrary LIBRARY = PresetLibrary.builtIn();

  private static Lesson parse(String json) {
    return LessonFiles.parse(json.getBytes(StandardCharsets.UTF_8), "my.json", LIBRARY);
  }

  private static String problem(String json) {
    return assertThrows(SetupException.class, () -> parse(json)).getMessage();
  }

  @Test
  void theCourseWalksTheSeedSectionsInOrder() {
    Lesson course = LessonFiles.course(LIBRARY);
    assertEquals(19, course.scenes().size());
    assertEquals("f(x) = x², η = 0.2: it converges", course.scenes().get(0).title());
    assertEquals("quadratic-1d", course.scenes().get(0).scenario().name());
    assertEquals(0.05, course.scenes().get(1).scenario().base().eta(), "the preset with its η changed");
    assertEquals(10L, course.scenes().get(1).scenario().base().steps(), "the rest as the preset has it");
    assertEquals("η = 0.05: too small, it crawls", course.scenes().get(1).scenario().description(),
        "the scene's words, not the preset's (which name η = 0.2)");
    assertEquals("basins", course.scenes().get(17).scenario().name());
    assertEquals("grid:7x7", course.scenes().get(18).scenario().view().starts(), "the closing scene: many starts");
    Question q = course.scenes().get(3).question();
    assertEquals(Question.Ask.OUTCOME, q.ask());
    assertEquals(0L, course.scenes().get(3).asked().base().steps(), "asked: the start only, nothing given away");
    assertEquals(10L, course.scenes().get(3).scenario().base().steps());
    assertEquals(java.util.List.of("gd", "momentum", "nesterov", "adagrad", "rmsprop", "adadelta", "adam"),
        course.scenes().get(15).question().choices(java.util.List.of("gd", "momentum", "nesterov", "adagrad",
            "rmsprop", "adadelta", "adam")));
  }

  @Test
  void aSceneMayBeAWholeScenario() {
    Lesson l = parse("{\"title\": \"mine\", \"scenes\": [{\"title\": \"a bowl\", \"note\": \"n\", \"function\": "
        + "\"x^2 + 3*y^2\", \"start\": [1, 1], \"eta\": 0.1}]}");
    assertEquals("mine", l.title());
    assertEquals("scene-1", l.scenes().get(0).scenario().name());
    assertEquals("x^2 + 3*y^2", l.scenes().get(0).scenario().base().function());
    assertEquals("n", l.scenes().get(0).note());
  }

  @Test
  void problemsNameTheFileTheSceneAndTheField() {
    assertEquals("my.json, scene 2: unknown preset 'nope' (see: gdviz presets)", problem("{\"title\": \"t\", \"scenes\": "
        + "[{\"title\": \"a\", \"preset\": \"quadratic-1d\"}, {\"title\": \"b\", \"preset\": \"nope\"}]}"));
    assertEquals("my.json, scene 1: the field \"title\" (text) is missing",
        problem("{\"title\": \"t\", \"scenes\": [{\"preset\": \"quadratic-1d\"}]}"));
    assertEquals("my.json, scene 1, view: starts: 'grid:0x3' makes 0 starts; from 1 to 400", problem("{\"title\": \"t\", \"scenes\": [{\"title\": \"a\", \"preset\": \"basins\","
        + " \"view\": {\"starts\": \"grid:0x3\"}}]}"));
    assertEquals("my.json, scene 1, view: show: unknown \"basin\"; known: eigen, lossByDirection, bound, sweep,"
        + " momentumMap, seededRuns, basins, surface", problem("{\"title\": \"t\", \"scenes\": [{\"title\": \"a\","
        + " \"preset\": \"basins\", \"view\": {\"show\": [\"basin\"]}}]}"));
    assertEquals("my.json: unknown field \"scene\"; known fields: scenes, title",
        problem("{\"title\": \"t\", \"scene\": []}"));
    assertEquals("my.json: \"scenes\" must be a list of one scene or more [ {…}, {…} ]",
        problem("{\"title\": \"t\", \"scenes\": []}"));
    String typo = problem("{\"title\": \"t\", \"scenes\": [{\"title\": \"a\", \"preset\": \"quadratic-1d\", \"etta\": 1}]}");
    assertEquals(true, typo.startsWith("my.json, scene 1: unknown field \"etta\""), typo);
    assertEquals(true, problem("[1, 2]").startsWith("my.json: a lesson file holds one JSON object"));
    assertEquals(true, problem("{\"title\": ").startsWith("my.json: not JSON"));
  }

  @Test
  void aSavedLessonReadsBackTheSame() {
    Lesson course = LessonFiles.course(LIBRARY);
    Lesson back = LessonFiles.parse(LessonWriter.toJson(course), "saved.json", LIBRARY);
    assertEquals(course.title(), back.title());
    assertEquals(course.scenes().size(), back.scenes().size());
    for (int i = 0; i < course.scenes().size(); i++) {
      Lesson.Scene a = course.scenes().get(i);
      Lesson.Scene b = back.scenes().get(i);
      assertEquals(a.title(), b.title());
      assertEquals(a.note(), b.note());
      assertEquals(a.question(), b.question());
      assertEquals(new String(gdviz.model.preset.PresetWriter.toJson(a.scenario()), StandardCharsets.UTF_8),
          new String(gdviz.model.preset.PresetWriter.toJson(b.scenario()), StandardCharsets.UTF_8), "scene " + (i + 1));
    }
  }
}
