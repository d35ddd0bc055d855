package gdviz.app;

import gdviz.model.data.CsvData;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The parameters of a CSV data set by its header: {@code intercept}, then one per feature column. */
final class DataColumns {
  private DataColumns() {}

  /** {@code intercept}, then the header's feature names, as {@link CsvData} reads them (and refuses them). */
  static List<String> parameterNames(Path file) {
    List<String> names = CsvData.header(file);
    List<String> out = new ArrayList<>();
    out.add("intercept");
    out.addAll(names.subList(0, names.size() - 1));
    return out;
  }
}
