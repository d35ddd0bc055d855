package gdviz.engine;

import gdviz.model.run.RunSetup;
import gdviz.model.run.Starts;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * One setup run from many starts ({@link Starts}: {@code grid:5x5}, {@code ring:12}), and where
 * the runs ended ({@link StartEnds}): what {@code --starts} prints and draws, and what the
 * window's "Many starts" draws over the function, each path coloured by where it ends.
 *
 * @param spec the starts as named ("grid:5x5")
 * @param setups the setup from each start, in the order of {@link Starts#of}
 * @param runs one run per start, in the same order
 * @param ends where each run ended
 * @param steps the steps each run was given (the window cuts long runs: {@link #MAX_POINTS})
 */
public record ManyStartRuns(String spec, List<RunSetup> setups, List<RunResult> runs, StartEnds ends, long steps) {
  /** The window keeps at most this many iterates over all the starts' runs together. */
  public static final long MAX_POINTS = 2_000_000;

  /** The setup from each start, labelled "start 1", "start 2", …; {@code where} names the option in a message. */
  public static List<RunSetup> setups(RunSetup setup, String spec, String where) {
    List<RunSetup> out = new ArrayList<>();
    int i = 1;
    for (double[] start : Starts.of(where, spec, setup.start(), setup.objective().minimizer())) {
      out.add(setup.withStart(start).withLabel("start " + i++));
    }
    return out;
  }

  /**
   * The setup run from every start (on all cores), each run cut so all of them together keep at
   * most {@link #MAX_POINTS} iterates; null when cancelled.
   */
  public static ManyStartRuns run(RunSetup setup, String spec, String where, BooleanSupplier cancelled) {
    List<RunSetup> setups = setups(setup, spec, where);
    long steps = Math.min(setup.steps(), Math.min(SeededRuns.MAX_DRAWN_STEPS, MAX_POINTS / setups.size() - 1));
    List<RunSetup> capped = setups.stream().map(s -> s.withSteps(steps)).toList();
    List<RunResult> results = SeededRuns.run(capped, cancelled);
    if (results == null) {
      return null;
    }
    return new ManyStartRuns(spec, capped, results, StartEnds.of(results, StartEnds.tolerance(setup.start())), steps);
  }

  /**
   * "25 starts (grid:5x5), coloured by where they end — ends: 14 at (3, 2), …", and that each run
   * was cut when it was given fewer steps than {@code asked}: a caption's and the window's words.
   */
  public String describe(long asked) {
    return runs.size() + " starts (" + spec + "), coloured by where they end — " + ends.summary()
        + (steps < asked ? "; each run cut at " + steps + " steps" : "");
  }

  /**
   * How many of start {@code i}'s iterates are drawn when the selected run shows {@code shown}: as
   * many, at least its start, at most its run (one that stopped early ends there).
   */
  public int shown(int i, int shown) {
    return Math.max(1, Math.min(shown, runs.get(i).trajectory().size()));
  }
}
