package gdviz.model.data;

import gdviz.model.SetupException;
import gdviz.model.format.Quote;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackInputStream;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * A data set from a CSV file: a header naming the columns, then one row per sample, every value a
 * number; the last column is the target y, the others the features x1 … xd. Anything else is
 * refused with the line and the column: a missing value, text in a number column, a row with too
 * few or too many values, a single column, a header without rows, more than {@link #MAX_ROWS}
 * rows. Read in one pass as a stream, reporting progress by bytes.
 */
public final class CsvData {
  /** The most rows gdviz takes (each row is kept, and every step of a full-batch method reads all). */
  public static final int MAX_ROWS = 2_000_000;
  /**
   * The most feature columns gdviz takes: the exact least-squares solution and the curvature grow
   * with the cube of the columns (5,000 columns of 20 rows took over 90 s for 3 steps; 500 take
   * half a second).
   */
  public static final int MAX_FEATURES = 500;
  /** The longest line gdviz reads: far beyond a row of 500 numbers, short of a file with no line end. */
  public static final int MAX_LINE = 1_000_000;

  /** The columns' names (features, then y) and the rows. */
  public record Loaded(List<String> names, DataTable table) {
    public List<String> featureNames() {
      return names.subList(0, names.size() - 1);
    }

    /** Whether every target is 0 or 1: a classification, fitted by logistic regression. */
    public boolean binary() {
      return DataSets.binary(table.targets());
    }
  }

  /** Told how far the reading is: bytes read of the total (the file's size). */
  @FunctionalInterface
  public interface Progress {
    void read(long bytes, long total);
  }

  private CsvData() {}

  /** Reads a file; a cancelled read returns null. */
  public static Loaded read(Path file, Progress progress, BooleanSupplier cancelled) {
    long total;
    try {
      total = Files.size(file);
    } catch (NoSuchFileException e) {
      throw new SetupException("no such data file: " + file);
    } catch (IOException e) {
      throw new SetupException("cannot read " + file + ": " + e.getMessage());
    }
    String name = file.getFileName().toString();
    try (InputStream in = Files.newInputStream(file)) {
      long[] read = {0};
      InputStream counting = new FilterInputStream(in) {
        @Override
        public int read(byte[] b, int off, int len) throws IOException {
          int n = super.read(b, off, len);
          if (n > 0) {
            read[0] += n;
          }
          return n;
        }
      };
      return parse(text(counting, name), name, () -> progress.read(read[0], total), cancelled);
    } catch (IOException e) {
      throw new SetupException("cannot read " + file + ": " + e.getMessage());
    }
  }

  /** The header's names alone (the command line names the parameters by them), read as {@link #read} reads it. */
  public static List<String> header(Path file) {
    String name = file.getFileName().toString();
    try (InputStream in = Files.newInputStream(file)) {
      CsvLines lines = new CsvLines(text(in, name), name);
      return names(headerLine(lines, name), lines.number(), name);
    } catch (NoSuchFileException e) {
      throw new SetupException("no such data file: " + file);
    } catch (IOException e) {
      throw new SetupException("cannot read " + file + ": " + e.getMessage());
    }
  }

  /**
   * The bytes as UTF-8 text, strictly: text in another encoding is refused by {@link CsvLines}
   * with its line, and a file saved as UTF-16 (a spreadsheet's "Unicode text") at once.
   */
  private static Reader text(InputStream in, String name) throws IOException {
    PushbackInputStream bytes = new PushbackInputStream(in, 2);
    byte[] first = new byte[2];
    int n = bytes.readNBytes(first, 0, 2);
    if (n == 2 && ((first[0] == (byte) 0xFF && first[1] == (byte) 0xFE) || (first[0] == (byte) 0xFE
        && first[1] == (byte) 0xFF))) {
      throw new SetupException(name + " is saved as UTF-16 text; save it as CSV UTF-8 (comma-separated values)");
    }
    bytes.unread(first, 0, n);
    return new InputStreamReader(bytes, StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
  }

  /** Parses CSV text; {@code source} names it in messages. */
  public static Loaded parse(Reader text, String source, Runnable progress, BooleanSupplier cancelled)
      throws IOException {
    CsvLines reader = new CsvLines(text, source);
    List<String> names = names(headerLine(reader, source), reader.number(), source);
    int columns = names.size();
    double[] values = new double[columns * 1024];
    int rows = 0;
    double[] row = new double[columns];
    String l;
    while ((l = reader.next()) != null) {
      long line = reader.number();
      if (l.isBlank()) {
        continue;
      }
      if ((rows & 0x3FFF) == 0) {
        if (cancelled.getAsBoolean()) {
          return null;
        }
        progress.run();
      }
      if (rows == MAX_ROWS) {
        throw new SetupException(source + " line " + line + ": more than " + String.format("%,d", MAX_ROWS)
            + " rows; gdviz fits at most that many (take a sample of the rows)");
      }
      split(l, row, names, source, line);
      if ((long) (rows + 1) * columns > values.length) {
        values = Arrays.copyOf(values, (int) Math.min((long) values.length * 2, (long) MAX_ROWS * columns));
      }
      System.arraycopy(row, 0, values, rows * columns, columns);
      rows++;
    }
    if (rows == 0) {
      throw new SetupException(source + " has a header but no rows of numbers");
    }
    progress.run();
    double[][] features = new double[rows][columns - 1];
    double[] targets = new double[rows];
    for (int r = 0; r < rows; r++) {
      System.arraycopy(values, r * columns, features[r], 0, columns - 1);
      targets[r] = values[r * columns + columns - 1];
    }
    return new Loaded(List.copyOf(names), new DataTable(features, targets));
  }

  /** The first line that is not blank: the header. */
  private static String headerLine(CsvLines reader, String source) throws IOException {
    String l;
    while ((l = reader.next()) != null) {
      if (!l.isBlank()) {
        return l.startsWith("\uFEFF") ? l.substring(1) : l;
      }
    }
    throw new SetupException(source + " is empty: it needs a header line (e.g. x,y) and rows of numbers");
  }

  /** The columns' names, unnamed ones called x1 … and y; at least two columns, at most {@link #MAX_FEATURES} + 1. */
  private static List<String> names(String header, long line, String source) {
    List<String> names = new ArrayList<>();
    for (String n : header.split(",", -1)) {
      names.add(unquote(n.strip()));
    }
    int columns = names.size();
    if (columns < 2) {
      throw new SetupException(source + " line " + line + ": one column (" + Quote.of(names.get(0)) + "); a data set"
          + " needs at least one feature column and a last column y, separated by commas (e.g. x,y)");
    }
    if (columns - 1 > MAX_FEATURES) {
      throw new SetupException(String.format(java.util.Locale.ROOT, "%s line %d: %,d feature columns; gdviz fits at"
          + " most %,d (the exact least-squares solution and the curvature grow with the cube of the columns)",
          source, line, columns - 1, MAX_FEATURES));
    }
    for (int c = 0; c < columns; c++) {
      if (names.get(c).isEmpty()) {
        names.set(c, c == columns - 1 ? "y" : "x" + (c + 1));
      }
      int first = names.indexOf(names.get(c));
      if (first < c) { // two parameters both called x could not be told apart
        throw new SetupException(source + " line " + line + ": the column name " + Quote.of(names.get(c))
            + " is given twice (columns " + (first + 1) + " and " + (c + 1) + "); name each column once");
      }
    }
    return names;
  }

  /** "(a, b, y)", or the first five names and how many there are: a message names the columns, it does not list 500. */
  private static String columnList(List<String> names) {
    StringBuilder s = new StringBuilder("(");
    for (int c = 0; c < Math.min(names.size(), 6); c++) {
      s.append(c == 0 ? "" : ", ").append(c == 5 && names.size() > 6 ? "…" : Quote.shortened(names.get(c)));
    }
    return s.append(")").toString();
  }

  /** One row's values into {@code out}, or a message naming the line and the column. */
  private static void split(String l, double[] out, List<String> names, String source, long line) {
    int columns = out.length;
    int c = 0;
    int from = 0;
    while (true) {
      int comma = l.indexOf(',', from);
      int to = comma < 0 ? l.length() : comma;
      if (c == columns) {
        throw new SetupException(source + " line " + line + ": more than " + columns + " values; the header has "
            + columns + " columns " + columnList(names));
      }
      String text = unquote(l.substring(from, to).strip());
      String where = source + " line " + line + ", column " + (c + 1) + " (" + Quote.shortened(names.get(c)) + ")";
      if (text.isEmpty()) {
        throw new SetupException(where + ": missing value");
      }
      double v;
      try {
        v = Double.parseDouble(text);
      } catch (NumberFormatException e) {
        throw new SetupException(where + ": " + Quote.of(text) + " is not a number");
      }
      if (!Double.isFinite(v)) {
        throw new SetupException(where + ": " + Quote.shortened(text) + " is not a finite number");
      }
      out[c++] = v;
      if (comma < 0) {
        break;
      }
      from = comma + 1;
    }
    if (c < columns) {
      throw new SetupException(source + " line " + line + ": " + c + " value" + (c == 1 ? "" : "s") + "; the header has "
          + columns + " columns " + columnList(names));
    }
  }

  private static String unquote(String s) {
    return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"") ? s.substring(1, s.length() - 1).strip() : s;
  }
}
