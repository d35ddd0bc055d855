package gdviz.app;

import java.util.Locale;
import java.util.Map;
import java.util.logging.Filter;
import java.util.logging.Logger;

/**
 * Whether the window can open here, said in one line when it cannot: on Linux and other Unix
 * desktops a window needs an X11 or Wayland display ({@code DISPLAY} or {@code WAYLAND_DISPLAY});
 * in an SSH session, a container or CI there is none, and JavaFX's answer is a 15-line stack trace.
 */
final class DisplayCheck {
  /** The line's second half: what works without a display. */
  static final String WITHOUT_ONE = "the command line works without one: gdviz run …, gdviz export … (gdviz --help"
      + " lists the commands)";

  /** JavaFX's warning at every start from a jar on the class path: true of gdviz.jar and harmless. */
  private static final Logger JAVAFX = Logger.getLogger("javafx");

  private DisplayCheck() {}

  /** Why no window can open with this environment on this system, or null when one may. */
  static String problem(Map<String, String> env, String osName) {
    String os = osName.toLowerCase(Locale.ROOT);
    if (os.startsWith("windows") || os.startsWith("mac")) {
      return null; // their windows need no variable
    }
    if (blank(env.get("DISPLAY")) && blank(env.get("WAYLAND_DISPLAY"))) {
      return "gdviz: no display to open the window on (neither DISPLAY nor WAYLAND_DISPLAY is set); " + WITHOUT_ONE;
    }
    return null;
  }

  /** The one line for a display that was set but could not be opened (JavaFX's "Unable to open DISPLAY"). */
  static String unopened(Map<String, String> env) {
    String display = env.get("DISPLAY");
    return "gdviz: cannot open the display" + (blank(display) ? "" : " " + display) + " (is an X server running"
        + " there?); " + WITHOUT_ONE;
  }

  /** Keeps JavaFX's "Unsupported JavaFX configuration: classes were loaded from 'unnamed module'" off the terminal. */
  static void quietClassPathWarning() {
    Filter previous = JAVAFX.getFilter();
    JAVAFX.setFilter(r -> (r.getMessage() == null || !r.getMessage().startsWith("Unsupported JavaFX configuration"))
        && (previous == null || previous.isLoggable(r)));
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
