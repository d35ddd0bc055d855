package gdviz.ui;

/**
 * How the method controls' edits become runs: a slider can move hundreds of times a second, so the
 * first edit in a frame is run at once and later ones only leave the newest value in the controls
 * — the dirty bit — which the next pulse consumes: it stores the value into the selected run and
 * runs it.
 */
final class EditsPerFrame {
  /** The dirty bit: the controls hold values not yet stored into the selected run. */
  private boolean controlsAhead;
  /** A run was posted in this frame: a further edit waits for the next pulse. */
  private boolean postedThisFrame;

  /** The controls changed; {@code storeAndRun} runs now unless this frame already posted a run. */
  void edited(Runnable storeAndRun) {
    controlsAhead = true;
    if (!postedThisFrame) {
      storeAndRun.run();
    }
  }

  boolean controlsAhead() {
    return controlsAhead;
  }

  /** The controls' values were stored into a run (or replaced by a run's). */
  void stored() {
    controlsAhead = false;
  }

  /** A run was posted. */
  void posted() {
    postedThisFrame = true;
  }

  /** Once per pulse: the dirty bit consumed, a new frame begins. */
  void pulse(Runnable storeAndRun) {
    if (controlsAhead) {
      storeAndRun.run();
    }
    postedThisFrame = false;
  }
}
