package gdviz.engine;

import gdviz.model.SetupException;
import gdviz.model.run.RunSetup;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;

/**
 * Many runs of one setup that differ only in their seed — consecutive from the setup's own, so
 * the picture is the same every time: how much one noisy run tells you. Only for methods whose
 * steps draw on the seed ({@code Method.random()}); the runs are computed on all cores.
 */
public final class SeededRuns {
  /** How many runs when the user does not say. */
  public static final int DEFAULT_COUNT = 50;
  /** The most runs at once (each keeps its iterates). */
  public static final int MAX_COUNT = 1000;
  /** Each seeded run drawn keeps its iterates: at most this many steps (the window's and the export's). */
  public static final long MAX_DRAWN_STEPS = 20_000;

  private SeededRuns() {}

  /** The setups: seeds {@code seed, seed + 1, …, seed + count − 1}; a clear error for a method without randomness. */
  public static List<RunSetup> setups(RunSetup setup, int count, String option) {
    if (!setup.method().random()) {
      throw new SetupException(option + ": method " + setup.method().id() + " does not draw on the seed, so every run"
          + " would take the same path; repeat runs of sgd, minibatch or shrinking");
    }
    if (count < 1 || count > MAX_COUNT) {
      throw new SetupException(option + " must be between 1 and " + MAX_COUNT + ", got " + count);
    }
    List<RunSetup> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      out.add(setup.withSeed(setup.seed() + i));
    }
    return out;
  }

  /**
   * The spread of {@code count} runs of {@code setup} with consecutive seeds, each cut at
   * {@link #MAX_DRAWN_STEPS} steps: what the plots draw; null when cancelled.
   */
  public static RunSpread spread(RunSetup setup, int count, String option, BooleanSupplier cancelled) {
    RunSetup capped = setup.withSteps(Math.min(setup.steps(), MAX_DRAWN_STEPS));
    List<RunResult> results = run(setups(capped, count, option), cancelled);
    return results == null ? null : RunSpread.of(results);
  }

  /** Runs every setup (in parallel); a cancelled batch returns null. */
  public static List<RunResult> run(List<RunSetup> setups, BooleanSupplier cancelled) {
    RunResult[] results = new RunResult[setups.size()];
    IntStream.range(0, setups.size()).parallel().forEach(i -> {
      if (!cancelled.getAsBoolean()) {
        RunSetup s = setups.get(i);
        results[i] = DescentRun.run(i, s, new Trajectory(s.objective().dimension(), s.objective()), cancelled);
      }
    });
    return cancelled.getAsBoolean() ? null : List.of(results);
  }
}
