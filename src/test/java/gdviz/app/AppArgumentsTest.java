package gdviz.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gdviz.plot.PlotTheme;
import java.util.List;
import org.junit.jupiter.api.Test;

class AppArgumentsTest {
  @Test
  void aTeachersShortcut() {
    assertEquals(new AppArguments("linreg-20pts", PlotTheme.DARK, 150, true, null, null),
        AppArguments.parse(List.of("--preset", "linreg-20pts", "--theme=dark", "--scale", "150%", "--presentation")));
    assertEquals(new AppArguments(null, null, null, false, null, null), AppArguments.parse(List.of()));
  }

  @Test
  void mistakesAreNamed() {
    assertEquals("--scale: scale must be from 75 to 300 (percent), not 500\n" + AppArguments.USAGE,
        assertThrows(IllegalArgumentException.class, () -> AppArguments.parse(List.of("--scale", "500"))).getMessage());
    assertEquals("--theme: theme must be light or dark, not \"blue\"\n" + AppArguments.USAGE,
        assertThrows(IllegalArgumentException.class, () -> AppArguments.parse(List.of("--theme=blue"))).getMessage());
    assertEquals("unknown argument \"--zoom\"\n" + AppArguments.USAGE,
        assertThrows(IllegalArgumentException.class, () -> AppArguments.parse(List.of("--zoom"))).getMessage());
    assertEquals("--preset needs a value\n" + AppArguments.USAGE,
        assertThrows(IllegalArgumentException.class, () -> AppArguments.parse(List.of("--preset"))).getMessage());
  }

  @Test
  void anUnknownPresetIsCaughtBeforeTheWindowOpens() {
    assertTrue(AppArguments.problem(List.of("--preset", "quadratc-1d")).startsWith("unknown preset \"quadratc-1d\""));
    assertNull(AppArguments.problem(List.of("--preset", "quadratic-1d", "--scale", "200")));
  }

  @Test
  void takesADataFileAndSaysWhenItIsMissing() {
    assertEquals(new AppArguments(null, null, null, false, "scores.csv", null),
        AppArguments.parse(List.of("--data", "scores.csv")));
    assertEquals("no such data file: /nonexistent/scores.csv",
        AppArguments.problem(List.of("--data=/nonexistent/scores.csv")));
  }

  @Test
  void takesALessonAndSaysWhatIsWrongWithOne(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws Exception {
    assertEquals("course", AppArguments.parse(List.of("--lesson", "course")).lesson());
    assertEquals(null, AppArguments.problem(List.of("--lesson", "course")));
    java.nio.file.Path bad = dir.resolve("week3.json");
    java.nio.file.Files.writeString(bad, "{\"title\": \"week 3\", \"scenes\": [{\"title\": \"a\", \"preset\": \"nope\"}]}");
    assertEquals("--lesson: week3.json, scene 1: unknown preset 'nope' (see: gdviz presets)",
        AppArguments.problem(List.of("--lesson", bad.toString())));
    assertEquals("--lesson: lesson file missing.json does not exist or is not a file",
        AppArguments.problem(List.of("--lesson=missing.json")));
  }
}
