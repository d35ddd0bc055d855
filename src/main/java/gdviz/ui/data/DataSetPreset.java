package gdviz.ui.data;

import gdviz.model.CsvData;
import gdviz.model.Curvature;
import gdviz.model.Numbers;
import gdviz.model.preset.DataSpec;
import gdviz.model.preset.Preset;
import gdviz.model.preset.RunSpec;
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
    var objective = spec.toObjective(fileName);
    Curvature c = Curvature.at(objective, start);
    double eta = c != null && c.largest() > 0 ? Numbers.round(1 / c.largest(), 3) : 0.01;
    RunSpec base = RunSpec.builder().data(spec).start(start).method("gd").eta(eta).steps(1000L).parameters(names)
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

  /** The same preset with the features standardized or not. */
  public static Preset standardized(Preset p, boolean on) {
    RunSpec base = p.base().toBuilder().data(p.base().data().withStandardize(on)).build();
    String d = p.description().replace("; features standardized (mean 0, sd 1)", "");
    return new Preset(p.name(), on ? d + "; features standardized (mean 0, sd 1)" : d, p.order(), p.kind(), base,
        p.runs(), p.derivativeCheck(), p.view());
  }
}
