package gdviz.ui.playback;

/**
 * The playhead over a run's iterates: how many to show, advancing at a speed in steps per second
 * while playing. "Show all" follows the run to its end (and along while it streams in).
 */
public final class Playback {
  private static final double ALL = Double.POSITIVE_INFINITY;

  private double playhead;
  private boolean playing;
  private double speed = 4;

  /** Number of iterates to show when {@code available} exist: the start plus the steps played. */
  public int shown(int available) {
    if (available == 0) {
      return 0;
    }
    return playhead == ALL ? available : (int) Math.min(available, Math.floor(playhead) + 1);
  }

  /** Advances by dt seconds; stops at the end of a finished run. */
  public void advance(double seconds, int available, boolean finished) {
    if (!playing) {
      return;
    }
    playhead += speed * seconds;
    if (finished && playhead >= available - 1) {
      playhead = Math.max(0, available - 1);
      playing = false;
    }
  }

  public void play(int available, boolean finished) {
    if (playhead == ALL || (finished && playhead >= available - 1)) {
      playhead = 0; // replay from the start
    }
    playing = true;
  }

  public void pause(int available) {
    if (playhead == ALL) {
      playhead = Math.max(0, available - 1);
    }
    playing = false;
  }

  /** One step forward, paused. */
  public void step(int available) {
    move(available, 1);
  }

  /**
   * {@code steps} forward (negative: back), paused, within the iterates computed so far: back from
   * the end of a run shows the iterate before its last.
   */
  public void move(int available, int steps) {
    if (playhead == ALL) {
      playhead = Math.max(0, available - 1);
    }
    playing = false;
    playhead = Math.max(0, Math.min(Math.floor(playhead) + steps, Math.max(0, available - 1)));
  }

  /** Back to the start point, paused. */
  public void reset() {
    playhead = 0;
    playing = false;
  }

  /** Show iterate k, paused. */
  public void seek(int k) {
    playhead = Math.max(0, k);
    playing = false;
  }

  /** Jump to the last iterate, paused. */
  public void end() {
    playhead = ALL;
    playing = false;
  }

  /** Show every iterate (after a parameter change, so the new path appears at once). */
  public void showAll() {
    if (!playing) {
      playhead = ALL;
    }
  }

  public boolean playing() {
    return playing;
  }

  public double speed() {
    return speed;
  }

  public void setSpeed(double stepsPerSecond) {
    speed = Math.max(0.1, stepsPerSecond);
  }
}
