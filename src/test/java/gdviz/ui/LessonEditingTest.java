package gdviz.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import gdviz.model.lesson.Lesson;
import gdviz.model.lesson.LessonFiles;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/** A lesson built in the window: the state now added as a scene, scenes moved and deleted, the deck saved and read back. */
class LessonEditingTest extends WindowUnderTest {
  @Override
  protected String preset() {
    return "quadratic-1d";
  }

  private List<String> titles(FxRobot robot) {
    return onFx(robot, () -> view.lessons().lessonProperty().get().scenes().stream().map(Lesson.Scene::title).toList());
  }

  @Test
  void theWindowsStateBecomesAScene(FxRobot robot, @TempDir Path dir) throws Exception {
    robot.interact(() -> {
      model.method().etaProperty().set(0.33);
      view.pulse();
      view.contents().addScene("η = 0.33, my way", "try it"); // no lesson open: a new one
    });
    assertEquals(List.of("η = 0.33, my way"), titles(robot));
    robot.interact(() -> {
      model.presetProperty().set(LIBRARY.require("quadratic-2d"));
      view.pulse();
      view.contents().addScene("the bowl", "");
      view.lessons().go(0);
      view.contents().addScene("the start again", "");
    });
    assertEquals(List.of("η = 0.33, my way", "the start again", "the bowl"), titles(robot), "each after the one shown");
    robot.interact(() -> view.lessons().moveScene(1));
    assertEquals(List.of("η = 0.33, my way", "the bowl", "the start again"), titles(robot));
    robot.interact(view.lessons()::deleteScene);
    assertEquals(List.of("η = 0.33, my way", "the bowl"), titles(robot));
    Path file = dir.resolve("mine.json");
    robot.interact(() -> view.files().saveLesson(file));
    Lesson back = LessonFiles.read(file, LIBRARY);
    assertEquals(List.of("η = 0.33, my way", "the bowl"), back.scenes().stream().map(Lesson.Scene::title).toList());
    assertEquals(0.33, back.scenes().get(0).scenario().base().eta(), "the η dragged live, kept in the scene");
    assertEquals("try it", back.scenes().get(0).note());
    assertEquals("x1^2 + 2*x2^2", back.scenes().get(1).scenario().base().function());
    robot.interact(() -> view.lessons().go(0));
    assertEquals(0.33, (double) afterPulse(robot, () -> model.frameProperty().get().setup().eta()));
  }
}
