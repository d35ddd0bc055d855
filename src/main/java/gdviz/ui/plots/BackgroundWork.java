package gdviz.ui.plots;

import gdviz.engine.Workers;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javafx.application.Platform;

/**
 * Work for a plot done off the FX thread, the newest request winning: asking again for what was
 * asked last does nothing; asking for something else cancels the job running and starts the new
 * one on its worker (a thread of its own in the app, the caller's thread in tests). Each result a
 * job publishes (a coarse one, then the full one) is handed to the FX thread once;
 * {@link #latest} gives only results of what was asked last.
 *
 * @param <R> what a job makes
 */
final class BackgroundWork<R> {
  /** A job: it checks {@code cancelled} as it goes and publishes what it makes. */
  @FunctionalInterface
  interface Job<R> {
    void run(BooleanSupplier cancelled, Consumer<R> publish);
  }

  private record Done<R>(Object key, R result) {}

  private final Executor worker;
  private final AtomicReference<Done<R>> done = new AtomicReference<>();
  private final Runnable onDone;
  private Object requested;
  private AtomicBoolean cancel = new AtomicBoolean();

  /**
   * @param workers where the jobs run
   * @param thread the worker thread's name
   * @param lowPriority below the FX thread and the runs (computations a user waits for less)
   * @param onDone run on the FX thread after each result
   */
  BackgroundWork(Workers workers, String thread, boolean lowPriority, Runnable onDone) {
    this.onDone = onDone;
    worker = workers.named(thread, lowPriority);
  }

  /** Starts {@code job} for {@code key} unless {@code key} is what was asked last (by equals). */
  void request(Object key, Job<R> job) {
    if (Objects.equals(key, requested)) {
      return;
    }
    requested = key;
    cancel.set(true);
    AtomicBoolean mine = new AtomicBoolean();
    cancel = mine;
    worker.execute(() -> {
      if (!mine.get()) {
        job.run(mine::get, result -> {
          if (result != null && !mine.get()) {
            done.set(new Done<>(key, result));
            Platform.runLater(onDone);
          }
        });
      }
    });
  }

  /** The newest result of what was asked last, or null while none is ready. */
  R latest() {
    Done<R> d = done.get();
    return d != null && Objects.equals(d.key(), requested) ? d.result() : null;
  }
}
