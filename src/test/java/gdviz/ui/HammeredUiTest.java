package gdviz.ui;

import gdviz.ui.playback.Frame;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerLight;
import gdviz.engine.DescentRun;
import gdviz.engine.RunResult;
import gdviz.engine.Trajectory;
import gdviz.model.Outcome;
import gdviz.model.preset.PresetLibrary;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The window under abuse, with the real worker thread and the real frame pump: a slider hammered
 * a thousand times, long runs streaming in. A watchdog measures how long the FX thread takes to
 * answer a ping every 10 ms; it must never be blocked for more than 100 ms.
 */
@ExtendWith(ApplicationExtension.class)
class HammeredUiTest {
  private static final PresetLibrary LIBRARY = PresetLibrary.builtIn();
  private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "gdviz-runs");
    t.setDaemon(true);
    return t;
  });
  private final List<Throwable> uncaught = new ArrayList<>();
  private MainViewModel model;
  private MainView view;
  private Watchdog watchdog;
  private String testName;

  @Start
  void start(Stage stage) {
    Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
    model = new MainViewModel(LIBRARY, worker);
    view = new MainView(model);
    Scene scene = new Scene(view.root(), 1400, 880);
    view.attach(scene); // shortcuts and the real AnimationTimer frame pump
    model.presetProperty().set(LIBRARY.require("quadratic-2d"));
    stage.setScene(scene);
    stage.show();
  }

  /**
   * The watchdog judges the window in use: it starts once the first frame is drawn (start-up has its
   * own target) and the slider's and the streaming code paths have run once (a feature's first use
   * includes JIT compilation: BENCHMARKS.md reports it).
   */
  @BeforeEach
  void watch(FxRobot robot, org.junit.jupiter.api.TestInfo test) throws InterruptedException {
    testName = test.getDisplayName();
    Thread.setDefaultUncaughtExceptionHandler((t, e) -> uncaught.add(e));
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    boolean drawn = false;
    while (!drawn && System.nanoTime() < deadline) {
      boolean[] d = new boolean[1];
      robot.interact(() -> d[0] = model.frameProperty().get() != null
          && view.functionPlot().lastDrawn().count() > 0);
      drawn = d[0];
      Thread.sleep(20);
    }
    // warm up the slider's code path once (the JIT compiles it on first use), including runs that
    // diverge after a few steps (the table's rows then change), then watch
    for (int i = 0; i < 200; i++) {
      double value = i % 20 == 19 ? 5 + i : 0.2 + 0.001 * i;
      Platform.runLater(() -> model.method().etaProperty().set(value));
      Thread.sleep(i % 20 == 19 ? 40 : 2);
    }
    // and the streaming path once: a long run streams in (its first frames include the JIT
    // compiling the scans that follow a growing path), then the preset's own steps again
    String[] steps = new String[1];
    robot.interact(() -> {
      steps[0] = model.setup().stepsTextProperty().get();
      model.method().etaProperty().set(0.05);
      model.setup().stepsTextProperty().set("300000");
    });
    assertTrue(allShown(robot, 300_001, 30), "the warm-up run streamed in");
    robot.interact(() -> model.setup().stepsTextProperty().set(steps[0]));
    Platform.runLater(() -> model.method().etaProperty().set(0.1));
    Thread.sleep(1000);
    watchdog = new Watchdog();
  }

  @AfterEach
  void stop() {
    watchdog.stop();
    worker.shutdownNow();
    Thread.setDefaultUncaughtExceptionHandler(null);
  }

  /**
   * Pings the FX thread every 10 ms and keeps the longest wait: from posting the ping until the FX
   * thread runs it (read on the FX thread, so the watchdog's own wake-up is not counted).
   */
  private static final class Watchdog {
    private final AtomicLong worstNanos = new AtomicLong();
    private final long started = System.nanoTime();
    private volatile double worstAtMillis;
    /** Garbage-collection time (all collectors, all threads stopped or not) during the worst wait. */
    private volatile long worstGcMillis;
    private volatile boolean running = true;
    private final Thread thread;

    Watchdog() {
      thread = new Thread(() -> {
        while (running) {
          long gcBefore = gcMillis(); // before the clock starts: its first call loads the management beans
          long sent = System.nanoTime();
          java.util.concurrent.CountDownLatch answered = new java.util.concurrent.CountDownLatch(1);
          long[] answeredAt = new long[1];
          Platform.runLater(() -> {
            answeredAt[0] = System.nanoTime(); // the clock stops on the FX thread, not when this thread wakes
            answered.countDown();
          });
          try {
            if (!answered.await(50, TimeUnit.MILLISECONDS)) {
              stalls.add(fxStack()); // what kept the FX thread this long
            }
            if (!answered.await(5, TimeUnit.SECONDS)) {
              answeredAt[0] = System.nanoTime(); // never answered: at least this long
            }
            long waited = answeredAt[0] - sent;
            if (waited > worstNanos.get()) {
              worstNanos.set(waited);
              worstAtMillis = (sent - started) / 1e6;
              worstGcMillis = gcMillis() - gcBefore;
            }
            Thread.sleep(10);
          } catch (InterruptedException e) {
            return;
          }
        }
      }, "fx-watchdog");
      thread.setDaemon(true);
      thread.start();
    }

    double worstMillis() {
      return worstNanos.get() / 1e6;
    }

    String worst() {
      return String.format(java.util.Locale.ROOT, "%.1f ms, %.0f ms into the test (garbage collection meanwhile: %d ms)",
          worstMillis(), worstAtMillis, worstGcMillis);
    }

    /** The FX thread's stacks sampled while a ping waited 50 ms or more. */
    final List<String> stalls = java.util.Collections.synchronizedList(new ArrayList<>());

    private static String fxStack() {
      for (var e : Thread.getAllStackTraces().entrySet()) {
        String name = e.getKey().getName();
        if (name.equals("JavaFX Application Thread")) {
          StringBuilder b = new StringBuilder();
          for (StackTraceElement f : e.getValue()) {
            b.append("\n    at ").append(f);
          }
          return b.toString();
        }
      }
      return "(no FX thread)";
    }

    private static long gcMillis() {
      long total = 0;
      for (var gc : java.lang.management.ManagementFactory.getGarbageCollectorMXBeans()) {
        total += Math.max(0, gc.getCollectionTime());
      }
      return total;
    }

    void stop() {
      running = false;
      thread.interrupt();
    }
  }

  /**
   * The FX thread never keeps a ping waiting 100 ms or more, in every build; the worst wait and the
   * FX thread's stack during any wait of 50 ms or more are printed (README, "Reliability").
   */
  private void checkWatchdog() {
    System.out.println("FX watchdog, " + testName + ": longest wait " + watchdog.worst());
    for (String stall : List.copyOf(watchdog.stalls)) {
      System.out.println("FX thread during a wait of 50 ms or more:" + stall);
    }
    assertTrue(watchdog.worstMillis() < 100, "the FX thread's longest wait: " + watchdog.worst());
  }

  /** Waits until the frame shows a finished run of {@code iterates}, all of them; false if it never does. */
  private boolean allShown(FxRobot robot, int iterates, int seconds) throws InterruptedException {
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
    // ten million steps on the worker: the window keeps answering while they stream in
    robot.interact(() -> {
      model.setup().startTextProperty().set("-5, -2");
      model.setup().stepsTextProperty().set("10000000");
      model.method().etaProperty().set(1e-8);
    });
    Frame big = settled(robot, 1e-8, -5);
    assertEquals(10_000_001, big.trajectory().size());
    assertEquals(List.of(), uncaught, "no exception");
    checkWatchdog();
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
    long settle = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
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
    var rows = view.iterTable().getItems();
    assertEquals(Math.min(gdviz.ui.table.IterateRows.WINDOW, shown.size()), rows.size(), "the table's window of rows");
    assertEquals(shown.size() - 1, (int) rows.get(rows.size() - 1), "ending at this run's last iterate");
    // what the cells draw on screen (their text nodes, after layout), not only what they were told
    List<String> wrong = new java.util.ArrayList<>();
    int[] checked = new int[1];
    robot.interact(() -> view.iterTable().lookupAll(".table-cell").stream()
        .map(n -> (javafx.scene.control.TableCell<?, ?>) n)
        .filter(c -> c.isVisible() && c.getParent() != null && c.getParent().isVisible() && !c.isEmpty()
            && c.getItem() != null)
        .forEach(c -> {
          int k = (Integer) c.getItem();
          String drawn = c.getChildrenUnmodifiable().stream().filter(n -> n instanceof javafx.scene.text.Text)
              .map(n -> ((javafx.scene.text.Text) n).getText()).findFirst().orElse("");
          // the run's number, in as many digits as the cell has room for: never cut, never stale
          String expected = switch (c.getTableColumn().getText()) {
            case "f" -> gdviz.model.Numbers.fit(fresh.trajectory().value(k), drawn.length());
            case "η" -> k == 0 ? "" : gdviz.model.Numbers.fit(fresh.trajectory().eta(k), drawn.length());
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
    checkWatchdog();
  }

  @Test
  void aMillionStepRunStreamsInWithoutBlockingTheWindow(FxRobot robot) throws Exception {
    robot.interact(() -> {
      model.setup().stepsTextProperty().set("1000000");
      model.method().etaProperty().set(1e-6);
    });
    assertTrue(allShown(robot, 1_000_001, 60), "all million iterates shown");
    assertEquals(List.of(), uncaught);
    checkWatchdog();
  }
}
