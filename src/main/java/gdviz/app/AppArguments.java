package gdviz.app;

import gdviz.plot.PlotTheme;
import gdviz.ui.window.Appearance;
import java.util.List;

/**
 * The desktop app's command line, {@code gdviz app [--preset NAME] [--theme light|dark] [--data FILE.csv]
 * [--scale PERCENT] [--presentation] [--lesson FILE.json|course]}: for a teacher's desktop shortcut. What is not given comes
 * from the remembered settings (null here).
 */
public record AppArguments(String preset, PlotTheme theme, Integer scale, boolean presentation, String data,
    String lesson) {
  public static final String USAGE = "usage: gdviz app [--preset NAME] [--theme light|dark] [--scale PERCENT] "
      + "[--presentation] [--data FILE.csv] [--lesson FILE.json|course]";

  /**
   * What is wrong with these arguments (a bad option or value, an unknown preset), or null: checked
   * before the window opens, so a typo in a shortcut says so instead of opening something else.
   */
  public static String problem(List<String> args) {
    try {
      AppArguments a = parse(args);
      if (a.preset() != null && gdviz.model.preset.PresetLibrary.builtIn().byName(a.preset()).isEmpty()) {
        return "unknown preset \"" + a.preset() + "\" (gdviz presets lists them)";
      }
      if (a.data() != null && !java.nio.file.Files.isRegularFile(java.nio.file.Path.of(a.data()))) {
        return "no such data file: " + a.data();
      }
      if (a.lesson() != null) {
        gdviz.model.lesson.LessonFiles.open(a.lesson(), gdviz.model.preset.PresetLibrary.builtIn());
      }
      return null;
    } catch (gdviz.model.SetupException e) { // only the lesson is read here
      return "--lesson: " + e.getMessage();
    } catch (IllegalArgumentException e) {
      return e.getMessage();
    }
  }

  /** @throws IllegalArgumentException saying which argument is wrong and why, with the usage */
  public static AppArguments parse(List<String> args) {
    String preset = null;
    PlotTheme theme = null;
    Integer scale = null;
    boolean presentation = false;
    String data = null;
    String lesson = null;
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      String name = a.contains("=") ? a.substring(0, a.indexOf('=')) : a;
      if (name.equals("--presentation")) {
        presentation = true;
        continue;
      }
      if (!List.of("--preset", "--theme", "--scale", "--data", "--lesson").contains(name)) {
        throw new IllegalArgumentException("unknown argument \"" + a + "\"\n" + USAGE);
      }
      String value;
      if (a.contains("=")) {
        value = a.substring(a.indexOf('=') + 1);
      } else if (i + 1 < args.size()) {
        value = args.get(++i);
      } else {
        throw new IllegalArgumentException(name + " needs a value\n" + USAGE);
      }
      try {
        switch (name) {
          case "--preset" -> preset = value;
          case "--data" -> data = value;
          case "--lesson" -> lesson = value;
          case "--theme" -> theme = PlotTheme.parse(value);
          default -> scale = Appearance.parseScale(value);
        }
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(name + ": " + e.getMessage() + "\n" + USAGE);
      }
    }
    return new AppArguments(preset, theme, scale, presentation, data, lesson);
  }
}
