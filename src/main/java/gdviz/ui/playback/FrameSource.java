package gdviz.ui.playback;

import gdviz.engine.RunScheduler;
import gdviz.model.analysis.Divergence;
import gdviz.model.analysis.StepSizeBands;
import gdviz.model.run.RunSetup;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;

/**
 * Runs and the playhead over them, turned into frames: posts each request to the worker (newest
 * wins) and, once per pulse, publishes at most one {@link Frame} with the iterates computed so far
 * (never more than {@link #MAX_NEW_PER_FRAME} new ones per run), or none when nothing changed.
 */
public final class FrameSource {
  /**
   * At most this many new iterates enter the view per frame: a run that produces millions per
   * second is shown catching up over a few frames instead of one frame doing all the work.
   */
  public static final int MAX_NEW_PER_FRAME = 60_000;

  /** How a run looks in the views: its legend entry's label, colour and check box. */
  public record Look(String label, int colour, boolean visible) {}

  private final RunScheduler scheduler;
  private final Playback playback = new Playback();
  private List<String> functionKeys = List.of();
  private Frame last;
  private long lastPulse = -1;
  private boolean force;

  /** @param worker where runs execute: a single daemon thread in the app, {@code Runnable::run} in tests */
  public FrameSource(Executor worker) {
    this.scheduler = new RunScheduler(worker);
  }

  public Playback playback() {
    return playback;
  }

  /**
   * Posts a request for these runs, cancelling older ones. {@code functionKeys} tell which runs
   * share a function (equal keys).
   */
  public void submit(List<RunSetup> setups, List<String> functionKeys) {
    this.functionKeys = List.copyOf(functionKeys);
    scheduler.submitAll(setups);
  }

  /** The next frame publishes even if nothing changed (a run was shown or hidden). */
  public void forceNext() {
    force = true;
  }

  /**
   * Advances playback by the time since the last pulse and returns a new frame, or null when
   * there is nothing new to draw (or nothing at all yet).
   */
  public Frame pulse(long now, List<Look> looks, int selectedRun, StepSizeBands bands, long objectiveVersion) {
    double seconds = lastPulse < 0 ? 0 : Math.max(0, Math.min(0.25, (now - lastPulse) / 1e9));
    lastPulse = now;
    RunScheduler.Batch batch = scheduler.currentBatch();
    if (batch == null || !batch.started() || batch.runs().size() != looks.size()) {
      return null; // nothing to draw yet (a frame shows a point of every run): keep showing the last frame
    }
    int available = 0;
    for (RunScheduler.ActiveRun r : batch.runs()) {
      available = Math.max(available, r.trajectory().size());
    }
    playback.advance(seconds, available, batch.finished());
    int sel = Math.max(0, Math.min(selectedRun, batch.runs().size() - 1));
    List<Frame.RunFrame> runs = new ArrayList<>();
    for (int i = 0; i < batch.runs().size(); i++) {
      RunScheduler.ActiveRun r = batch.runs().get(i);
      Look look = looks.get(i);
      var outcome = r.result() == null ? null : r.result().outcome();
      int shown = playback.shown(r.trajectory().size());
      int before = last != null && last.runId() == batch.id() && i < last.runs().size()
          ? last.runs().get(i).shown() : 0;
      shown = (int) Math.min(shown, (long) before + MAX_NEW_PER_FRAME);
      boolean sameFunction = functionKeys.size() > i && functionKeys.get(i).equals(functionKeys.get(sel));
      runs.add(new Frame.RunFrame(look.label(), look.colour(), look.visible(), sameFunction, r.setup(),
          r.trajectory(), shown, outcome));
    }
    if (!force && last != null && last.runId() == batch.id() && last.selected() == sel
        && last.objectiveVersion() == objectiveVersion && last.runs().equals(runs)) {
      return null;
    }
    force = false;
    Frame.RunFrame chosen = runs.get(sel);
    last = new Frame(batch.id(), List.copyOf(runs), sel, bands, Divergence.banner(chosen.setup(), chosen.outcome()),
        objectiveVersion);
    return last;
  }

  /** Iterates computed so far by the longest run of the newest request. */
  public int available() {
    RunScheduler.Batch batch = scheduler.currentBatch();
    return batch == null ? 0 : batch.runs().stream().mapToInt(r -> r.trajectory().size()).max().orElse(0);
  }

  /** Whether every run of the newest request has finished. */
  public boolean finished() {
    RunScheduler.Batch batch = scheduler.currentBatch();
    return batch != null && batch.finished();
  }

  public void togglePlay() {
    if (playback.playing()) {
      playback.pause(available());
    } else {
      playback.play(available(), finished());
    }
  }

  public void step() {
    playback.step(available());
  }

  /** {@code steps} forward or (negative) back, paused, all compared runs together. */
  public void move(int steps) {
    playback.move(available(), steps);
  }
}
