package gdviz.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gdviz.engine.DescentRun;
import gdviz.engine.RunResult;
import gdviz.engine.Trajectory;
import gdviz.model.analysis.Outcome;
import gdviz.ui.playback.Frame;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.testfx.api.FxRobot;

/**
 * The window under abuse, with the real worker thread and the real frame pump: a slider hammered
 * a thousand times, absurd settings, long runs streaming in. What is asserted does not depend on
 * the machine's speed or load: every run ends labelled, the window ends showing exactly the newest
 * run, nothing throws. Waits poll and fail only on a true hang. How long the FX thread takes to
 * answer meanwhile is measured by {@link FxWatchdogStressTest} ({@code -Pstress}), not here.
 */
class HammeredUiTest extends WindowUnderTest {
  protected final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "gdviz-runs");
    t.setDaemon(true);
    return t;
  });

  @Override
  protected String preset() {
    return "quadratic-2d";
  }

  @Override
  protected java.util.concurrent.Executor worker() {
    return worker;
  }

  @Override
  protected gdviz.engine.Workers workers() {
    return gdviz.engine.Workers.threads();
  }

  /** Shortcuts and the real AnimationTimer frame pump. */
  @Override
  protected void wire(Scene scene) {
    view.attach(scene);
  }

  @BeforeEach
  void waitForTheFirstFrame(FxRobot robot, TestInfo test) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    boolean drawn = false;
    while (!drawn && System.nanoTime() < deadline) {
      boolean[] d = new boolean[1];
      robot.interact(() -> d[0] = model.frameProperty().get() != null
          && view.functionPlot().lastDrawn().count() > 0);
      drawn = d[0];
      Thread.sleep(20);
    }
    assertTrue(drawn, "the window drew its first frame");
    beforeScenario(robot, test.getDisplayName());
  }

  @AfterEach
  void stop() {
    afterScenario();
    worker.shutdownNow();
  }

  /** Before each scenario, once the window has drawn: nothing here (the watchdog warms up and starts). */
  protected void beforeScenario(FxRobot robot, String name) throws Exception {}

  /** After each scenario's assertions (the watchdog checks what it measured). */
  protected void afterScenario() {}

  /** Steps of the longest run streamed into the window (10⁷ with {@code -Pstress}). */
  protected int longRunSteps() {
    return 2_000_000;
  }

  /** Waits until the frame shows a finished run of {@code iterates}, all of them; false if it never does. */
  protected boolean allShown(FxRobot robot, int iterates, int seconds) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    while (System.nanoTime() < deadline) {
      boolean[] d = new boolean[1];
      robot.interact(() -> {
        var f = model.frameProperty().get();
        d[0] = f != null && f.outcome() != null && f.shown() == iterates;
      });
      if (d[0]) {
        return true;
      }
      Thread.sleep(20);
    }
    return false;
  }

  /** Waits until the frame shows a finished run from {@code x1} (first coordinate) at {@code eta}. */
  private Frame settled(FxRobot robot, double eta, double x1) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (System.nanoTime() < deadline) {
      Object[] out = new Object[1];
      robot.interact(() -> out[0] = model.frameProperty().get());
      Frame f = (Frame) out[0];
      if (f != null && f.setup().eta() == eta && f.setup().start()[0] == x1 && f.outcome() != null
          && f.shown() == f.trajectory().size()) {
        return f;
      }
      Thread.sleep(20);
    }
    throw new AssertionError("no finished run from x1 = " + x1 + " at η = " + eta);
  }

  @Test
  void absurdSettingsWithTheRealWorkerAreLabelledAndTheWindowStaysResponsive(FxRobot robot) throws Exception {
    robot.interact(() -> model.setup().stepsTextProperty().set("2000"));
    for (double eta : new double[] {1e12, 1e-12, 1e6, 1e-6}) {
      robot.interact(() -> model.method().etaProperty().set(eta));
      Frame f = settled(robot, eta, -5);
      Outcome.Kind kind = f.outcome().kind();
      if (eta >= 1e6) {
        assertEquals(Outcome.Kind.DIVERGED, kind, "η = " + eta + ": " + f.outcome().message());
        assertTrue(f.outcome().message().startsWith("diverged at step"), f.outcome().message());
      } else {
        assertEquals(Outcome.Kind.STOPPED, kind, "η = " + eta + " crawls: " + f.outcome().message());
      }
    }
    // a start at the bound of 1e150: runs, and ends with a label
    robot.interact(() -> model.setup().startTextProperty().set("1e150, -1e150"));
    Frame far = settled(robot, 1e-6, 1e150);
    // f = 3e300 is finite there, and η = 1e-6 barely moves it: it crawls, it does not diverge
    assertEquals("stopped after 2000 steps", far.outcome().message());
    // beyond it (±1e300), NaN and ∞ typed as a start: a message, and the last good run stays
    for (String bad : new String[] {"1e300, -1e300", "NaN, 0", "Infinity, 1", "1, -Infinity"}) {
      robot.interact(() -> model.setup().startTextProperty().set(bad));
      String[] error = new String[1];
      robot.interact(() -> error[0] = model.setup().startErrorProperty().get());
      assertFalse(error[0].isEmpty(), "'" + bad + "' is refused with a message");
    }
    // millions of steps on the worker: the window takes them in while they stream
    robot.interact(() -> {
      model.setup().startTextProperty().set("-5, -2");
      model.setup().stepsTextProperty().set(Integer.toString(longRunSteps()));
      model.method().etaProperty().set(1e-8);
    });
    Frame big = settled(robot, 1e-8, -5);
    assertEquals(longRunSteps() + 1, big.trajectory().size());
    assertEquals(List.of(), uncaught, "no exception");
  }

  @Test
  void aHammeredSliderEndsShowingExactlyAFreshRunAtTheFinalEta(FxRobot robot) throws Exception {
    robot.interact(() -> model.setup().stepsTextProperty().set("2000"));
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
    int changes = 0;
    double eta = 0.01;
    while (changes < 1000) {
      double value = 0.001 + 0.0004 * (changes % 1200) + 1e-7 * changes; // every value new
      eta = value;
      Platform.runLater(() -> model.method().etaProperty().set(value));
      changes++;
      if (changes % 2 == 0) {
        Thread.sleep(Math.max(0, (deadline - System.nanoTime()) / 1_000_000 / Math.max(1, (1000 - changes) / 2)));
      }
    }
    double last = eta;
    // let it settle: the frame shows the newest run, finished and drawn
    long settle = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    Frame frame = null;
    while (System.nanoTime() < settle) {
      Object[] out = new Object[1];
      robot.interact(() -> out[0] = model.frameProperty().get());
      frame = (Frame) out[0];
      if (frame != null && frame.setup().eta() == last && frame.outcome() != null
          && frame.shown() == frame.trajectory().size()) {
        break;
      }
      Thread.sleep(20);
    }
    assertEquals(1000, changes);
    assertEquals(last, model.method().etaProperty().get(), 0.0, "the final η");
    assertEquals(last, frame.setup().eta(), 0.0, "the frame is the final η's run, no stale run won");
    RunResult fresh = DescentRun.run(frame.setup());
    Trajectory shown = frame.trajectory();
    assertEquals(fresh.trajectory().size(), shown.size());
    for (int k = 0; k < shown.size(); k++) {
      assertEquals(fresh.trajectory().x(k, 0), shown.x(k, 0), 0.0);
      assertEquals(fresh.trajectory().x(k, 1), shown.x(k, 1), 0.0);
    }
    Thread.sleep(100);
    var rows = view.iterates().table().getItems();
    assertEquals(Math.min(gdviz.ui.table.IterateRows.WINDOW, shown.size()), rows.size(), "the table's window of rows");
    assertEquals(shown.size() - 1, (int) rows.get(rows.size() - 1), "ending at this run's last iterate");
    // what the cells draw on screen (their text nodes, after layout), not only what they were told
    List<String> wrong = new java.util.ArrayList<>();
    int[] checked = new int[1];
    robot.interact(() -> view.iterates().table().lookupAll(".table-cell").stream()
        .map(n -> (javafx.scene.control.TableCell<?, ?>) n)
        .filter(c -> c.isVisible() && c.getParent() != null && c.getParent().isVisible() && !c.isEmpty()
            && c.getItem() != null)
        .forEach(c -> {
          int k = (Integer) c.getItem();
          String drawn = c.getChildrenUnmodifiable().stream().filter(n -> n instanceof javafx.scene.text.Text)
              .map(n -> ((javafx.scene.text.Text) n).getText()).findFirst().orElse("");
          // the run's number, in as many digits as the cell has room for: never cut, never stale
          String expected = switch (c.getTableColumn().getText()) {
            case "f" -> gdviz.model.format.Numbers.fit(fresh.trajectory().value(k), drawn.length());
            case "η" -> k == 0 ? "" : gdviz.model.format.Numbers.fit(fresh.trajectory().eta(k), drawn.length());
            case "k" -> Integer.toString(k);
            default -> null;
          };
          boolean same = expected == null || drawn.equals(expected);
          checked[0]++;
          if (!same) {
            wrong.add(c.getTableColumn().getText() + " of iterate " + k + ": drawn '" + drawn + "', run has '"
                + expected + "'");
          }
        }));
    assertTrue(checked[0] > 20, "cells checked: " + checked[0]);
    assertEquals(List.of(), wrong, "the table draws the final run's numbers");
    assertEquals(List.of(), uncaught, "no exception");
  }

  @Test
  void aMillionStepRunStreamsInWithoutBlockingTheWindow(FxRobot robot) throws Exception {
    robot.interact(() -> {
      model.setup().stepsTextProperty().set("1000000");
      model.method().etaProperty().set(1e-6);
    });
    assertTrue(allShown(robot, 1_000_001, 120), "all million iterates shown");
    assertEquals(List.of(), uncaught);
  }
}
