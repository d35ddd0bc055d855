package gdviz.plot.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Makes a folder read-only for this process, really: a permission change is enough for an ordinary
 * user, but root ignores permissions (CI runs as root), so there the folder is made immutable with
 * {@code chattr +i}, which binds root too. If neither works here the test is skipped, saying why.
 */
public final class ReadOnlyFolder implements AutoCloseable {
  private final Path dir;
  private final boolean immutable;

  private ReadOnlyFolder(Path dir, boolean immutable) {
    this.dir = dir;
    this.immutable = immutable;
  }

  public static ReadOnlyFolder of(Path dir) throws IOException, InterruptedException {
    Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("r-xr-xr-x"));
    if (!canCreateIn(dir)) {
      return new ReadOnlyFolder(dir, false);
    }
    boolean immutable = chattr("+i", dir);
    Assumptions.assumeTrue(immutable && !canCreateIn(dir),
        "cannot make a read-only folder here: root ignores permissions and chattr +i failed");
    return new ReadOnlyFolder(dir, true);
  }

  private static boolean canCreateIn(Path dir) {
    try {
      Files.delete(Files.createTempFile(dir, "probe", ".tmp"));
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private static boolean chattr(String flag, Path dir) throws InterruptedException {
    try {
      Process p = new ProcessBuilder("chattr", flag, dir.toString()).redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException e) {
      return false; // no chattr on this machine
    }
  }

  /** Writable again, so the test's temporary folder can be deleted. */
  @Override
  public void close() throws IOException, InterruptedException {
    if (immutable) {
      chattr("-i", dir);
    }
    Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
  }
}
