package gdviz.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gdviz.model.analysis.Outcome.Kind;
import gdviz.model.method.KnobValues;
import gdviz.model.objective.Quadratic;
import gdviz.model.optim.Methods;
import gdviz.model.run.RunSetup;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class RunSchedulerTest {
  private static RunSetup gd(double eta, long steps) {
    return new RunSetup("gd", Quadratic.weightedSquares(new double[] {1, 2}, "bowl"), new double[] {-5, -2},
        Methods.require("gd"), eta, KnobValues.NONE, steps, null, null, 0, false, null, null);
  }

  @Test
  void runsSynchronouslyOnACurrentThreadExecutor() {
    List<RunResult> results = new ArrayList<>();
    RunScheduler scheduler = new RunScheduler(Runnable::run, results::add);
    RunScheduler.ActiveRun run = scheduler.submit(gd(0.1, 20));
    assertEquals(1, results.size());
    assertEquals(run.id(), results.get(0).runId());
    assertEquals(21, run.trajectory().size());
  }

  /**
   * The starts of a request are recorded first, then each run goes on from its start: the very
   * iterates a run on its own gives (also climbing, and for a run that stops at its start).
   */
  @Test
  void startsFirstThenEachRunGivesTheIteratesOfARunOnItsOwn() {
    List<Runnable> queue = new ArrayList<>();
    RunScheduler scheduler = new RunScheduler(queue::add);
    var f = gdviz.model.preset.SetupResolver.function("x*exp(-x^2/2)", null);
    List<RunSetup> setups = List.of(gd(0.1, 30), RunSetup.of(f, 0.3).maximize(true).eta(0.5).steps(40).build(),
        RunSetup.of(f, 0.3).method(Methods.require("adam")).steps(25).build(),
        RunSetup.of(gdviz.model.preset.SetupResolver.function("sqrt(x)", null), -1).build());
    RunScheduler.Batch batch = scheduler.submitAll(setups);
    assertFalse(batch.started(), "nothing ran yet");
    queue.remove(0).run();
    assertTrue(batch.started());
    for (int i = 0; i < setups.size(); i++) {
      Trajectory alone = DescentRun.run(setups.get(i)).trajectory();
      Trajectory scheduled = batch.runs().get(i).trajectory();
      assertEquals(alone.size(), scheduled.size(), "run " + i);
      for (int k = 0; k < alone.size(); k++) {
        assertEquals(alone.value(k), scheduled.value(k), 0.0, "run " + i + ", f at " + k);
        assertEquals(alone.x(k, 0), scheduled.x(k, 0), 0.0, "run " + i + ", x at " + k);
        assertEquals(alone.gradient(k, 0), scheduled.gradient(k, 0), 0.0);
        assertEquals(Double.doubleToLongBits(alone.eta(k)), Double.doubleToLongBits(scheduled.eta(k)));
      }
      assertEquals(DescentRun.run(setups.get(i)).outcome(), batch.runs().get(i).result().outcome());
    }
  }

  @Test
  void queuedRequestsThatWereSupersededNeverRun() {
    List<Runnable> queue = new ArrayList<>();
    List<RunResult> results = new ArrayList<>();
    RunScheduler scheduler = new RunScheduler(queue::add, results::add);
    scheduler.submit(gd(0.1, 20));
    scheduler.submit(gd(0.2, 20));
    RunScheduler.ActiveRun newest = scheduler.submit(gd(0.3, 20));
    queue.forEach(Runnable::run);
    assertEquals(1, results.size(), "only the newest request ran");
    assertEquals(newest.id(), results.get(0).runId());
    assertEquals(-5 * Math.pow(1 - 0.6, 20), newest.trajectory().x(20, 0), 1e-12);
    assertTrue(scheduler.isLatest(newest.id()));
  }

  @Test
  void aNewerRequestCancelsARunningOneAndTheNewestWins() throws Exception {
    ExecutorService worker = Executors.newSingleThreadExecutor();
    try {
      List<RunResult> results = new CopyOnWriteArrayList<>();
      CountDownLatch done = new CountDownLatch(2);
      RunScheduler scheduler = new RunScheduler(worker, r -> {
        results.add(r);
        done.countDown();
      });
      RunScheduler.ActiveRun slow = scheduler.submit(gd(1e-9, 50_000_000));
      while (slow.trajectory().size() < 1000) {
        Thread.onSpinWait(); // it is running
      }
      RunScheduler.ActiveRun fresh = scheduler.submit(gd(0.1, 100));
      assertTrue(done.await(30, TimeUnit.SECONDS));
      assertEquals(Kind.CANCELLED, results.get(0).outcome().kind());
      assertEquals(slow.id(), results.get(0).runId());
      assertEquals(fresh.id(), results.get(1).runId());
      assertEquals(Kind.CONVERGED, results.get(1).outcome().kind(), "the fresh run, to its end");
      assertFalse(scheduler.isLatest(slow.id()));
      assertEquals(fresh, scheduler.current());
    } finally {
      worker.shutdownNow();
    }
  }
}
