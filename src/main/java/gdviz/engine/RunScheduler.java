package gdviz.engine;

import gdviz.model.run.RunSetup;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Runs setups on an injected worker, newest request wins: submitting cancels every older
 * request (one still queued never starts, a running one stops at its next check). A request is a
 * batch of runs computed one after another (several runs compared on one plot), after the start
 * point of each of them: once any run has an iterate, every run has one. Each batch gets
 * an increasing id, carried by its runs and their results, so a reader can tell results of
 * requests it no longer wants.
 *
 * <p>Tests pass {@code Runnable::run} as the worker to run synchronously.
 */
public final class RunScheduler {
  private final Executor worker;
  private final Consumer<RunResult> onFinished;
  private final AtomicLong latest = new AtomicLong();
  private volatile Batch current;

  /** One run of a request: its trajectory grows while it runs; its result appears when it ends. */
  public static final class ActiveRun {
    private final long id;
    private final int index;
    private final RunSetup setup;
    private final Trajectory trajectory;
    private volatile RunResult result;

    ActiveRun(long id, int index, RunSetup setup) {
      this.id = id;
      this.index = index;
      this.setup = setup;
      this.trajectory = new Trajectory(setup.objective().dimension(), setup.objective());
    }

    public long id() {
      return id;
    }

    public int index() {
      return index;
    }

    public RunSetup setup() {
      return setup;
    }

    public Trajectory trajectory() {
      return trajectory;
    }

    /** The finished run, or null while it runs (or if it never ran). */
    public RunResult result() {
      return result;
    }
  }

  /** The runs of one request, in order. */
  public record Batch(long id, List<ActiveRun> runs) {
    public boolean finished() {
      return runs.stream().allMatch(r -> r.result() != null);
    }

    /** Whether every run has its start point (the worker records them all before any run goes on). */
    public boolean started() {
      return runs.stream().allMatch(r -> r.trajectory().size() > 0);
    }
  }

  /**
   * @param worker where runs execute (one thread; a daemon in the app)
   * @param onFinished told of each run that ends, on the worker thread, cancelled runs included
   */
  public RunScheduler(Executor worker, Consumer<RunResult> onFinished) {
    this.worker = worker;
    this.onFinished = onFinished;
  }

  public RunScheduler(Executor worker) {
    this(worker, r -> { });
  }

  /** Starts one run (cancelling older requests) and returns it at once. */
  public ActiveRun submit(RunSetup setup) {
    return submitAll(List.of(setup)).runs().get(0);
  }

  /** Starts a batch of runs, computed in order (cancelling older requests), and returns it at once. */
  public Batch submitAll(List<RunSetup> setups) {
    long id = latest.incrementAndGet();
    List<ActiveRun> runs = new ArrayList<>();
    for (int i = 0; i < setups.size(); i++) {
      runs.add(new ActiveRun(id, i, setups.get(i)));
    }
    Batch batch = new Batch(id, List.copyOf(runs));
    current = batch;
    worker.execute(() -> {
      for (ActiveRun run : batch.runs()) { // every run's start first: a frame has a point of each run
        if (latest.get() != id) {
          return; // superseded: drop the rest
        }
        DescentRun.recordStart(run.setup(), run.trajectory());
      }
      for (ActiveRun run : batch.runs()) {
        if (latest.get() != id) {
          return;
        }
        RunResult result = DescentRun.runFromStart(id, run.setup(), run.trajectory(), () -> latest.get() != id);
        run.result = result;
        onFinished.accept(result);
      }
    });
    return batch;
  }

  /** Cancels whatever runs. */
  public void cancelAll() {
    latest.incrementAndGet();
  }

  /** The first run of the most recent request, or null. */
  public ActiveRun current() {
    Batch b = current;
    return b == null ? null : b.runs().get(0);
  }

  /** The most recent request, or null. */
  public Batch currentBatch() {
    return current;
  }

  /** Whether {@code runId} is still the newest request. */
  public boolean isLatest(long runId) {
    return latest.get() == runId;
  }
}
