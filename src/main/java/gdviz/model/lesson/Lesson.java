package gdviz.model.lesson;

import gdviz.model.preset.Preset;
import java.util.List;

/**
 * A lecture prepared as a deck of live scenes: each scene a scenario (function, runs, methods, η,
 * start, steps, what is shown, the view) with a title and a short note for the class.
 */
public record Lesson(String title, List<Scene> scenes) {
  /** One scene: its title, its note (plain text, Unicode math), and the scenario it opens. */
  public record Scene(String title, String note, Preset scenario) {}

  public Lesson {
    scenes = List.copyOf(scenes);
  }
}
