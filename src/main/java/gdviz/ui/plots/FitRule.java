package gdviz.ui.plots;

import gdviz.ui.playback.Frame;

/**
 * When the function plot frames the runs by itself: once the runs on a new function (or a new
 * plane) have all been computed; and again after a run that diverged, once a run that does not
 * is shown — unless the user has zoomed or panned since. A view framed for a run that ran off
 * would otherwise leave the next, well-behaved run a dot in its middle.
 */
final class FitRule {
  private long fittedVersion = -1;
  private long fittedRun = -1;
  private boolean fittedToRunaway;

  /** Another function fits anew when its runs are in; another plane of the same function too. */
  void functionChanged(boolean newFunction) {
    if (!newFunction) {
      fittedVersion = -1;
    }
  }

  boolean due(Frame f, boolean userMoved) {
    if (!f.finished()) {
      return false;
    }
    if (f.objectiveVersion() != fittedVersion) {
      return true;
    }
    return fittedToRunaway && !userMoved && f.runId() != fittedRun && !runaway(f);
  }

  void fitted(Frame f) {
    fittedVersion = f.objectiveVersion();
    fittedRun = f.runId();
    fittedToRunaway = runaway(f);
  }

  private static boolean runaway(Frame f) {
    return f.outcome() != null && f.outcome().alarming();
  }
}
