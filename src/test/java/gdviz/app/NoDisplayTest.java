package gdviz.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The app started where there is no display: one line saying so and what works instead, never a stack trace. */
class NoDisplayTest {
  private static Process app(Map<String, String> display, String... args) throws Exception {
    var command = new java.util.ArrayList<>(java.util.List.of(Path.of(System.getProperty("java.home"), "bin", "java")
        .toString(), "-cp", System.getProperty("java.class.path"), "gdviz.app.Launcher"));
    command.addAll(java.util.List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command);
    pb.environment().remove("DISPLAY");
    pb.environment().remove("WAYLAND_DISPLAY");
    pb.environment().putAll(display);
    return pb.start();
  }

  @Test
  void noDisplayIsOneLineNamingTheCommandLine() throws Exception {
    Assumptions.assumeTrue(System.getProperty("os.name").toLowerCase().contains("linux"), "X11 and Wayland: Linux");
    for (Process p : new Process[] {app(Map.of()), app(Map.of(), "app", "--preset", "quadratic-2d"),
        app(Map.of("DISPLAY", ":77"))}) { // set, but no X server there
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
      assertTrue(p.waitFor(60, TimeUnit.SECONDS));
      assertEquals(1, p.exitValue(), err);
      assertEquals("", out);
      assertEquals(1, err.lines().count(), err);
      assertTrue(err.startsWith("gdviz: no display to open the window on") || err.startsWith(
          "gdviz: cannot open the display :77"), err);
      assertTrue(err.contains("gdviz run") && err.contains("gdviz export"), err);
    }
  }

  @Test
  void windowsAndMacsNeedNoDisplayVariable() {
    assertNull(DisplayCheck.problem(Map.of(), "Windows 11"));
    assertNull(DisplayCheck.problem(Map.of(), "Mac OS X"));
    assertNull(DisplayCheck.problem(Map.of("WAYLAND_DISPLAY", "wayland-0"), "Linux"));
    assertNull(DisplayCheck.problem(Map.of("DISPLAY", ":0"), "Linux"));
    assertTrue(DisplayCheck.problem(Map.of("DISPLAY", " "), "Linux").startsWith("gdviz: no display"));
  }
}
