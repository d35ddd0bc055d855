package gdviz.ui.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gdviz.model.lesson.Lesson;
import gdviz.model.lesson.LessonFiles;
import gdviz.ui.WindowUnderTest;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** The course lesson walked by the keys a presentation clicker sends, as a teacher walks it in class. */
class LessonWalkTest extends WindowUnderTest {
  @Override
  protected String preset() {
    return "quadratic-2d";
  }

  private Lesson start(FxRobot robot) {
    Lesson course = LessonFiles.course(LIBRARY);
    robot.interact(() -> view.lessons().start(course));
    robot.clickOn("#lossPlot"); // no text field has the focus: the keys are the window's
    return course;
  }

  private String shownTitle(FxRobot robot) {
    return afterPulse(robot, () -> ((LessonStrip) robot.lookup("#lessonStrip").query()).shownTitle());
  }

  @Test
  void pageDownWalksTheScenesInOrderAndPageUpWalksBack(FxRobot robot) {
    Lesson course = start(robot);
    List<String> seen = new ArrayList<>();
    seen.add(shownTitle(robot));
    for (int i = 1; i < course.scenes().size(); i++) {
      robot.type(KeyCode.PAGE_DOWN);
      seen.add(shownTitle(robot));
    }
    assertEquals(course.scenes().stream().map(Lesson.Scene::title).toList(), seen);
    robot.type(KeyCode.PAGE_DOWN); // past the last: stays
    assertEquals(course.scenes().get(course.scenes().size() - 1).title(), shownTitle(robot));
    assertEquals("basins", onFx(robot, () -> model.presetProperty().get().name()), "the scene's own example is open");
    robot.type(KeyCode.PAGE_UP);
    assertEquals(course.scenes().get(course.scenes().size() - 2).title(), shownTitle(robot));
    assertEquals("Scene 18 of 19", onFx(robot, () -> ((LessonStrip) robot.lookup("#lessonStrip").query()).counter()
        .getText()));
  }

  @Test
  void movingOnAndBackRestoresTheSceneNotTheLiveChanges(FxRobot robot) {
    start(robot);
    robot.type(KeyCode.PAGE_DOWN); // η = 0.05
    assertEquals(0.05, (double) onFx(robot, () -> model.method().etaProperty().get()));
    robot.interact(() -> {
      model.method().etaProperty().set(0.7); // the teacher drags η live
      model.setup().stepsTextProperty().set("30");
    });
    assertEquals(0.7, (double) afterPulse(robot, () -> model.frameProperty().get().setup().eta()));
    robot.type(KeyCode.PAGE_DOWN);
    assertEquals(0.8, (double) afterPulse(robot, () -> model.frameProperty().get().setup().eta()), "the next scene's η");
    robot.type(KeyCode.PAGE_UP);
    assertEquals(0.05, (double) afterPulse(robot, () -> model.frameProperty().get().setup().eta()),
        "back: the scene as prepared, not as left");
    assertEquals(10L, (long) afterPulse(robot, () -> model.frameProperty().get().setup().steps()));
  }

  @Test
  void theListJumpsToAnySceneAndTheLessonCanBeLeft(FxRobot robot) {
    Lesson course = start(robot);
    robot.interact(() -> view.lessons().go(10));
    assertEquals(course.scenes().get(10).title(), shownTitle(robot));
    assertEquals("linreg-20pts", onFx(robot, () -> model.presetProperty().get().name()));
    assertTrue(onFx(robot, () -> ((LessonStrip) robot.lookup("#lessonStrip").query()).note().getText())
        .contains("0.5157894736842105"));
    robot.clickOn("#lessonClose");
    assertFalse(onFx(robot, () -> robot.lookup("#lessonStrip").query().isVisible()), "no strip without a lesson");
    assertEquals("linreg-20pts", onFx(robot, () -> model.presetProperty().get().name()), "the scene shown stays");
    robot.type(KeyCode.PAGE_DOWN); // no lesson: nothing happens
    assertEquals("linreg-20pts", onFx(robot, () -> model.presetProperty().get().name()));
  }

  /** η = 1.1 asked first: the start only; hands counted; Q reveals — the run plays and the answer is marked. */
  @Test
  void aQuestionIsAnsweredThenRevealed(FxRobot robot) {
    start(robot);
    robot.interact(() -> view.lessons().go(3));
    assertEquals(1, (int) afterPulse(robot, () -> model.frameProperty().get().trajectory().size()),
        "asked: no step taken, nothing on screen gives the answer away");
    assertEquals("", onFx(robot, () -> strip(robot).answerText()));
    assertFalse(afterPulse(robot, () -> view.plots().banner().isVisible()), "no divergence banner before Reveal");
    assertFalse(onFx(robot, () -> view.iterateSlider().isVisible()), "asked: nothing to step through, its row the plots'");
    assertFalse(onFx(robot, () -> view.etaSlider().decidingProperty().get()), "no band outlined before Reveal");
    assertFalse(onFx(robot, () -> model.frameProperty().get().outcome().message()).contains("diverg"));
    robot.clickOn("#choice-diverges").clickOn("#choice-diverges").clickOn("#choice-oscillates");
    assertEquals("2", robot.lookup("#count-diverges").queryAs(javafx.scene.control.TextField.class).getText());
    assertEquals("1", robot.lookup("#count-oscillates").queryAs(javafx.scene.control.TextField.class).getText());
    robot.clickOn("#lossPlot");
    robot.type(KeyCode.Q);
    assertEquals(11, (int) afterPulse(robot, () -> model.frameProperty().get().trajectory().size()), "the whole run");
    assertTrue(onFx(robot, () -> model.playingProperty().get()), "Reveal plays it");
    String answer = afterPulse(robot, () -> strip(robot).answerText());
    assertTrue(answer.startsWith("Answer: diverges: diverging (stopped after 10 steps"), answer);
    assertTrue(answer.endsWith(" — 2 of 3 hands"), "the hands for the right answer: " + answer);
    assertFalse(afterPulse(robot, () -> view.plots().banner().isVisible()),
        "the answer's line says it diverges: the banner's row stays the plot's");
    assertTrue(onFx(robot, () -> view.iterateSlider().isVisible()), "the run to step through");
    assertTrue(onFx(robot, () -> view.etaSlider().decidingProperty().get()), "the η band that decided it, outlined");
    int paints = onFx(robot, () -> view.etaSlider().stripPaints());
    robot.interact(() -> model.method().etaProperty().set(0.3)); // into the monotone band: the outline follows
    assertEquals(paints + 1, (int) afterPulse(robot, () -> view.etaSlider().stripPaints()));

    assertTrue(robot.lookup("#choice-diverges").queryButton().getStyle().contains("#2e7d32"), "the right choice marked");
    assertEquals("2", robot.lookup("#count-diverges").queryAs(javafx.scene.control.TextField.class).getText(),
        "the hands stay");
    robot.type(KeyCode.Q); // revealed already: nothing more
    robot.type(KeyCode.PAGE_UP);
    robot.type(KeyCode.PAGE_DOWN);
    assertEquals(11, (int) afterPulse(robot, () -> model.frameProperty().get().trajectory().size()),
        "back to a revealed scene: shown revealed");
    robot.type(KeyCode.PAGE_DOWN);
    assertFalse(afterPulse(robot, () -> view.etaSlider().decidingProperty().get()), "the next scene: no question");
  }

  /** Where does x₁ land? Clicks on the plot are guesses (the start stays); Q shows the first step and how far each guess is. */
  @Test
  void guessesClickedOnThePlotAreMeasuredAgainstTheNextIterate(FxRobot robot) {
    start(robot);
    robot.interact(() -> view.lessons().go(6));
    assertEquals("0 guesses", robot.lookup("#guessCount").queryAs(javafx.scene.control.Label.class).getText());
    double[] before = onFx(robot, () -> model.frameProperty().get().setup().start());
    robot.clickOn("#functionPlot"); // the presenter clicks a student's answer
    assertEquals("1 guess", robot.lookup("#guessCount").queryAs(javafx.scene.control.Label.class).getText());
    assertEquals(java.util.Arrays.toString(before), java.util.Arrays.toString(
        (double[]) afterPulse(robot, () -> model.frameProperty().get().setup().start())), "a guess, not a new start");
    robot.interact(() -> {
      view.lessons().guesses().clear();
      view.lessons().addGuess(new double[] {-4, -1.5});
      view.lessons().addGuess(new double[] {-3, -1.2});
    });
    robot.type(KeyCode.Q);
    assertEquals(1, (int) afterPulse(robot, () -> model.frameProperty().get().current()), "the first step, paused");
    assertEquals("Answer: x₁ = (-4, -1.2): guess 1 is 0.3 away, guess 2 is 1 away; the closest: guess 1",
        afterPulse(robot, () -> strip(robot).answerText()));
  }

  /** A race asked: its choices stand for the legend (folded); answered: the legend is back in the choices' place. */
  @Test
  void aRaceFoldsTheLegendWhileItIsAsked(FxRobot robot) {
    start(robot);
    robot.interact(() -> view.lessons().go(15));
    assertFalse(afterPulse(robot, () -> view.legend().isVisible()), "the seven choices name the runs");
    assertTrue(onFx(robot, () -> shown(robot.lookup("#choice-adam").query())));
    robot.clickOn("#choice-adam").clickOn("#choice-gd");
    robot.clickOn("#lossPlot");
    robot.type(KeyCode.Q);
    robot.interact(() -> model.playback().end());
    String answer = afterPulse(robot, () -> strip(robot).answerText());
    assertTrue(answer.startsWith("Answer: none converged; adam ends lowest"), answer);
    assertTrue(answer.endsWith(" — 1 of 2 hands"), answer);
    assertTrue(afterPulse(robot, () -> view.legend().isVisible()), "answered: the legend is back");
    assertFalse(onFx(robot, () -> {
      view.root().applyCss();
      view.root().layout();
      return shown(robot.lookup("#choice-adam").query());
    }), "the choices' row is the legend's again; the answer names the winner and its hands");
  }

  private static boolean shown(javafx.scene.Node n) {
    for (javafx.scene.Node p = n; p != null; p = p.getParent()) {
      if (!p.isVisible()) {
        return false;
      }
    }
    return true;
  }

  private static LessonStrip strip(FxRobot robot) {
    return robot.lookup("#lessonStrip").query();
  }
}
