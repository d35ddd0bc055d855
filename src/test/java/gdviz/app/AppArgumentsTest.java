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
    assertEquals(new AppArguments("linreg-20pts", PlotTheme.DARK, 150, true, null),
        AppArguments.parse(List.of("--preset", "linreg-20pts", "--theme=dark", "--scale", "150%", "--presentation")));
    assertEquals(new AppArguments(null, null, null, false, null), AppArguments.parse(List.of()));
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
    assertEquals(new AppArguments(null, null, null, false, "scores.csv"),
        AppArguments.parse(List.of("--data", "scores.csv")));
    assertEquals("no such data file: /nonexistent/scores.csv",
        AppArguments.problem(List.of("--data=/nonexistent/scores.csv")));
  }
}
