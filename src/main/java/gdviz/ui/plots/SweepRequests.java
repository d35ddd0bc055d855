package gdviz.ui.plots;

import gdviz.engine.EtaSweep;
import gdviz.engine.Workers;
import gdviz.model.run.RunSetup;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Sweeps computed in the background ({@link BackgroundWork}): when the runs' setups change —
 * anything but η, which the sweep varies — the old sweep is cancelled and a new one started. What
 * is swept: {@link EtaSweep#forView}.
 */
final class SweepRequests {
  private final BackgroundWork<List<List<EtaSweep.Point>>> work;

  /** @param onDone run on the FX thread when a sweep is finished */
  SweepRequests(Workers workers, Runnable onDone) {
    work = new BackgroundWork<>(workers, "gdviz-sweep", true, onDone);
  }

  /** Asks for the sweeps of these setups unless they are those asked for last. */
  void request(List<RunSetup> setups) {
    work.request(key(setups), (cancelled, publish) -> {
      List<List<EtaSweep.Point>> sweeps = new ArrayList<>();
      for (RunSetup s : setups) {
        if (cancelled.getAsBoolean()) {
          return;
        }
        sweeps.add(EtaSweep.forView(s, cancelled));
      }
      publish.accept(sweeps);
    });
  }

  /** The newest finished sweeps (one per run, in the runs' order) for the setups asked for last, or null. */
  List<List<EtaSweep.Point>> latest() {
    return work.latest();
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
