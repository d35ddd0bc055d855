package gdviz.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gdviz.app.CliTestAccess;
import gdviz.engine.Workers;
import gdviz.plot.Figure;
import gdviz.ui.files.ExportDialog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * Save and export as the menus run them: what is written is taken on the FX thread when asked for,
 * and the file is written later on the export thread, which reads nothing of the window. Here the
 * export thread's work waits in a queue while the window changes, then runs on a thread of its own.
 */
class SaveOnTheFxThreadTest extends WindowUnderTest {
  private final List<Runnable> exports = new ArrayList<>();

  @TempDir
  Path dir;

  @Override
  protected String preset() {
    return "quadratic-2d";
  }

  @Override
  protected Workers workers() {
    return (thread, lowPriority) -> thread.equals("gdviz-export") ? (Executor) exports::add : Runnable::run;
  }

  /** Runs what the export thread was given, on a thread that is not the FX thread. */
  private void writeQueued() throws InterruptedException {
    List<Runnable> queued = List.copyOf(exports);
    exports.clear();
    Thread t = new Thread(() -> queued.forEach(Runnable::run), "gdviz-export");
    t.start();
    t.join();
  }

  private List<String> legend(FxRobot robot) {
    return onFx(robot, () -> model.runs().list().stream().map(r -> r.label()).toList());
  }

  @Test
  void aScenarioIsTheSetupWhenSaveWasChosen(FxRobot robot) throws Exception {
    robot.interact(() -> model.method().etaProperty().set(0.3));
    Path file = dir.resolve("then.json");
    robot.interact(() -> view.files().saveScenario(file));
    robot.interact(() -> model.method().etaProperty().set(0.05)); // changed before the thread writes
    List<String> before = legend(robot);
    writeQueued();
    assertEquals(before, legend(robot), "the export thread changed nothing in the window");
    String json = Files.readString(file);
    assertTrue(json.contains("\"eta\" : 0.3"), json);
    robot.interact(() -> { }); // the status line is told on the FX thread
    assertEquals("saved then.json", onFx(robot, () -> ((javafx.scene.control.Label) view.root()
        .lookup("#statusMessage")).getText()));
  }

  @Test
  void theIteratesAreThoseComputedWhenSaveWasChosen(FxRobot robot) throws Exception {
    Path file = dir.resolve("iterates.csv");
    robot.interact(() -> view.files().saveIterates(file));
    robot.interact(() -> model.method().etaProperty().set(0.2));
    writeQueued();
    assertEquals(CliTestAccess.run("run", "--preset", "quadratic-2d"), Files.readString(file));
  }

  @Test
  void aFigureIsWhatTheScreenShowedWhenExportWasChosen(FxRobot robot) throws Exception {
    var settings = new ExportDialog.Settings(Figure.View.ALL, "png", 500, 380, 1, true, 1);
    robot.interact(model.playback()::end);
    Path now = dir.resolve("now.png");
    robot.interact(() -> view.files().export(now, settings));
    writeQueued();
    Path later = dir.resolve("later.png");
    robot.interact(() -> view.files().export(later, settings));
    robot.interact(() -> {
      model.method().etaProperty().set(0.45); // another run, another frame, another view
      model.setup().startTextProperty().set("3, 3");
      model.playback().reset();
      view.pulse();
    });
    writeQueued();
    assertArrayEquals(Files.readAllBytes(now), Files.readAllBytes(later), "the same picture");
  }
}
