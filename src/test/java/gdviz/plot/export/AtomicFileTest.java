package gdviz.plot.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {
  @Test
  void aFailedWriteLeavesNoFileAndNoDebris(@TempDir Path dir) throws IOException {
    Path target = dir.resolve("figure.png");
    IOException e = assertThrows(IOException.class, () -> AtomicFile.write(target, out -> {
      out.write(new byte[1000]);
      throw new IOException("No space left on device");
    }));
    assertEquals("cannot write " + target + ": the disk is full", e.getMessage());
    assertFalse(Files.exists(target));
    try (var files = Files.list(dir)) {
      assertEquals(0, files.count(), "the temporary file is gone too");
    }
  }

  @Test
  void aFailedWriteLeavesAnExistingFileUntouched(@TempDir Path dir) throws IOException {
    Path target = dir.resolve("figure.svg");
    Files.writeString(target, "the old figure");
    assertThrows(IOException.class, () -> AtomicFile.write(target, out -> {
      out.write("half a new".getBytes());
      throw new IOException("broken pipe");
    }));
    assertEquals("the old figure", Files.readString(target));
  }

  @Test
  void aMissingFolderOrAFolderAsTargetIsNamed(@TempDir Path dir) {
    Path nowhere = dir.resolve("no/such/folder/f.png");
    assertEquals("cannot write " + nowhere + ": the folder " + nowhere.getParent() + " does not exist",
        assertThrows(IOException.class, () -> AtomicFile.write(nowhere, out -> { })).getMessage());
    assertTrue(assertThrows(IOException.class, () -> AtomicFile.write(dir, out -> { })).getMessage()
        .endsWith("it is a folder"));
  }

  @Test
  void aWrittenFileIsReadableByOthersLikeAnyOther(@TempDir Path dir) throws IOException {
    Path target = dir.resolve("f.txt");
    AtomicFile.write(target, out -> out.write("ok".getBytes()));
    assertEquals("ok", Files.readString(target));
    assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(target)));
  }

  @Test
  void aReadOnlyFolderIsNamedAndNothingInItChanges(@TempDir Path tmp) throws Exception {
    Path dir = Files.createDirectory(tmp.resolve("handouts"));
    Path old = dir.resolve("old.png");
    Files.writeString(old, "the old figure");
    try (ReadOnlyFolder readOnly = ReadOnlyFolder.of(dir)) {
      for (Path target : new Path[] {dir.resolve("new.png"), old}) {
        IOException e = assertThrows(IOException.class, () -> AtomicFile.write(target, out -> out.write(1)));
        assertEquals("cannot write " + target + ": the folder " + dir + " is not writable", e.getMessage());
      }
      assertEquals("the old figure", Files.readString(old));
      try (var files = Files.list(dir)) {
        assertEquals(java.util.List.of(old), files.toList(), "no new file, no temporary file");
      }
    }
  }
}
