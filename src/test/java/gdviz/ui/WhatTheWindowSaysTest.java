package gdviz.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gdviz.model.optim.Methods;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** What the window says about a run is what the run is: the description, the controls' heading. */
class WhatTheWindowSaysTest extends WindowUnderTest {
  @Override
  protected String preset() {
    return "quadratic-2d";
  }

  private String text(FxRobot robot, String id) {
    return onFx(robot, () -> robot.lookup(id).queryAs(Label.class).getText());
  }

  /** The description names the example's own settings; once they change it says which changed. */
  @Test
  void theDescriptionSaysWhatChangedSinceTheExampleOpened(FxRobot robot) {
    String opened = text(robot, "#presetDescription");
    assertTrue(!opened.contains("changed since"), opened);
    robot.interact(() -> {
      model.method().methodProperty().set(Methods.require("momentum"));
      model.setup().startTextProperty().set("3, 3");
      view.pulse();
    });
    String changed = text(robot, "#presetDescription");
    assertTrue(changed.endsWith("(as the example opened; changed since: the method (momentum), the start (3, 3))"),
        changed);
    robot.interact(() -> model.presetProperty().set(LIBRARY.require("quadratic-1d")));
    assertTrue(!text(robot, "#presetDescription").contains("changed since"), "another example: as it opened");
  }

  /**
   * η dragged: the description names the example's own η, so its text (and the controls' layout)
   * stays the same while the slider moves on.
   */
  @Test
  void aDraggedEtaKeepsTheDescriptionStill(FxRobot robot) {
    double own = onFx(robot, () -> model.method().etaProperty().get());
    robot.interact(() -> {
      model.method().etaProperty().set(0.05);
      view.pulse();
    });
    String changed = text(robot, "#presetDescription");
    assertTrue(changed.endsWith("changed since: η (was " + gdviz.model.format.Numbers.format(own) + "))"), changed);
    robot.interact(() -> {
      model.method().etaProperty().set(0.07);
      view.pulse();
    });
    assertEquals(changed, text(robot, "#presetDescription"), "the same words at another η");
  }

  /** Compare, then change the middle run's η: the heading names the run as the legend does. */
  @Test
  void theControlsHeadingFollowsTheRunsNewName(FxRobot robot) {
    robot.interact(model::compareLearningRates);
    String before = text(robot, "#methodHeading");
    assertTrue(before.startsWith("Method of η = "), before);
    robot.interact(() -> {
      model.method().etaProperty().set(1e-4);
      view.pulse();
    });
    String label = onFx(robot, () -> model.runs().selected().label());
    assertEquals("gd, η = 0.00010", label, "renamed after its method and η");
    assertEquals("Method of " + label, text(robot, "#methodHeading"));
  }

  /**
   * Nelder–Mead uses no gradient and no η: no −∇f arrow, no η slider with its bands, and its step by
   * hand says what the simplex did, with its vertices and their f.
   */
  @Test
  void nelderMeadIsShownAsWhatItDoes(FxRobot robot) {
    assertTrue(onFx(robot, () -> view.etaSlider().isVisible()), "gd: the η slider");
    assertTrue(onFx(robot, () -> view.functionPlot().lastDrawn().arrow().length) > 0, "gd: the −∇f arrow");
    robot.interact(() -> {
      model.method().methodProperty().set(Methods.require("neldermead"));
      model.playback().end();
      view.pulse();
    });
    assertTrue(!onFx(robot, () -> view.etaSlider().isVisible()), "no η slider, no bands");
    assertEquals(0, (int) onFx(robot, () -> view.functionPlot().lastDrawn().arrow().length), "no −∇f arrow");
    String step = onFx(robot, () -> view.iterates().stepText().getText().replace('\u00A0', ' '));
    assertTrue(!step.contains("∇f(x"), "no gradient in its step: " + step);
    assertTrue(step.contains("neldermead uses values of f only, no gradient and no η"), step);
    assertTrue(step.contains("the Nelder–Mead simplex: "), step);
    assertTrue(step.matches("(?s).*\\n  \\([^)]*\\)  f = [-0-9.e]+\\n  \\([^)]*\\)  f = .*"), "its vertices with f: " + step);
  }
}
