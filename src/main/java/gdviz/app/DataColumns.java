package gdviz.app;

import gdviz.model.SetupException;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The parameters of a CSV data set by its header: {@code intercept}, then one per feature column. */
final class DataColumns {
  private DataColumns() {}

  static List<String> parameterNames(Path file) {
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String header;
      do {
        header = r.readLine();
      } while (header != null && header.isBlank());
      if (header == null) {
        return null; // the loader says what is wrong
      }
      String[] names = header.replace("\uFEFF", "").split(",", -1);
      List<String> out = new ArrayList<>();
      out.add("intercept");
      for (int c = 0; c < names.length - 1; c++) {
        String n = names[c].strip().replace("\"", "");
        out.add(n.isEmpty() ? "x" + (c + 1) : n);
      }
      return names.length < 2 ? null : out;
    } catch (NoSuchFileException e) {
      throw new SetupException("no such data file: " + file);
    } catch (IOException | java.io.UncheckedIOException e) {
      throw new SetupException("cannot read " + file + ": " + e.getMessage());
    }
  }
}
