package gdviz.model.preset;

import com.fasterxml.jackson.annotation.JsonInclude;
import gdviz.model.SetupException;
import gdviz.model.data.CsvData;
import gdviz.model.data.DataSets;
import gdviz.model.data.DataTable;
import gdviz.model.data.LinearRegressionLoss.Intercept;
import gdviz.model.data.LinearRegressionLoss.Scale;
import gdviz.model.data.LinearRegressionLoss;
import gdviz.model.data.LogisticLoss;
import gdviz.model.data.SyntheticData;
import gdviz.model.format.Quote;
import gdviz.model.objective.DataObjective;
import java.util.List;

/**
 * A least-squares regression data set in a preset: either a table ({@code x}: one number or one
 * list of numbers per row; {@code y}: the targets) or {@code synthetic} data drawn from a seed.
 *
 * @param intercept {@code first}, {@code last} or {@code none}: where the intercept sits among the
 *     parameters (default {@code first})
 * @param loss {@code mean-half} for 1/(2m)·Σ(ŷ − y)² (default) or {@code sum} for Σ(ŷ − y)²
 * @param report a second value to print beside the loss (the course's own error function), or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DataSpec(double[][] x, double[] y, Synthetic synthetic, String intercept, String loss, Report report,
    String file, Boolean standardize) {

  public DataSpec(double[][] x, double[] y, Synthetic synthetic, String intercept, String loss, Report report) {
    this(x, y, synthetic, intercept, loss, report, null, null);
  }

  /** A CSV file's data (header, then rows; the last column y), its features standardized or not. */
  public static DataSpec ofFile(String file, boolean standardize) {
    return new DataSpec(null, null, null, null, null, null, file, standardize ? Boolean.TRUE : null);
  }

  /** This data with its features standardized or not. */
  public DataSpec withStandardize(boolean on) {
    return new DataSpec(x, y, synthetic, intercept, loss, report, file, on ? Boolean.TRUE : null);
  }

  /**
   * A value printed beside J for students who ran the course's code: {@code loss} is its scale
   * ({@code mean-half}, {@code sum}, or {@code half-m-sum} for (m/2)·Σ(ŷ − y)²), {@code note} one
   * line on why it differs from J.
   */
  public record Report(String label, String loss, String note) {}

  /** y = w·x + bias + noise·N(0, 1), with x ~ N(0, 1) per feature. */
  public record Synthetic(Integer rows, double[] weights, Double bias, Double noise, Long seed) {
    @Override
    public boolean equals(Object o) {
      return o instanceof Synthetic s && java.util.Objects.equals(rows, s.rows)
          && java.util.Arrays.equals(weights, s.weights) && java.util.Objects.equals(bias, s.bias)
          && java.util.Objects.equals(noise, s.noise) && java.util.Objects.equals(seed, s.seed);
    }

    @Override
    public int hashCode() {
      return java.util.Objects.hash(rows, java.util.Arrays.hashCode(weights), bias, noise, seed);
    }
  }

  /** The same data: tables compared number by number. */
  @Override
  public boolean equals(Object o) {
    return o instanceof DataSpec d && java.util.Arrays.deepEquals(x, d.x) && java.util.Arrays.equals(y, d.y)
        && java.util.Objects.equals(synthetic, d.synthetic) && java.util.Objects.equals(intercept, d.intercept)
        && java.util.Objects.equals(loss, d.loss) && java.util.Objects.equals(report, d.report)
        && java.util.Objects.equals(file, d.file) && java.util.Objects.equals(standardize, d.standardize);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(java.util.Arrays.deepHashCode(x), java.util.Arrays.hashCode(y), synthetic, intercept,
        loss, report, file, standardize);
  }

  /**
   * What is minimized, in words, for the function field: the mean cross-entropy of a logistic
   * regression where every target is 0 or 1 (and no other loss is asked for), else least squares.
   */
  public String lossText() {
    if (file != null) {
      return "the loss over the data of " + java.nio.file.Path.of(file).getFileName();
    }
    if (synthetic != null) {
      return "least-squares loss over the preset's synthetic data";
    }
    boolean logistic = loss == null && report == null && y != null && DataSets.binary(y);
    return logistic ? "mean cross-entropy (logistic regression) over the data" : "least-squares loss over the data";
  }

  /**
   * The loss of this data: logistic regression (cross-entropy) when every target is 0 or 1 and
   * no other loss is asked for, else least squares; over standardized features if asked.
   */
  public DataObjective toObjective(String description) {
    List<String> names = null;
    DataTable table;
    String about = description;
    if (file != null) {
      if (x != null || y != null || synthetic != null) {
        throw new SetupException("data: give either a file, or x and y, or synthetic");
      }
      CsvData.Loaded loaded = CsvData.read(java.nio.file.Path.of(file), (read, total) -> { }, () -> false);
      names = loaded.featureNames();
      table = loaded.table();
      about = java.nio.file.Path.of(file).getFileName() + " (" + table.targets().length + " rows)";
    } else {
      table = table();
    }
    if (Boolean.TRUE.equals(standardize)) {
      table = DataSets.standardized(table, names);
      about += ", standardized";
    }
    if (loss == null && report == null && DataSets.binary(table.targets())) {
      if (intercept != null && !intercept.equals("first")) {
        throw new SetupException("data.intercept: logistic regression (targets 0/1) keeps the intercept first");
      }
      return new LogisticLoss(table.features(), table.targets(), "logistic regression on " + about);
    }
    return new LinearRegressionLoss(table.features(), table.targets(), interceptPosition(), scale(loss, "data.loss"),
        file != null ? "least squares on " + about : about, reportToPrint());
  }

  private LinearRegressionLoss.Report reportToPrint() {
    if (report == null) {
      return null;
    }
    if (report.label() == null || report.label().isBlank() || report.loss() == null) {
      throw new SetupException("data.report needs a label and a loss (mean-half, sum or half-m-sum)");
    }
    Scale s = report.loss().equals("half-m-sum") ? Scale.HALF_M_SUM : scale(report.loss(), "data.report.loss");
    return new LinearRegressionLoss.Report(report.label(), s, report.note() == null ? "" : report.note());
  }

  DataTable table() {
    if (synthetic != null) {
      if (x != null || y != null) {
        throw new SetupException("data: give either x and y, or synthetic, not both");
      }
      Synthetic s = synthetic;
      if (s.rows() == null || s.rows() < 1 || s.weights() == null || s.weights().length == 0) {
        throw new SetupException("data.synthetic needs rows ≥ 1 and at least one weight");
      }
      if (s.rows() > 10_000_000) {
        throw new SetupException("data.synthetic: at most 10,000,000 rows");
      }
      return new SyntheticData(s.rows(), s.weights(), s.bias() == null ? 0 : s.bias(),
          s.noise() == null ? 0 : s.noise(), s.seed() == null ? 0 : s.seed()).generate();
    }
    if (x == null || y == null) {
      throw new SetupException("data needs x and y (or synthetic)");
    }
    if (x.length != y.length) {
      throw new SetupException("data has " + x.length + " x rows but " + y.length + " y values");
    }
    return new DataTable(x, y);
  }

  private Intercept interceptPosition() {
    if (intercept == null) {
      return Intercept.FIRST;
    }
    return switch (intercept) {
      case "first" -> Intercept.FIRST;
      case "last" -> Intercept.LAST;
      case "none" -> Intercept.NONE;
      default -> throw new SetupException("data.intercept must be first, last or none, got " + Quote.of(intercept));
    };
  }

  private static Scale scale(String name, String field) {
    if (name == null || name.equals("mean-half")) {
      return Scale.MEAN_HALF;
    }
    if (name.equals("sum")) {
      return Scale.SUM;
    }
    throw new SetupException(field + " must be mean-half or sum, got " + Quote.of(name));
  }
}
