package gdviz.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Standard output and error as consoles take them: a reader that goes away, a full disk, a console without Unicode. */
class ConsoleOutputTest {
  /** Takes {@code limit} bytes, then fails every write as a closed pipe or a full disk does; counts what is offered. */
  private static final class Failing extends OutputStream {
    final long limit;
    final String why;
    long offered;

    Failing(long limit, String why) {
      this.limit = limit;
      this.why = why;
    }

    @Override
    public void write(int b) throws IOException {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      offered += len;
      if (offered > limit) {
        throw new IOException(why);
      }
    }
  }

  private record Run(int status, String err, long offered) {}

  private static Run run(Failing out, String... args) {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = Cli.execute(args, ConsoleWriter.of(out, StandardCharsets.UTF_8),
        ConsoleWriter.of(err, StandardCharsets.UTF_8));
    return new Run(status, err.toString(StandardCharsets.UTF_8), out.offered);
  }

  /** gdviz run … | head -3: once the reader is gone the run stops (within a check's worth of rows), quietly. */
  @Test
  void aRunStopsWhenItsReaderGoesAway() {
    Run r = run(new Failing(100, "Broken pipe"), "run", "--function", "x^2", "--start", "1", "--eta", "1e-9", "--steps",
        "100000000");
    assertEquals(0, r.status());
    assertEquals("", r.err());
    // 10⁸ rows are 4 GB; stopping at the next check writes a few buffers' worth
    assertTrue(r.offered() < 1_000_000, r.offered() + " bytes offered");
  }

  @Test
  void aFullDiskIsOneLine() {
    Run r = run(new Failing(5000, "No space left on device"), "run", "--function", "x^2", "--start", "1", "--eta",
        "1e-9", "--steps", "100000000");
    assertEquals(1, r.status());
    assertEquals("run: cannot write the rows: No space left on device; the run stopped", r.err().strip());
    assertTrue(r.offered() < 1_000_000, r.offered() + " bytes offered");
  }

  private static String asAscii(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Charset ascii = StandardCharsets.US_ASCII;
    Cli.execute(args, ConsoleWriter.of(out, ascii), ConsoleWriter.of(err, ascii));
    return out.toString(ascii) + err.toString(ascii);
  }

  /** A console of the C locale: readable ASCII spellings, never "?". */
  @Test
  void aConsoleWithoutUnicodeReadsAsciiSpellings() {
    String diverging = asAscii("run", "--preset", "quadratic-2d", "--eta", "1.22");
    assertTrue(diverging.contains("diverging (stopped after 20 steps; eta*lambda2 = 4.88 > 2 along v2 = (0, 1):"
        + " |x - x*| grows x3.88 per step)"), diverging);
    String methods = asAscii("methods");
    assertTrue(methods.contains("gradient descent: x <- x - eta*grad f(x)"), methods);
    assertTrue(methods.contains("heavy ball: v <- beta*v + grad f, x <- x - eta*v"), methods);
    assertEquals(false, methods.contains("?"), methods);
    assertEquals("theta0, theta1, x10, eta_k, df/dx_i, 1e-5 <= |x|, 2*eta, x^2 + y^-1, sqrt(s + eps)",
        ConsoleText.of("θ₀, θ₁, x₁₀, ηₖ, ∂f/∂xᵢ, 1e-5 ≤ |x|, 2η, x² + y⁻¹, √(s + ε)", StandardCharsets.US_ASCII));
    assertEquals("ηλ₂ = 2", ConsoleText.of("ηλ₂ = 2", StandardCharsets.UTF_8), "a Unicode console: as written");
    assertEquals("x² · 3 × 4 >= 1", ConsoleText.of("x² · 3 × 4 ≥ 1", Charset.forName("windows-1252")),
        "a Windows code page keeps what it has (², ·, ×), spells what it has not (≥)");
  }

  /** The real process under LANG=C, as in a container or an SSH session. */
  @Test
  void theCLocaleGetsAsciiFromTheRealProcess() throws Exception {
    ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
        System.getProperty("java.class.path"), "gdviz.app.Launcher", "run", "--preset", "quadratic-2d", "--eta", "1.22");
    pb.environment().put("LANG", "C");
    pb.environment().put("LC_ALL", "C");
    pb.redirectOutput(ProcessBuilder.Redirect.DISCARD);
    Process p = pb.start();
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.ISO_8859_1);
    assertTrue(p.waitFor(60, TimeUnit.SECONDS));
    assertEquals("diverging (stopped after 20 steps; eta*lambda2 = 4.88 > 2 along v2 = (0, 1): |x - x*| grows x3.88 per"
        + " step)", err.lines().findFirst().orElse(""));
  }
}
