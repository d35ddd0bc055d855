package gdviz.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MacNativesTest {
  @TempDir Path cache;

  @Test
  void appleSiliconAndIntelGetTheirOwnLibraries() {
    assertEquals("mac-aarch64", MacNatives.platform("aarch64"));
    assertEquals("mac-aarch64", MacNatives.platform("arm64"));
    assertEquals("mac-x64", MacNatives.platform("x86_64"));
  }

  @Test
  void unpacksEachArchitecturesSetIntoAFolderOfItsOwn() throws Exception {
    Path arm = MacNatives.unpack("aarch64", cache);
    Path intel = MacNatives.unpack("x86_64", cache);
    assertNotNull(arm);
    assertFalse(arm.equals(intel));
    for (String name : MacNatives.LIBRARIES) {
      byte[] armBytes = Files.readAllBytes(arm.resolve(name));
      try (InputStream in = getClass().getResourceAsStream("/gdviz/natives/mac-aarch64/" + name)) {
        assertArrayEquals(in.readAllBytes(), armBytes, name);
      }
      // not the same library twice: the jar really holds two builds
      assertFalse(java.util.Arrays.equals(armBytes, Files.readAllBytes(intel.resolve(name))), name);
    }
  }

  @Test
  void aSecondStartKeepsTheFilesAlreadyThere() throws Exception {
    Path dir = MacNatives.unpack("aarch64", cache);
    Path glass = dir.resolve("libglass.dylib");
    var before = Files.getLastModifiedTime(glass);
    Files.setLastModifiedTime(glass, java.nio.file.attribute.FileTime.fromMillis(before.toMillis() - 60_000));
    var aged = Files.getLastModifiedTime(glass);
    MacNatives.unpack("aarch64", cache);
    assertEquals(aged, Files.getLastModifiedTime(glass));
    try (var files = Files.list(dir)) {
      assertTrue(files.noneMatch(f -> f.toString().endsWith(".part")));
    }
  }
}
