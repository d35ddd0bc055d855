package gdviz.ui.runs;

import gdviz.model.SetupException;
import gdviz.model.objective.Objective;
import gdviz.model.preset.RunOverrides;
import gdviz.model.preset.SetupResolver;
import gdviz.model.run.RunSetup;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the compared runs and the shared fields into checked run setups. Functions are parsed and
 * differentiated once and kept by their text, constants, rotation and data: a slider moving does
 * not re-differentiate anything.
 */
public final class SetupCache {
  /** The setups of one request, and a key per run telling which share a function. */
  public record Built(List<RunSetup> setups, List<String> functionKeys) {}

  private final Map<String, Objective> objectives = new HashMap<>();

  /** Forgets the functions kept (another preset: its constants may differ). */
  public void clear() {
    objectives.clear();
  }

  /**
   * Every run's setup: the preset's settings, the run's own, then the shared fields. A run that
   * cannot be set up throws {@link SetupException}, its message prefixed by the run's label when
   * several are compared.
   */
  public Built build(ComparedRuns runs, RunOverrides shared, String dataDescription) {
    List<RunSetup> setups = new ArrayList<>();
    List<String> keys = new ArrayList<>();
    for (ComparedRun run : runs.list()) {
      RunOverrides spec = runs.overridesOf(run).overriddenBy(shared);
      try {
        String key = objectiveKey(spec);
        Objective f = objectives.get(key);
        if (f == null) {
          f = SetupResolver.objective(spec, dataDescription);
          objectives.put(key, f);
        }
        setups.add(SetupResolver.resolve(spec, run.label(), f));
        keys.add(key);
      } catch (SetupException e) {
        throw new SetupException(runs.list().size() > 1 ? run.label() + ": " + e.getMessage() : e.getMessage());
      }
    }
    return new Built(setups, keys);
  }

  private static String objectiveKey(RunOverrides spec) {
    String function = spec.function() == null ? null : spec.function().strip();
    return function + "#" + spec.constants() + "#" + spec.rotate() + "#"
        + (spec.data() == null ? "" : System.identityHashCode(spec.data()));
  }
}
