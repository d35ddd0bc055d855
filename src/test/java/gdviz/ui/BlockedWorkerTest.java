package gdviz.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gdviz.engine.Workers;
import gdviz.model.analysis.StepSizeBands;
import gdviz.model.objective.Objective;
import gdviz.model.objective.Quadratic;
import gdviz.model.run.RunSetup;
import gdviz.ui.playback.Frame;
import gdviz.ui.playback.FrameSource;
import gdviz.ui.plots.PlotOptions;
import gdviz.ui.plots.PlotsView;
import gdviz.ui.table.IteratesView;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The worker never holds the FX thread: with a run blocked in the middle of its computation (its
 * function waits on a latch at the 501st gradient), the window's frames go on — pulses, the plots
 * and the table drawn from the iterates computed so far — and once the run goes on, it is shown to
 * its end. Nothing here is timed: a hang would fail the test by never returning.
 */
@ExtendWith(ApplicationExtension.class)
class BlockedWorkerTest {
  private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "gdviz-runs");
    t.setDaemon(true);
    return t;
  });
  private final CountDownLatch proceed = new CountDownLatch(1);
  private final CountDownLatch blocked = new CountDownLatch(1);
  private final FrameSource frames = new FrameSource(worker);
  private final PlotOptions options = new PlotOptions();
  private PlotsView plots;
  private IteratesView table;

  /** x₁² + 2x₂², whose gradient waits for the test at its 501st evaluation. */
  private final class Blocking implements Objective {
    private final Quadratic f = Quadratic.weightedSquares(new double[] {1, 2}, "f(x1, x2) = x1^2 + 2*x2^2");
    private final AtomicInteger gradients = new AtomicInteger();

    @Override
    public int dimension() {
      return 2;
    }

    @Override
    public double value(double[] x) {
      return f.value(x);
    }

    @Override
    public void gradient(double[] x, double[] out) {
      if (Thread.currentThread().getName().equals("gdviz-runs") && gradients.incrementAndGet() == 501) {
        blocked.countDown();
        try {
          proceed.await();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      f.gradient(x, out);
    }

    @Override
    public void hessian(double[] x, double[][] out) {
      f.hessian(x, out);
    }

    @Override
    public String description() {
      return f.description();
    }
  }

  @Start
  void start(Stage stage) {
    plots = new PlotsView(new Label("legend"), Workers.INLINE);
    table = new IteratesView(k -> { }, () -> "");
    stage.setScene(new Scene(new HBox(plots, table), 1200, 700));
    stage.show();
  }

  @AfterEach
  void stop() {
    proceed.countDown();
    worker.shutdownNow();
  }

  /** One frame on the FX thread: the pulse, then the plots and the table drawn from it. */
  private Frame frame(FxRobot robot, long now) {
    return frame(robot, now, List.of(new FrameSource.Look("gd", 0, true)), 0);
  }

  private Frame frame(FxRobot robot, long now, List<FrameSource.Look> looks, int selected) {
    Frame[] out = new Frame[1];
    robot.interact(() -> {
      Frame f = frames.pulse(now, looks, selected, new StepSizeBands(4, 2, false), 1);
      if (f != null) {
        plots.draw(f, options, 0, 1, null);
        table.show(f);
      }
      out[0] = f;
    });
    return out[0];
  }

  /**
   * Three runs compared, the third selected, with the loss split by direction and the rate bound:
   * while the first run computes (blocked here), the third has its start point, so End, the loss
   * theory and the table draw it (before, it had no iterate yet and the loss bound threw
   * "iterate 0 of 0").
   */
  @Test
  @Timeout(120)
  void aSelectedRunWaitingForAnEarlierOneIsDrawnFromItsStart(FxRobot robot) throws Exception {
    RunSetup slow = RunSetup.of(new Blocking(), -5, -2).eta(1e-4).steps(1_000_000).build();
    RunSetup quick = RunSetup.of(Quadratic.weightedSquares(new double[] {1, 2}, "f(x1, x2) = x1^2 + 2*x2^2"), -5, -2)
        .eta(0.55).steps(1_000_000).build();
    options.lossBoundProperty().set(true);
    options.lossByDirectionProperty().set(true);
    robot.interact(() -> frames.submit(List.of(slow, quick, quick.withEta(0.6)), List.of("f", "f", "f")));
    assertTrue(blocked.await(60, TimeUnit.SECONDS), "the first run reached its latch");
    var looks = List.of(new FrameSource.Look("slow", 0, true), new FrameSource.Look("quick", 1, true),
        new FrameSource.Look("diverging", 2, true));
    robot.interact(() -> frames.playback().end());
    Frame f = frame(robot, 1, looks, 2);
    assertNotNull(f);
    assertTrue(f.runs().get(0).shown() > 400, "the first run as far as it got: " + f.runs().get(0).shown());
    assertEquals(1, f.runs().get(2).shown(), "the selected run: its start");
    assertEquals(-5.0, f.trajectory().x(0, 0));
  }

  @Test
  @Timeout(120) // a true hang: the FX thread waiting on the worker would never answer
  void framesGoOnWhileARunIsBlockedMidComputation(FxRobot robot) throws Exception {
    RunSetup setup = RunSetup.of(new Blocking(), -5, -2).eta(0.01).steps(2000).build();
    robot.interact(() -> {
      frames.submit(List.of(setup), List.of("f"));
      frames.playback().showAll();
    });
    assertTrue(blocked.await(60, TimeUnit.SECONDS), "the run reached its latch");
    Frame first = frame(robot, 1);
    assertNotNull(first, "a frame of the iterates so far");
    int stuck = first.trajectory().size();
    assertTrue(stuck > 400, "iterates before the latch: " + stuck);
    for (int i = 2; i < 30; i++) { // the FX thread answers frame after frame; the worker stays blocked
      Frame f = frame(robot, i * 16_666_667L);
      Frame shown = f != null ? f : first;
      assertNull(shown.outcome(), "still running");
      assertEquals(stuck, shown.trajectory().size(), "the next iterate waits for its gradient");
    }
    proceed.countDown();
    Frame last = null;
    for (int i = 30; i < 100_000 && (last == null || last.outcome() == null || last.shown() < 2001); i++) {
      Frame f = frame(robot, i * 16_666_667L);
      last = f != null ? f : last;
      if (f == null) {
        Thread.sleep(5); // the worker finishes the run meanwhile
      }
    }
    assertNotNull(last.outcome(), "the run went on to its end");
    assertEquals(2001, last.shown(), "and every iterate is shown");
  }
}
