package gdviz.ui.playback;

import gdviz.engine.Trajectory;
import gdviz.model.analysis.Outcome;
import gdviz.model.analysis.StepSizeBands;
import gdviz.model.run.RunSetup;
import java.util.List;

/**
 * What the views draw in one frame: every compared run as far as it is shown, which one the
 * controls edit, the step-size bands, the banner. Published at most once per pulse.
 */
public record Frame(long runId, List<RunFrame> runs, int selected, StepSizeBands bands, String banner,
    long objectiveVersion) {

  /** One run as drawn in a frame. {@code sameFunction}: it runs on the selected run's function. */
  public record RunFrame(String label, int colour, boolean visible, boolean sameFunction, RunSetup setup,
      Trajectory trajectory, int shown, Outcome outcome) {
    /** The highlighted iterate: the last one shown. */
    public int current() {
      return shown - 1;
    }
  }

  public RunFrame selectedRun() {
    return runs.get(selected);
  }

  public RunSetup setup() {
    return selectedRun().setup();
  }

  public Trajectory trajectory() {
    return selectedRun().trajectory();
  }

  public int shown() {
    return selectedRun().shown();
  }

  public Outcome outcome() {
    return selectedRun().outcome();
  }

  public int current() {
    return selectedRun().current();
  }

  public boolean compare() {
    return runs.size() > 1;
  }

  /** Whether every run has finished computing. */
  public boolean finished() {
    return runs.stream().allMatch(r -> r.outcome() != null);
  }
}
