package gdviz.model.lesson;

import gdviz.model.preset.Preset;
import gdviz.model.preset.RunOverrides;
import java.util.List;

/**
 * A lecture prepared as a deck of live scenes: each scene a scenario (function, runs, methods, η,
 * start, steps, what is shown, the view) with a title and a short note for the class.
 */
public record Lesson(String title, List<Scene> scenes) {
  /**
   * One scene: its title, its note (plain text, Unicode math), the scenario it opens, and the
   * question it asks first (null: none).
   */
  public record Scene(String title, String note, Preset scenario, Question question) {
    public Scene(String title, String note, Preset scenario) {
      this(title, note, scenario, null);
    }

    /**
     * What the scene shows while its question is open: the scenario with every run at its start (no
     * step taken, so nothing on screen gives the answer away); the scenario itself without a question.
     */
    public Preset asked() {
      if (question == null) {
        return scenario;
      }
      RunOverrides none = RunOverrides.builder().steps(0L).build();
      return new Preset(scenario.name(), scenario.description(), scenario.order(), scenario.kind(),
          scenario.base().overriddenBy(none), scenario.runs().stream().map(r -> r.overriddenBy(none)).toList(),
          scenario.derivativeCheck(), scenario.view());
    }
  }

  public Lesson {
    scenes = List.copyOf(scenes);
  }
}
