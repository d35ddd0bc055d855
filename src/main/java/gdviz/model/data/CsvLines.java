package gdviz.model.data;

import gdviz.model.SetupException;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;

/**
 * The lines of a CSV file, each at most {@link CsvData#MAX_LINE} characters: a file with no line
 * end ({@code /dev/zero}, 2 GB of one line) is refused at its first line instead of filling the
 * heap. Text that is not UTF-8 and binary files (a NUL character) are refused with the line they
 * are on. Lines end at \n, \r\n or \r.
 */
final class CsvLines {
  private final Reader in;
  private final String source;
  private final char[] buffer = new char[1 << 16];
  private final StringBuilder line = new StringBuilder();
  private int at;
  private int end;
  private long number;
  private boolean afterReturn;

  CsvLines(Reader in, String source) {
    this.in = in;
    this.source = source;
  }

  /** The number of the line {@link #next} returned last (1 for the first). */
  long number() {
    return number;
  }

  /** The next line without its end, or null at the end of the file. */
  String next() throws IOException {
    line.setLength(0);
    boolean any = false;
    while (true) {
      if (at == end && !fill()) {
        if (!any) {
          return null;
        }
        number++;
        return line.toString();
      }
      char c = buffer[at++];
      if (afterReturn) {
        afterReturn = false;
        if (c == '\n') {
          continue; // the \n of \r\n
        }
      }
      any = true;
      if (c == '\n' || c == '\r') {
        afterReturn = c == '\r';
        number++;
        return line.toString();
      }
      if (c == 0) {
        throw new SetupException(source + " line " + (number + 1) + ": a NUL character: this is a binary file, not"
            + " comma-separated text");
      }
      if (line.length() == CsvData.MAX_LINE) {
        throw new SetupException(String.format(java.util.Locale.ROOT, "%s line %d: longer than %,d characters;"
            + " a row of numbers is far shorter (is this a CSV file?)", source, number + 1, CsvData.MAX_LINE));
      }
      line.append(c);
    }
  }

  private boolean fill() throws IOException {
    try {
      end = in.read(buffer, 0, buffer.length);
    } catch (CharacterCodingException e) {
      throw new SetupException(source + " line " + (number + 1) + ": not UTF-8 text (a spreadsheet or a binary"
          + " file?); save it as CSV UTF-8 (comma-separated values)");
    }
    at = 0;
    if (end <= 0) {
      end = 0;
      return false;
    }
    return true;
  }
}
