package gdviz.engine;

import gdviz.model.RunSetup;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Runs setups on an injected worker, newest request wins: submitting a run cancels every older
 * one (a run still queued never starts, a running one stops at its next check). Each run gets
 * an increasing id, carried by its trajectory handle and its result, so a reader can tell
 * results of runs it no longer wants.
 *
 * <p>Tests pass {@code Runnable::run} as the worker to run synchronously.
 */
public final class RunScheduler {
  private final Executor worker;
  private final Consumer<RunResult> onFinished;
  private final AtomicLong latest = new AtomicLong();
  private volatile ActiveRun current;

  /** A run that was submitted: its id and its trajectory, readable while it grows. */
  public record ActiveRun(long id, RunSetup setup, Trajectory trajectory) {}

  /**
   * @param worker where runs execute (one thread; a daemon in the app)
   * @param onFinished told of each run that ends, on the worker thread, cancelled runs included
   */
  public RunScheduler(Executor worker, Consumer<RunResult> onFinished) {
    this.worker = worker;
    this.onFinished = onFinished;
  }

  /** Starts a run (cancelling older ones) and returns its handle at once. */
  public ActiveRun submit(RunSetup setup) {
    long id = latest.incrementAndGet();
    ActiveRun run = new ActiveRun(id, setup, new Trajectory(setup.objective().dimension()));
    current = run;
    worker.execute(() -> {
      if (latest.get() != id) {
        return; // superseded before it started: drop it
      }
      RunResult result = DescentRun.run(id, setup, run.trajectory(), () -> latest.get() != id);
      onFinished.accept(result);
    });
    return run;
  }

  /** Cancels whatever runs. */
  public void cancelAll() {
    latest.incrementAndGet();
  }

  /** The most recently submitted run, or null. */
  public ActiveRun current() {
    return current;
  }

  /** Whether {@code runId} is still the newest request. */
  public boolean isLatest(long runId) {
    return latest.get() == runId;
  }
}
