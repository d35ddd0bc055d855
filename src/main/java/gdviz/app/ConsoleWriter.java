package gdviz.app;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;

/**
 * Standard output or error as the command line writes it: in the console's charset, with ASCII
 * spellings for what it cannot show ({@link ConsoleText}), and knowing why writing failed — the
 * reader went away ({@code gdviz run … | head -3}: the run stops quietly) or something else went
 * wrong (a full disk: said in one line).
 */
final class ConsoleWriter extends PrintWriter {
  private final Failures bytes;

  /** The bytes' first failure to be written. */
  private static final class Failures extends FilterOutputStream {
    private volatile IOException failure;

    Failures(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      try {
        out.write(b, off, len);
      } catch (IOException e) {
        remember(e);
        throw e;
      }
    }

    @Override
    public void flush() throws IOException {
      try {
        out.flush();
      } catch (IOException e) {
        remember(e);
        throw e;
      }
    }

    private void remember(IOException e) {
      if (failure == null) {
        failure = e;
      }
    }
  }

  private ConsoleWriter(Failures bytes, Charset console) {
    super(new ConsoleText(new OutputStreamWriter(bytes, console), console), true);
    this.bytes = bytes;
  }

  /** A writer onto {@code bytes} for a console in {@code console}'s charset. */
  static ConsoleWriter of(OutputStream bytes, Charset console) {
    return new ConsoleWriter(new Failures(bytes), console);
  }

  /** Whether writing has failed (a closed pipe, a full disk); flushes first. */
  boolean failed() {
    return checkError();
  }

  /** Whether it failed because the reader went away (a pipe closed by head, a closed terminal). */
  boolean readerGone() {
    IOException e = bytes.failure;
    String m = e == null ? null : e.getMessage();
    return m != null && (m.contains("Broken pipe") || m.contains("pipe is being closed") || m.contains("Stream closed"));
  }

  /** Why writing failed, in words (null if it did not). */
  String failure() {
    IOException e = bytes.failure;
    return e == null ? null : e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  /** The charset a console of standard output (or error) shows; Java 17 picks it from the locale and the console. */
  static Charset console(String stream) {
    String encoding = System.getProperty("sun." + stream + ".encoding");
    try {
      return encoding != null ? Charset.forName(encoding) : Charset.defaultCharset();
    } catch (IllegalArgumentException e) {
      return Charset.defaultCharset();
    }
  }
}
