package gdviz.ui.plots;

import gdviz.engine.EtaSweep;
import gdviz.model.RunSetup;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;

/**
 * Sweeps computed in the background: when the runs' setups change — anything but η, which the
 * sweep varies — the old sweep is cancelled and a new one started on a thread of its own; when it
 * is done the view is told once (one hand-off to the FX thread). Long runs are cut at
 * {@link #MAX_STEPS} steps per rate.
 */
final class SweepRequests {
  /** How many rates: spaced evenly in log η over the slider's range. */
  static final int POINTS = 200;
  static final double ETA_MIN = 1e-4;
  static final double ETA_MAX = 10;
  /** A sweep runs at most this many steps per rate (a preset's budget can be a million). */
  static final long MAX_STEPS = 10_000;

  /** The sweeps of one request, one per run, in the runs' order. */
  record Result(String key, List<List<EtaSweep.Point>> sweeps) {}

  private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "gdviz-sweep");
    t.setDaemon(true);
    t.setPriority(Thread.MIN_PRIORITY);
    return t;
  });
  private final AtomicReference<Result> done = new AtomicReference<>();
  private final Runnable onDone;
  private String requested = "";
  private AtomicBoolean cancel = new AtomicBoolean();

  /** @param onDone run on the FX thread when a sweep is finished */
  SweepRequests(Runnable onDone) {
    this.onDone = onDone;
  }

  /** Asks for the sweeps of these setups unless they are those asked for last. */
  void request(List<RunSetup> setups) {
    String key = key(setups);
    if (key.equals(requested)) {
      return;
    }
    requested = key;
    cancel.set(true);
    AtomicBoolean mine = new AtomicBoolean();
    cancel = mine;
    double[] etas = EtaSweep.rates(ETA_MIN, ETA_MAX, POINTS);
    worker.execute(() -> {
      List<List<EtaSweep.Point>> sweeps = new ArrayList<>();
      for (RunSetup s : setups) {
        if (mine.get()) {
          return;
        }
        sweeps.add(EtaSweep.run(capped(s), etas, mine::get));
      }
      if (!mine.get()) {
        done.set(new Result(key, sweeps));
        Platform.runLater(onDone);
      }
    });
  }

  /** The newest finished sweep for the setups asked for last, or null while it is computed. */
  Result latest() {
    Result r = done.get();
    return r != null && r.key().equals(requested) ? r : null;
  }

  private static RunSetup capped(RunSetup s) {
    if (s.steps() <= MAX_STEPS) {
      return s;
    }
    return new RunSetup(s.label(), s.objective(), s.start(), s.method(), s.eta(), s.knobs(), MAX_STEPS, s.tolGrad(),
        s.tolImprove(), s.seed(), s.maximize(), s.parameterNames(), s.schedule());
  }

  /** What a sweep depends on: everything in the setups but η. */
  static String key(List<RunSetup> setups) {
    StringBuilder k = new StringBuilder();
    for (RunSetup s : setups) {
      k.append(System.identityHashCode(s.objective())).append('|').append(Arrays.toString(s.start())).append('|')
          .append(s.method().id()).append('|').append(s.knobs()).append('|').append(s.steps()).append('|')
          .append(s.seed()).append('|').append(s.schedule()).append('|').append(s.maximize()).append('|')
          .append(s.tolGrad()).append('|').append(s.tolImprove()).append(';');
    }
    return k.toString();
  }
}
