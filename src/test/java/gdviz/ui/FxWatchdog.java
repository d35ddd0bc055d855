package gdviz.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javafx.application.Platform;

/**
 * Pings the FX thread every 10 ms and keeps the longest wait: from posting the ping until the FX
 * thread runs it (read on the FX thread, so the watchdog's own wake-up is not counted), with the
 * garbage collection during it and the FX thread's stack during any wait of 50 ms or more. A
 * measurement of time: used by {@code -Pstress} ({@link FxWatchdogStressTest}) and the benchmark
 * harness, never by the default build.
 */
public final class FxWatchdog {
  private final AtomicLong worstNanos = new AtomicLong();
  private final long started = System.nanoTime();
  private volatile double worstAtMillis;
  private volatile long worstGcMillis;
  private volatile boolean running = true;
  private final Thread thread;
  /** The FX thread's stacks sampled while a ping waited 50 ms or more. */
  private final List<String> stalls = java.util.Collections.synchronizedList(new ArrayList<>());

  public FxWatchdog() {
    thread = new Thread(this::watch, "fx-watchdog");
    thread.setDaemon(true);
    thread.start();
  }

  private void watch() {
    while (running) {
      long gcBefore = gcMillis(); // before the clock starts: its first call loads the management beans
      long sent = System.nanoTime();
      CountDownLatch answered = new CountDownLatch(1);
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
  }

  public double worstMillis() {
    return worstNanos.get() / 1e6;
  }

  /** "23.8 ms, 21 ms into the watch (garbage collection meanwhile: 0 ms)". */
  public String worst() {
    return String.format(Locale.ROOT, "%.1f ms, %.0f ms into the watch (garbage collection meanwhile: %d ms)",
        worstMillis(), worstAtMillis, worstGcMillis);
  }

  public List<String> stalls() {
    return List.copyOf(stalls);
  }

  public void stop() {
    running = false;
    thread.interrupt();
  }

  private static String fxStack() {
    for (var e : Thread.getAllStackTraces().entrySet()) {
      if (e.getKey().getName().equals("JavaFX Application Thread")) {
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
}
