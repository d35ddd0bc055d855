package gdviz.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gdviz.plot.PlotTheme;
import gdviz.ui.window.WindowPlacement;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsTest {
  @TempDir Path dir;

  @Test
  void whatIsSavedComesBack() throws Exception {
    Settings s = new Settings(new WindowPlacement(12.5, 40, 1180, 700, true), PlotTheme.DARK, 175, false, true,
        "linreg-20pts");
    Path file = dir.resolve("gdviz").resolve("settings.properties");
    s.save(file);
    assertEquals(s, Settings.load(file));
    try (var files = Files.list(file.getParent())) {
      assertEquals(1, files.count(), "no temporary file left beside it");
    }
  }

  @Test
  void noFileMeansTheDefaults() {
    assertEquals(Settings.DEFAULTS, Settings.load(dir.resolve("missing.properties")));
  }

  @Test
  void aCorruptFileIsIgnored() throws Exception {
    Path garbage = dir.resolve("garbage.properties");
    Files.write(garbage, new byte[] {0, (byte) 0xFF, 0x5C, 0x75, 0x7A, 0x7A, 0x7A, 10, 3, 7}); // "\\uzzz": a broken escape
    assertEquals(Settings.DEFAULTS, Settings.load(garbage));
    Path nonsense = dir.resolve("nonsense.properties");
    Files.writeString(nonsense, "window.x=left\nwindow.y=0\nwindow.width=800\nwindow.height=600\ntheme=dark\n");
    assertEquals(Settings.DEFAULTS, Settings.load(nonsense), "one bad value: the whole file is ignored");
    Path badScale = dir.resolve("scale.properties");
    Files.writeString(badScale, "scale=5000\n");
    assertEquals(Settings.DEFAULTS, Settings.load(badScale));
  }

  @Test
  void aFolderThatCannotBeWrittenIsLoggedNotThrown() throws Exception {
    Path notAFolder = dir.resolve("occupied");
    Files.writeString(notAFolder, "a file where the config folder would go");
    Path file = notAFolder.resolve("settings.properties");
    Settings.DEFAULTS.save(file); // no exception
    assertFalse(Files.isDirectory(notAFolder));
    assertEquals(Settings.DEFAULTS, Settings.load(file));
  }

  @Test
  void theConfigFolderFollowsTheSystemPropertyForTests() {
    String before = System.getProperty("gdviz.config.dir");
    try {
      System.setProperty("gdviz.config.dir", dir.toString());
      assertEquals(dir.resolve("settings.properties"), Settings.defaultFile());
    } finally {
      if (before == null) {
        System.clearProperty("gdviz.config.dir");
      } else {
        System.setProperty("gdviz.config.dir", before);
      }
    }
    assertTrue(Settings.defaultFile().toString().contains("gdviz"));
  }
}
