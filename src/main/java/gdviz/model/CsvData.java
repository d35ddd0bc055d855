package gdviz.model;

import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
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
      BufferedReader reader = new BufferedReader(new InputStreamReader(counting, StandardCharsets.UTF_8), 1 << 16);
      return parse(reader, name, () -> progress.read(read[0], total), cancelled);
    } catch (IOException e) {
      throw new SetupException("cannot read " + file + ": " + e.getMessage());
    }
  }

  /** Parses CSV text; {@code source} names it in messages. */
  public static Loaded parse(BufferedReader reader, String source, Runnable progress, BooleanSupplier cancelled)
      throws IOException {
    String header = null;
    long line = 0;
    while (header == null) {
      String l = reader.readLine();
      line++;
      if (l == null) {
        throw new SetupException(source + " is empty: it needs a header line (e.g. x,y) and rows of numbers");
      }
      if (!l.isBlank()) {
        header = l.startsWith("\uFEFF") ? l.substring(1) : l;
      }
    }
    List<String> names = new ArrayList<>();
    for (String n : header.split(",", -1)) {
      names.add(unquote(n.strip()));
    }
    int columns = names.size();
    if (columns < 2) {
      throw new SetupException(source + " line " + line + ": one column ('" + names.get(0) + "'); a data set needs"
          + " at least one feature column and a last column y, separated by commas (e.g. x,y)");
    }
    for (int c = 0; c < columns; c++) {
      if (names.get(c).isEmpty()) {
        names.set(c, c == columns - 1 ? "y" : "x" + (c + 1));
      }
    }
    double[] values = new double[columns * 1024];
    int rows = 0;
    double[] row = new double[columns];
    String l;
    while ((l = reader.readLine()) != null) {
      line++;
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
            + columns + " columns (" + String.join(", ", names) + ")");
      }
      String text = unquote(l.substring(from, to).strip());
      String where = source + " line " + line + ", column " + (c + 1) + " (" + names.get(c) + ")";
      if (text.isEmpty()) {
        throw new SetupException(where + ": missing value");
      }
      double v;
      try {
        v = Double.parseDouble(text);
      } catch (NumberFormatException e) {
        throw new SetupException(where + ": '" + (text.length() > 40 ? text.substring(0, 40) + "…" : text)
            + "' is not a number");
      }
      if (!Double.isFinite(v)) {
        throw new SetupException(where + ": " + text + " is not a finite number");
      }
      out[c++] = v;
      if (comma < 0) {
        break;
      }
      from = comma + 1;
    }
    if (c < columns) {
      throw new SetupException(source + " line " + line + ": " + c + " value" + (c == 1 ? "" : "s") + "; the header has "
          + columns + " columns (" + String.join(", ", names) + ")");
    }
  }

  private static String unquote(String s) {
    return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"") ? s.substring(1, s.length() - 1).strip() : s;
  }
}
