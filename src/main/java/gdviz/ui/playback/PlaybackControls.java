package gdviz.ui.playback;

import java.util.function.LongConsumer;

/**
 * What the play button, the step and reset buttons, the keys and a picked table row do to the
 * playhead; each command then publishes the frame at once (through the window's pulse).
 */
public final class PlaybackControls {
  private final FrameSource frames;
  private final LongConsumer pulse;

  /** @param pulse the window's once-per-frame update, called with {@link System#nanoTime()} */
  public PlaybackControls(FrameSource frames, LongConsumer pulse) {
    this.frames = frames;
    this.pulse = pulse;
  }

  public void togglePlay() {
    frames.togglePlay();
    publish();
  }

  public void step() {
    frames.step();
    publish();
  }

  /** One step back, paused. */
  public void stepBack() {
    move(-1);
  }

  /** {@code steps} forward or (negative) back, paused: Shift+→ and Shift+← move 10. */
  public void move(int steps) {
    frames.move(steps);
    publish();
  }

  public void reset() {
    frames.playback().reset();
    publish();
  }

  /** Jump to the end of the run. */
  public void end() {
    frames.playback().end();
    publish();
  }

  /** Show iterate k (a row picked in the iterates table), paused. */
  public void showIterate(int k) {
    frames.playback().seek(k);
    publish();
  }

  /** Republishes the frame (a run was shown or hidden). */
  public void refresh() {
    frames.forceNext();
    publish();
  }

  private void publish() {
    pulse.accept(System.nanoTime());
  }
}
