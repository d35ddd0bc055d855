package gdviz.plot.export;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes a file all or nothing: into a temporary file beside it, then moved into place. If
 * anything fails (an unwritable folder, a full disk) the temporary file is removed, the target is
 * untouched, and the exception says in words what went wrong. If the program is stopped meanwhile
 * (Ctrl+C, SIGTERM, the window closed) a shutdown hook removes the temporary files still being
 * written: nothing is left behind.
 */
public final class AtomicFile {
  /** Temporary files being written now: removed by the shutdown hook if the program stops first. */
  private static final Set<Path> WRITING = ConcurrentHashMap.newKeySet();

  static {
    Thread hook = new Thread(() -> {
      for (Path temp : WRITING) {
        try {
          Files.deleteIfExists(temp); // the writer may go on writing into the unlinked file until the end
        } catch (IOException ignored) {
          // the program is ending; nothing more can be done
        }
      }
    }, "gdviz-unfinished-files");
    Runtime.getRuntime().addShutdownHook(hook);
  }

  private AtomicFile() {}

  /** The content, written to an output stream. */
  public interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  /** The content, written into a file of its own (a writer that seeks, as the GIF writer does). */
  public interface FileContent {
    void writeTo(Path file) throws IOException;
  }

  public static void write(Path target, Content content) throws IOException {
    writeFile(target, temp -> {
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16)) {
        content.writeTo(out);
      }
    });
  }

  /** As {@link #write}, the content written straight into the temporary file. */
  public static void writeFile(Path target, FileContent content) throws IOException {
    Path absolute = target.toAbsolutePath();
    Path dir = absolute.getParent();
    if (dir == null || !Files.isDirectory(dir)) {
      throw new IOException("cannot write " + target + ": " + (dir != null && Files.exists(dir)
          ? dir + " is a file, not a folder" : "the folder " + dir + " does not exist"));
    }
    if (Files.isDirectory(absolute)) {
      throw new IOException("cannot write " + target + ": it is a folder");
    }
    Path temp;
    try {
      temp = Files.createTempFile(dir, "." + absolute.getFileName(), ".part");
    } catch (IOException e) {
      if (refused(e)) {
        throw new IOException("cannot write " + target + ": the folder " + dir + " is not writable", e);
      }
      throw new IOException("cannot write " + target + ": " + reason(e), e);
    }
    WRITING.add(temp);
    try {
      content.writeTo(temp);
      keepUsualPermissions(temp, absolute);
      try {
        Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException | RuntimeException | Error e) {
      Files.deleteIfExists(temp);
      if (e instanceof IOException io) {
        throw new IOException("cannot write " + target + ": " + reason(io), io);
      }
      throw e;
    } finally {
      WRITING.remove(temp);
    }
  }

  /** A temporary file is private (rw-------); the result gets the target's old permissions, or rw-r--r--. */
  private static void keepUsualPermissions(Path temp, Path target) throws IOException {
    if (!temp.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      return;
    }
    Set<PosixFilePermission> permissions = Files.exists(target) ? Files.getPosixFilePermissions(target)
        : PosixFilePermissions.fromString("rw-r--r--");
    Files.setPosixFilePermissions(temp, permissions);
  }

  /** No permission, an immutable folder (even root gets "Operation not permitted") or a read-only disk. */
  private static boolean refused(IOException e) {
    if (e instanceof AccessDeniedException) {
      return true;
    }
    String why = e instanceof FileSystemException f ? f.getReason() : null;
    return why != null && (why.contains("Operation not permitted") || why.contains("Read-only file system"));
  }

  private static String reason(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof NoSuchFileException) {
      return "no such file or folder";
    }
    String m = e.getMessage();
    if (m != null && m.contains("No space left")) {
      return "the disk is full";
    }
    return m == null ? e.getClass().getSimpleName() : m;
  }
}
