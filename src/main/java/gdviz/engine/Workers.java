package gdviz.engine;

import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Where background work runs — sweeps, basin maps, seeded runs, the 3D surface, exports, data
 * files: each kind on a daemon thread of its own in the app, on the caller's thread in tests
 * ({@link #INLINE}), so a test runs the real code path synchronously instead of polling for it.
 */
@FunctionalInterface
public interface Workers {
  /**
   * The executor for one kind of work.
   *
   * @param thread the thread's name, e.g. {@code gdviz-export}
   * @param lowPriority below the FX thread and the runs (work a user waits for less)
   */
  Executor named(String thread, boolean lowPriority);

  /** Every kind of work on the thread that asks for it. */
  Workers INLINE = (thread, lowPriority) -> Runnable::run;

  /** Each kind of work on a single daemon thread of its own, as the app runs it. */
  static Workers threads() {
    return (thread, lowPriority) -> {
      ExecutorService one = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, thread);
        t.setDaemon(true);
        if (lowPriority) {
          t.setPriority(Thread.MIN_PRIORITY);
        }
        return t;
      });
      return one;
    };
  }
}
