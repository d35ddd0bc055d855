package gdviz.ui.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gdviz.app.CliTestAccess;
import gdviz.model.SetupException;
import gdviz.plot.Figure;
import gdviz.plot.Viewport;
import gdviz.ui.WindowUnderTest;
import gdviz.ui.files.ExportDialog;
import gdviz.ui.playback.Frame;
import gdviz.ui.runs.ComparedRun;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/** Export, CSV and scenario files from the app (the file dialogs only choose the path these take). */
class FileActionsTest extends WindowUnderTest {
  @Override
  protected String preset() {
    return "quadratic-2d";
  }

  private interface FxWork<T> {
    T get() throws Exception;
  }

  private <T> T doOnFx(FxRobot robot, FxWork<T> work) {
    Object[] out = new Object[1];
    Exception[] failure = new Exception[1];
    robot.interact(() -> {
      try {
        view.pulse();
        out[0] = work.get();
        view.pulse();
      } catch (Exception e) {
        failure[0] = e;
      }
    });
    if (failure[0] instanceof RuntimeException r) {
      throw r;
    }
    if (failure[0] != null) {
      throw new AssertionError(failure[0]);
    }
    return (T) out[0];
  }

  @Test
  void exportsTheCurrentViewAsAPng(FxRobot robot, @TempDir Path dir) throws Exception {
    robot.interact(model.playback()::end);
    Path file = dir.resolve("view.png");
    doOnFx(robot, () -> {
      view.files().export(file, new ExportDialog.Settings(Figure.View.ALL, "png", 600, 450, 2, true, 1));
      return null;
    });
    BufferedImage image = ImageIO.read(file.toFile());
    assertEquals(1200, image.getWidth());
    assertEquals(900, image.getHeight());
    Path gif = dir.resolve("view.gif");
    doOnFx(robot, () -> {
      view.files().export(gif, new ExportDialog.Settings(Figure.View.FUNCTION, "gif", 300, 220, 1, false, 4));
      return null;
    });
    assertTrue(Files.size(gif) > 1000);
  }

  /** Distinct colours in a rectangle of the image, in steps of 3 pixels (a heat map has hundreds). */
  private static long colours(BufferedImage image, java.awt.geom.Rectangle2D r) {
    java.util.Set<Integer> seen = new java.util.HashSet<>();
    for (int y = (int) r.getMinY() + 4; y < r.getMaxY() - 4; y += 3) {
      for (int x = (int) r.getMinX() + 4; x < r.getMaxX() - 4; x += 3) {
        seen.add(image.getRGB(x, y));
      }
    }
    return seen.size();
  }

  @Test
  void whatTheWindowShowsIsWhatTheFigureDrawsInTheSamePlaces(FxRobot robot, @TempDir Path dir) throws Exception {
    robot.interact(() -> { // wide enough for the lab's three plots side by side under the function plot
      var window = view.root().getScene().getWindow();
      window.setX(0);
      window.setY(0);
      window.setWidth(1900);
      window.setHeight(1100);
      model.presetProperty().set(LIBRARY.require("stability")); // the lab: sweep and momentum map
    });
    robot.interact(model.playback()::end);
    gdviz.plot.ShownPlots shown = doOnFx(robot, () -> view.plots().shownPlots());
    assertEquals(java.util.Set.of("function", "loss", "sweep", "momentum map"), java.util.Set.copyOf(shown.names()), "the plots the window shows: " + shown.plots().stream().map(p -> p.name() + " " + p.x() + "," + p.y() + " " + p.width() + "x" + p.height()).toList());
    Path file = dir.resolve("lab.png");
    Path classic = dir.resolve("classic.png");
    // no title, no caption, one run: the plots take the whole figure
    doOnFx(robot, () -> {
      view.files().export(file, new ExportDialog.Settings(Figure.View.SHOWN, "png", 900, 675, 1, false, 1,
          gdviz.plot.PlotTheme.LIGHT, ""));
      view.files().export(classic, new ExportDialog.Settings(Figure.View.ALL, "png", 900, 675, 1, false, 1,
          gdviz.plot.PlotTheme.LIGHT, ""));
      return null;
    });
    BufferedImage lab = ImageIO.read(file.toFile());
    BufferedImage plain = ImageIO.read(classic.toFile());
    var map = shown.plots().stream().filter(p -> p.name().equals("momentum map")).findFirst().orElseThrow();
    var where = shown.placed(map, 900, 675);
    double screenRight = (map.x() + map.width()) / shown.width();
    assertEquals(screenRight, where.getMaxX() / 900, 0.01, "the map is where the window has it, right to left");
    assertEquals(map.y() / shown.height(), where.getMinY() / 675, 0.01, "and top to bottom");
    // its lower part: the function-and-loss figure has its loss plot there (curves on paper)
    var lower = new java.awt.geom.Rectangle2D.Double(where.getX(), 0.72 * 675, where.getWidth(), where.getMaxY() - 0.72 * 675);
    // (a heat map: some 500 colours in a 3-pixel sample; curves, ticks and text: about 120)
    assertTrue(colours(lab, lower) > 300, "the momentum map's heat map is in the figure: " + colours(lab, lower));
    assertTrue(colours(plain, lower) < 200, "the function-and-loss figure has no map there: " + colours(plain, lower));
    var function = shown.placed(shown.plots().get(0), 900, 675);
    assertTrue(colours(lab, function) > 300, "the contour plot's heat map too: " + colours(lab, function));
  }

  @Test
  void copyFigurePutsWhatTheWindowShowsOnTheClipboardAsAnImage(FxRobot robot) {
    robot.interact(() -> javafx.scene.input.Clipboard.getSystemClipboard().clear());
    robot.interact(model.playback()::end);
    robot.interact(() -> view.files().copyFigure());
    robot.interact(() -> { }); // the image is put on the clipboard on the FX thread once drawn
    var image = doOnFx(robot, () -> javafx.scene.input.Clipboard.getSystemClipboard().getImage());
    assertNotNull(image, "an image on the clipboard");
    assertEquals(2 * 900, image.getWidth(), "the export dialog's width, 2× finer");
    String status = doOnFx(robot, () -> ((javafx.scene.control.Label) view.root().lookup("#statusMessage")).getText());
    assertTrue(status.startsWith("copied the figure"), status);
  }

  @Test
  void iteratesAsCsvHaveTheColumnsAndNumbersOfTheCommandLine(FxRobot robot, @TempDir Path dir) throws Exception {
    Path file = dir.resolve("iterates.csv");
    doOnFx(robot, () -> {
      view.files().saveIterates(file);
      return null;
    });
    String cli = CliTestAccess.run("run", "--preset", "quadratic-2d");
    assertEquals(cli, Files.readString(file));
  }

  @Test
  void aScenarioSavedAndOpenedAgainRestoresTheSetupAndTheView(FxRobot robot, @TempDir Path dir) throws Exception {
    robot.interact(() -> {
      model.method().etaProperty().set(0.3);
      model.setup().startTextProperty().set("-4, 1");
      model.method().methodProperty().set(gdviz.model.optim.Methods.require("momentum"));
      model.method().knobs().put("beta", (Object) (double) 0.5);
      model.playback().end();
    });
    Viewport world = doOnFx(robot, () -> view.functionPlot().world());
    Path file = dir.resolve("mine.json");
    doOnFx(robot, () -> {
      view.files().saveScenario(file);
      return null;
    });
    robot.interact(() -> model.presetProperty().set(LIBRARY.require("quadratic-1d")));
    assertEquals(1, model.selected().objectiveProperty().get().dimension());
    doOnFx(robot, () -> {
      view.files().openScenario(file);
      return null;
    });
    assertEquals(0.3, model.method().etaProperty().get(), 0.0);
    assertEquals("-4, 1", model.setup().startTextProperty().get());
    assertEquals(gdviz.model.optim.Methods.require("momentum"), model.method().methodProperty().get());
    assertEquals(0.5, model.method().number("beta"), 0.0);
    assertEquals("quadratic-2d", model.presetProperty().get().name());
    Viewport reopened = doOnFx(robot, () -> view.functionPlot().world());
    assertEquals(world.xMin(), reopened.xMin(), 1e-12, "the saved view, not a new fit");
    assertEquals(world.yMax(), reopened.yMax(), 1e-12);
    // the file is a preset: the command line runs it too
    String out = CliTestAccess.run("run", "--preset-file", file.toString());
    assertTrue(out.startsWith("k,x1,x2,f,grad_norm\n0,-4.0,1.0,"), out);
  }

  @Test
  void aComparisonSurvivesTheRoundTrip(FxRobot robot, @TempDir Path dir) {
    robot.interact(() -> model.presetProperty().set(LIBRARY.require("quadratic-1d")));
    robot.interact(model::compareLearningRates);
    Path file = dir.resolve("eta.json");
    doOnFx(robot, () -> {
      view.files().saveScenario(file);
      return null;
    });
    robot.interact(() -> model.presetProperty().set(LIBRARY.require("quadratic-2d")));
    doOnFx(robot, () -> {
      view.files().openScenario(file);
      return null;
    });
    assertEquals(List.of("η = 0.05 (crawls)", "η = 0.2 (converges)", "η = 1.1 (diverges)"),
        model.runs().list().stream().map(ComparedRun::label).toList());
    Frame frame = doOnFx(robot, () -> model.frameProperty().get());
    assertEquals(1.1, frame.runs().get(2).setup().eta(), 0.0);
  }

  @Test
  void aCorruptOrForeignFileGivesAClearMessageAndChangesNothing(FxRobot robot, @TempDir Path dir) throws Exception {
    robot.interact(() -> model.method().etaProperty().set(0.25));
    Path corrupt = dir.resolve("corrupt.json");
    Files.writeString(corrupt, "{\"name\": \"x\", \"description\": \"y\", \"eta\": ");
    Path foreign = dir.resolve("foreign.json");
    Files.writeString(foreign, "{\"@type\": \"java.lang.ProcessBuilder\", \"command\": [\"rm\"]}");
    Path binary = dir.resolve("picture.json");
    Files.write(binary, new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0});
    for (Path file : List.of(corrupt, foreign, binary)) {
      SetupException e = assertThrows(SetupException.class, () -> doOnFx(robot, () -> {
        view.files().openScenario(file);
        return null;
      }));
      assertNotNull(e.getMessage());
      assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
      assertEquals("quadratic-2d", model.presetProperty().get().name(), "nothing changed");
      assertEquals(0.25, model.method().etaProperty().get(), 0.0);
    }
  }
}
