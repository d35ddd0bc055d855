package gdviz.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gdviz.engine.ManyStartRuns;
import gdviz.model.preset.Preset;
import gdviz.model.preset.PresetLibrary;
import gdviz.model.preset.PresetWriter;
import gdviz.plot.EndColours;
import gdviz.plot.Figure;
import gdviz.plot.PlotTheme;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * Many starts in the window: P (or View ▸ Many Starts, or the box under Playback) runs the
 * selected run from a grid or a ring of starts; each path is drawn as far as the step shown, in
 * the colour of where it ends; a scenario or a lesson scene opens with them and saves them.
 */
class ManyStartsWindowTest extends WindowUnderTest {
  @Override
  protected String preset() {
    return "basins";
  }

  private ManyStartRuns drawn(FxRobot robot) {
    return afterPulse(robot, () -> view.plots().manyStarts());
  }

  @Test
  void pDrawsTheRunFromTwentyFiveStartsColouredByWhereTheyEnd(FxRobot robot) {
    assertNull(drawn(robot), "off until asked");
    int alone = onFx(robot, () -> view.functionPlot().drawnPathCount());
    robot.interact(() -> view.root().requestFocus());
    robot.type(KeyCode.P);
    ManyStartRuns many = drawn(robot);
    assertNotNull(many, "computed (background work runs inline here)");
    assertEquals(25, many.runs().size(), "grid:5x5 unless asked otherwise");
    assertEquals(alone + 25, onFx(robot, () -> view.functionPlot().drawnPathCount()), "each start's path, and the run");
    // the same runs as the command line's: the selected run's setup from each start
    var setup = onFx(robot, () -> model.frameProperty().get().setup());
    ManyStartRuns expected = ManyStartRuns.run(setup, "grid:5x5", "test", () -> false);
    assertEquals(expected.ends().summary(), many.ends().summary());
    assertEquals(many.describe(setup.steps()), onFx(robot, () -> view.plots().lossPlot().note()),
        "the loss plot says where they ended");
    assertTrue(many.ends().summary().startsWith("ends: "), many.ends().summary());

    // at the start every path is its start only; at the end each as long as its run
    Figure atStart = afterPulse(robot, () -> view.contents().currentFigure(Figure.View.ALL, true, false));
    for (int i = 0; i < 25; i++) {
      Figure.Line l = atStart.runs().get(i);
      assertEquals(1, l.path().size(), "start " + i + " at step 0");
      int place = many.ends().place()[i];
      assertEquals(EndColours.of(place, PlotTheme.LIGHT), l.colour(), "coloured by where it ends");
      assertTrue(l.label().equals("diverged") || l.label().startsWith("ends at ("), l.label());
    }
    assertTrue(atStart.caption().contains("\n" + many.describe(setup.steps())), atStart.caption());
    robot.type(KeyCode.END);
    Figure atEnd = afterPulse(robot, () -> view.contents().currentFigure(Figure.View.ALL, false, false));
    for (int i = 0; i < 25; i++) {
      assertEquals(Math.min(setup.steps() + 1, many.runs().get(i).trajectory().size()),
          atEnd.runs().get(i).path().size(), "start " + i + " as far as the run is shown");
    }
    assertEquals(26, atEnd.runs().size(), "the starts and the run");

    robot.type(KeyCode.P);
    assertNull(drawn(robot), "P again: gone");
    assertEquals(alone, onFx(robot, () -> view.functionPlot().drawnPathCount()));
    assertEquals("", onFx(robot, () -> view.plots().lossPlot().note()));
  }

  /** A figure's lines carry the light page's colours, whatever the screen's theme: the painter maps them. */
  @Test
  void aFigureFromTheDarkWindowKeepsTheLightPagesColours(FxRobot robot) {
    robot.interact(() -> {
      view.appearance().themeProperty().set(PlotTheme.DARK);
      model.plotOptions().manyStartsProperty().set(true);
    });
    ManyStartRuns many = drawn(robot);
    Figure f = afterPulse(robot, () -> view.contents().currentFigure(Figure.View.ALL, false, true));
    for (int i = 0; i < many.runs().size(); i++) {
      assertEquals(EndColours.of(many.ends().place()[i], PlotTheme.LIGHT), f.runs().get(i).colour());
    }
  }

  @Test
  void theBoxUnderPlaybackTakesARing(FxRobot robot) {
    robot.interact(() -> {
      robot.lookup("#manyStartsBox").queryAs(javafx.scene.control.CheckBox.class).fire();
      @SuppressWarnings("unchecked")
      ComboBox<String> spec = robot.lookup("#startsSpec").queryAs(ComboBox.class);
      spec.setValue("ring:12");
    });
    assertEquals("ring:12", onFx(robot, () -> model.plotOptions().startsSpecProperty().get()));
    assertEquals(12, drawn(robot).runs().size());
    assertTrue(onFx(robot, () -> view.plots().lossPlot().note()).startsWith("12 starts (ring:12), coloured by where"));
  }

  @Test
  void startsThatDoNotFitTheFunctionAreNamed(FxRobot robot) {
    select(robot, "nonconvex-1d");
    robot.interact(() -> model.plotOptions().manyStartsProperty().set(true));
    assertNull(drawn(robot), "grid:5x5 does not fit one variable");
    assertEquals("many starts: 'grid:5x5': a function of one variable takes grid:N, e.g. grid:9",
        onFx(robot, () -> view.plots().lossPlot().note()));
    robot.interact(() -> model.plotOptions().startsSpecProperty().set("grid:9"));
    assertEquals(9, drawn(robot).runs().size(), "nine starts along the line");
  }

  @Test
  void aScenarioOpensWithItsStartsAndSavesThem(FxRobot robot) {
    Preset basins = LIBRARY.require("basins");
    var v = basins.view();
    Preset withStarts = new Preset("with-starts", "basins from a ring", basins.order(), basins.kind(), basins.base(),
        basins.runs(), basins.derivativeCheck(), new Preset.ViewSpec(v.xMin(), v.xMax(), v.yMin(), v.yMax(),
            v.xAxis(), v.yAxis(), v.lossLog(), v.hidden(), v.show(), "ring:8"));
    robot.interact(() -> view.contents().open(withStarts));
    assertTrue(onFx(robot, () -> model.plotOptions().manyStartsProperty().get()), "the scene turns them on");
    assertEquals(8, drawn(robot).runs().size());
    Preset saved = onFx(robot, () -> view.contents().scenario());
    assertEquals("ring:8", saved.view().starts());
    String json = new String(PresetWriter.toJson(saved), StandardCharsets.UTF_8);
    assertTrue(json.contains("\"starts\" : \"ring:8\""), json);
    assertEquals("ring:8", PresetLibrary.parse(json.getBytes(StandardCharsets.UTF_8), "saved").view().starts(), "read back the same");
    select(robot, "quadratic-2d");
    assertNull(drawn(robot), "an example without starts turns them off");
    assertNull(onFx(robot, () -> view.contents().scenario()).view().starts());
  }
}
