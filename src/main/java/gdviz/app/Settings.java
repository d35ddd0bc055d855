package gdviz.app;

import gdviz.plot.PlotTheme;
import gdviz.ui.window.Appearance;
import gdviz.ui.window.WindowPlacement;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Properties;
import java.util.logging.Logger;

/**
 * What the app remembers between launches: the window's place and size, maximized or not, the
 * theme, the UI scale, the panels shown and the last preset — a small properties file in the
 * user's config folder ({@link #defaultFile}). A file that cannot be read or holds nonsense is
 * ignored with a log line (the app opens with its defaults); a folder that cannot be written is
 * logged and the app goes on.
 */
public record Settings(WindowPlacement window, PlotTheme theme, int scale, boolean controlsShown,
    boolean iteratesShown, String preset) {
  private static final Logger LOG = Logger.getLogger(Settings.class.getName());
  public static final Settings DEFAULTS = new Settings(null, PlotTheme.LIGHT, 100, true, true, null);

  /**
   * settings.properties in the user's config folder: %APPDATA%\gdviz on Windows, ~/Library/Application
   * Support/gdviz on macOS, $XDG_CONFIG_HOME/gdviz (or ~/.config/gdviz) elsewhere; the system
   * property gdviz.config.dir names another folder.
   */
  public static Path defaultFile() {
    String dir = System.getProperty("gdviz.config.dir");
    if (dir != null && !dir.isBlank()) {
      return Path.of(dir, "settings.properties");
    }
    String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
    String home = System.getProperty("user.home");
    Path folder;
    if (os.contains("win") && System.getenv("APPDATA") != null) {
      folder = Path.of(System.getenv("APPDATA"), "gdviz");
    } else if (os.contains("mac")) {
      folder = Path.of(home, "Library", "Application Support", "gdviz");
    } else if (System.getenv("XDG_CONFIG_HOME") != null && !System.getenv("XDG_CONFIG_HOME").isBlank()) {
      folder = Path.of(System.getenv("XDG_CONFIG_HOME"), "gdviz");
    } else {
      folder = Path.of(home, ".config", "gdviz");
    }
    return folder.resolve("settings.properties");
  }

  /** The settings in this file; the defaults when there is none or it cannot be used (logged). */
  public static Settings load(Path file) {
    if (!Files.exists(file)) {
      return DEFAULTS;
    }
    Properties p = new Properties();
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      p.load(in);
      return from(p);
    } catch (IOException | RuntimeException e) {
      LOG.warning("ignoring the settings file " + file + " (" + e.getMessage() + "); starting with the defaults");
      return DEFAULTS;
    }
  }

  private static Settings from(Properties p) {
    WindowPlacement window = null;
    if (p.getProperty("window.width") != null) {
      window = new WindowPlacement(number(p, "window.x"), number(p, "window.y"), number(p, "window.width"),
          number(p, "window.height"), Boolean.parseBoolean(p.getProperty("window.maximized", "false")));
    }
    String theme = p.getProperty("theme");
    String scale = p.getProperty("scale");
    return new Settings(window, theme == null ? PlotTheme.LIGHT : PlotTheme.parse(theme),
        scale == null ? 100 : Appearance.parseScale(scale), flag(p, "panel.controls"), flag(p, "panel.iterates"),
        p.getProperty("preset"));
  }

  private static double number(Properties p, String key) {
    String v = p.getProperty(key);
    if (v == null) {
      throw new IllegalArgumentException(key + " is missing");
    }
    try {
      return Double.parseDouble(v.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(key + " is not a number: \"" + v + "\"");
    }
  }

  private static boolean flag(Properties p, String key) {
    return !"false".equalsIgnoreCase(p.getProperty(key, "true").trim());
  }

  /** Writes the settings (through a temporary file, so a crash never leaves half a file); failures are logged. */
  public void save(Path file) {
    Properties p = new Properties();
    if (window != null) {
      p.setProperty("window.x", Double.toString(window.x()));
      p.setProperty("window.y", Double.toString(window.y()));
      p.setProperty("window.width", Double.toString(window.width()));
      p.setProperty("window.height", Double.toString(window.height()));
      p.setProperty("window.maximized", Boolean.toString(window.maximized()));
    }
    p.setProperty("theme", theme.name().toLowerCase(Locale.ROOT));
    p.setProperty("scale", Integer.toString(scale));
    p.setProperty("panel.controls", Boolean.toString(controlsShown));
    p.setProperty("panel.iterates", Boolean.toString(iteratesShown));
    if (preset != null) {
      p.setProperty("preset", preset);
    }
    Path partial = null;
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      partial = Files.createTempFile(file.toAbsolutePath().getParent(), "settings", ".part");
      try (Writer out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
        p.store(out, "gdviz settings, written when the window closes");
      }
      Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException | RuntimeException e) {
      LOG.warning("could not save the settings to " + file + " (" + e + "); they are not remembered");
      try {
        if (partial != null) {
          Files.deleteIfExists(partial);
        }
      } catch (IOException ignored) {
        // nothing more to do: the folder refuses writes
      }
    }
  }
}
