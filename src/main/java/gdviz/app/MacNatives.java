package gdviz.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;

/**
 * JavaFX's native libraries for macOS, Intel or Apple silicon, out of the jar. Both sets have the
 * same file names, so {@code target/gdviz.jar} keeps them under {@code gdviz/natives/mac-x64} and
 * {@code gdviz/natives/mac-aarch64} instead of at its root, where JavaFX would look. On a Mac this
 * copies the set of the machine's architecture to a cache folder once and puts that folder on
 * {@code java.library.path}, which JavaFX's loader reads when a library is not at the jar's root.
 * Elsewhere (and when JavaFX comes from its own jars, as under {@code ./mvnw javafx:run}) it does nothing.
 */
final class MacNatives {
  private static final Logger LOG = Logger.getLogger(MacNatives.class.getName());
  /** The libraries of javafx-graphics for macOS. */
  static final List<String> LIBRARIES = List.of("libglass.dylib", "libjavafx_font.dylib", "libjavafx_iio.dylib",
      "libprism_common.dylib", "libprism_es2.dylib", "libprism_sw.dylib", "libdecora_sse.dylib");

  private MacNatives() {}

  /** Called before JavaFX starts. */
  static void prepare() {
    String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
    if (!os.contains("mac")) {
      return;
    }
    Path cache = Path.of(System.getProperty("user.home"), "Library", "Caches", "gdviz");
    try {
      Path dir = unpack(System.getProperty("os.arch", ""), cache);
      if (dir != null) {
        String old = System.getProperty("java.library.path", "");
        System.setProperty("java.library.path", dir + (old.isEmpty() ? "" : java.io.File.pathSeparator + old));
      }
    } catch (UncheckedIOException e) {
      LOG.warning("could not unpack JavaFX's libraries for macOS into " + cache + ": " + e.getCause().getMessage());
    }
  }

  /** The folder of the jar's libraries for this architecture ("aarch64"/"arm64", else Intel). */
  static String platform(String arch) {
    return arch.equals("aarch64") || arch.equals("arm64") ? "mac-aarch64" : "mac-x64";
  }

  /**
   * Copies the architecture's libraries into {@code cache/javafx-<platform>} (once: files of the
   * same size are kept) and returns that folder, or null when the jar holds none (JavaFX then finds
   * its libraries in its own jars).
   */
  static Path unpack(String arch, Path cache) {
    String platform = platform(arch);
    Path dir = cache.resolve("javafx-" + javafxVersion() + "-" + platform);
    boolean any = false;
    try {
      for (String name : LIBRARIES) {
        try (InputStream in = MacNatives.class.getResourceAsStream("/gdviz/natives/" + platform + "/" + name)) {
          if (in == null) {
            continue;
          }
          any = true;
          byte[] bytes = in.readAllBytes();
          Path target = dir.resolve(name);
          if (Files.isRegularFile(target) && Files.size(target) == bytes.length) {
            continue;
          }
          Files.createDirectories(dir);
          Path partial = Files.createTempFile(dir, name, ".part");
          Files.write(partial, bytes);
          Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return any ? dir : null;
  }

  private static String javafxVersion() {
    return com.sun.javafx.runtime.VersionInfo.getRuntimeVersion();
  }
}
