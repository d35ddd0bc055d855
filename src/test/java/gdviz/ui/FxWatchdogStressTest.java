package gdviz.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.application.Platform;
import org.testfx.api.FxRobot;

/**
 * The scenarios of {@link HammeredUiTest} with a watchdog on the FX thread: the longest wait from
 * posting a ping to the FX thread running it must stay below 100 ms. A timing, so only in
 * {@code ./mvnw -B -Pstress test} (in a JVM of its own, as the app runs), never in the default build:
 * on a busy machine the same code waits longer. What it found: BENCHMARKS.md.
 */
class FxWatchdogStressTest extends HammeredUiTest {
  private FxWatchdog watchdog;
  private String name;

  @Override
  protected int longRunSteps() {
    return 10_000_000;
  }

  /**
   * The watchdog judges the window in use: it starts once the slider's and the streaming code paths
   * have run once (a feature's first use includes JIT compilation: BENCHMARKS.md reports it).
   */
  @Override
  protected void beforeScenario(FxRobot robot, String name) throws Exception {
    this.name = name;
    for (int i = 0; i < 200; i++) { // diverging runs too (the table's rows then change)
      double value = i % 20 == 19 ? 5 + i : 0.2 + 0.001 * i;
      Platform.runLater(() -> model.method().etaProperty().set(value));
      Thread.sleep(i % 20 == 19 ? 40 : 2);
    }
    String[] steps = new String[1];
    robot.interact(() -> {
      steps[0] = model.setup().stepsTextProperty().get();
      model.method().etaProperty().set(0.05);
      model.setup().stepsTextProperty().set("300000");
    });
    assertTrue(allShown(robot, 300_001, 60), "the warm-up run streamed in");
    robot.interact(() -> model.setup().stepsTextProperty().set(steps[0]));
    Platform.runLater(() -> model.method().etaProperty().set(0.1));
    Thread.sleep(1000);
    watchdog = new FxWatchdog();
  }

  @Override
  protected void afterScenario() {
    if (watchdog == null) {
      return; // the warm-up failed: that failure is reported
    }
    watchdog.stop();
    System.out.println("FX watchdog, " + name + ": longest wait " + watchdog.worst());
    for (String stall : watchdog.stalls()) {
      System.out.println("FX thread during a wait of 50 ms or more:" + stall);
    }
    assertTrue(watchdog.worstMillis() < 100, "the FX thread's longest wait: " + watchdog.worst());
  }
}
