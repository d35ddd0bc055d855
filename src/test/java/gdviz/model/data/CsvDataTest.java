package gdviz.model.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import gdviz.model.SetupException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** CSV data: the header's names, the rows, and every bad file's message with its line and column. */
class CsvDataTest {
  private static CsvData.Loaded parse(String text) throws IOException {
    return CsvData.parse(new BufferedReader(new StringReader(text)), "data.csv", () -> { }, () -> false);
  }

  private static String error(String text) {
    return assertThrows(SetupException.class, () -> parse(text)).getMessage();
  }

  @Test
  void readsNamesAndRowsTheLastColumnBeingY() throws IOException {
    CsvData.Loaded d = parse("\uFEFF\"size\", rooms ,price\n\n50,2,100.5\r\n70,3,1.5e2\n");
    assertEquals(List.of("size", "rooms", "price"), d.names());
    assertEquals(List.of("size", "rooms"), d.featureNames());
    assertArrayEquals(new double[] {50, 2}, d.table().features()[0]);
    assertArrayEquals(new double[] {100.5, 150.0}, d.table().targets());
  }

  @Test
  void badFilesAreRefusedWithLineAndColumn() {
    assertEquals("data.csv line 3, column 2 (y): missing value", error("x,y\n1,2\n3,\n"));
    assertEquals("data.csv line 2, column 1 (x): 'one' is not a number", error("x,y\none,2\n"));
    assertEquals("data.csv line 2, column 2 (y): NaN is not a finite number", error("x,y\n1,NaN\n"));
    assertEquals("data.csv line 2: 1 value; the header has 2 columns (x, y)", error("x,y\n1\n"));
    assertEquals("data.csv line 2: more than 2 values; the header has 2 columns (x, y)", error("x,y\n1,2,3\n"));
    assertEquals("data.csv line 1: one column ('x'); a data set needs at least one feature column and a last"
        + " column y, separated by commas (e.g. x,y)", error("x\n1\n"));
    assertEquals("data.csv has a header but no rows of numbers", error("x,y\n\n"));
    assertEquals("data.csv is empty: it needs a header line (e.g. x,y) and rows of numbers", error(""));
  }

  @Test
  void tenMillionRowsAreRefusedAtTheFirstRowTooMany() {
    // ten million rows, generated as they are read (no file, no string of 80 MB)
    Reader rows = new Reader() {
      private long row = -1;
      private String pending = "";
      private int at;

      @Override
      public int read(char[] buf, int off, int len) {
        if (at == pending.length()) {
          row++;
          if (row > 10_000_000) {
            return -1;
          }
          pending = row == 0 ? "x,y\n" : row + ",1\n";
          at = 0;
        }
        int n = Math.min(len, pending.length() - at);
        pending.getChars(at, at + n, buf, off);
        at += n;
        return n;
      }

      @Override
      public void close() {}
    };
    SetupException e = assertThrows(SetupException.class,
        () -> CsvData.parse(new BufferedReader(rows), "big.csv", () -> { }, () -> false));
    assertEquals("big.csv line 2000002: more than 2,000,000 rows; gdviz fits at most that many (take a sample of"
        + " the rows)", e.getMessage());
  }

  private static String fileError(java.nio.file.Path file) {
    return assertThrows(SetupException.class, () -> CsvData.read(file, (r, t) -> { }, () -> false)).getMessage();
  }

  /** Hostile files: a message of a line or two naming the line, never the file's content at length. */
  @Test
  void hostileFilesAreRefusedInAFewWordsWithTheirLine(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws IOException {
    var files = new java.util.LinkedHashMap<String, byte[]>();
    files.put("long-line.csv", ("x,y\n1,2\n" + "9".repeat(2_000_000) + "a,3\n").getBytes(StandardCharsets.UTF_8));
    files.put("long-value.csv", ("x,y\n1,2\n" + "9".repeat(900_000) + "a,3\n").getBytes(StandardCharsets.UTF_8));
    files.put("utf16.csv", "x,y\n1,2\n".getBytes(StandardCharsets.UTF_16));
    files.put("latin1.csv", "größe,y\n1,2\n".getBytes(StandardCharsets.ISO_8859_1));
    files.put("zeros.csv", new byte[100_000]);
    files.put("wide.csv", ("f," .repeat(501) + "y\n").getBytes(StandardCharsets.UTF_8));
    files.put("many-columns.csv", ("a,b,c,d,e,f,g,y\n1,2,3\n").getBytes(StandardCharsets.UTF_8));
    var expected = List.of(
        "long-line.csv line 3: longer than 1,000,000 characters; a row of numbers is far shorter (is this a CSV file?)",
        "long-value.csv line 3, column 1 (x): '9999999999999999999999999999999999999999… (900,001 characters)' is not a"
            + " number",
        "utf16.csv is saved as UTF-16 text; save it as CSV UTF-8 (comma-separated values)",
        "latin1.csv line 1: not UTF-8 text (a spreadsheet or a binary file?); save it as CSV UTF-8 (comma-separated"
            + " values)",
        "zeros.csv line 1: a NUL character: this is a binary file, not comma-separated text",
        "wide.csv line 1: 501 feature columns; gdviz fits at most 500 (the exact least-squares solution and the"
            + " curvature grow with the cube of the columns)",
        "many-columns.csv line 2: 3 values; the header has 8 columns (a, b, c, d, e, …)");
    int i = 0;
    for (var f : files.entrySet()) {
      var file = java.nio.file.Files.write(dir.resolve(f.getKey()), f.getValue());
      assertEquals(expected.get(i++), fileError(file));
    }
    assertEquals(List.of("größe", "y"), CsvData.header(java.nio.file.Files.write(dir.resolve("utf8.csv"),
        "größe,y\n1,2\n".getBytes(StandardCharsets.UTF_8))));
  }

  @Test
  void zeroOneTargetsAreAClassification() throws IOException {
    assertEquals(true, parse("x,y\n1,0\n2,1\n").binary());
    assertEquals(false, parse("x,y\n1,0\n2,2\n").binary());
  }
}
