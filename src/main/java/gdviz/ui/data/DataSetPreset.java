package gdviz.ui.data;

import gdviz.model.data.CsvData;
import gdviz.model.data.DataSets;
import gdviz.model.preset.DataSpec;
import gdviz.model.preset.Preset;
import gdviz.model.preset.RunOverrides;
import java.util.ArrayList;
import java.util.List;

/**
 * A loaded CSV as a preset the window opens like any other: the data in memory (so nothing reads
 * the file again), its parameters named by the columns (the intercept, then a weight per
 * feature), every parameter starting at 0, gd with η = 1/L at the start (the middle of the green
 * band), 1,000 steps.
 */
public final class DataSetPreset {
  private DataSetPreset() {}

  public static Preset of(String fileName, CsvData.Loaded data, boolean standardize) {
    DataSpec spec = new DataSpec(data.table().features(), data.table().targets(), null, null, null, null, null,
        standardize ? Boolean.TRUE : null);
    List<String> names = new ArrayList<>();
    names.add("intercept");
    names.addAll(data.featureNames());
    double[] start = new double[names.size()];
    double eta = DataSets.startingEta(spec.toObjective(fileName), start);
    RunOverrides base = RunOverrides.builder().data(spec).start(start).method("gd").eta(eta).steps(1000L).parameters(names)
        .build();
    int rows = data.table().targets().length;
    String loss = data.binary() ? "logistic regression (every y is 0 or 1): mean cross-entropy"
        : "least squares: J = 1/(2m)·Σ(ŷ − y)²";
    String description = fileName + ": " + String.format("%,d", rows) + " rows of " + String.join(", ", data.names())
        + "; " + loss + (standardize ? "; features standardized (mean 0, sd 1)" : "");
    return new Preset(fileName, description, 1000, Preset.KIND_RUN, base, List.of(), null, null);
  }

  /** Whether a preset holds a data set (a loaded CSV, or a preset's table) that can be standardized. */
  public static boolean hasData(Preset p) {
    return p != null && p.base() != null && p.base().data() != null && p.runs().isEmpty();
  }

  /**
   * The same preset with the features standardized or not, and η = 1/L again for the data as it is
   * now (standardized, L falls from thousands to about 1: the old η would crawl for hundreds of steps).
   */
  public static Preset standardized(Preset p, boolean on) {
    DataSpec data = p.base().data().withStandardize(on);
    double eta = DataSets.startingEta(data.toObjective(p.name()), p.base().start());
    RunOverrides base = p.base().toBuilder().data(data).eta(eta).build();
    String d = p.description().replace("; features standardized (mean 0, sd 1)", "");
    return new Preset(p.name(), on ? d + "; features standardized (mean 0, sd 1)" : d, p.order(), p.kind(), base,
        p.runs(), p.derivativeCheck(), p.view());
  }
}
