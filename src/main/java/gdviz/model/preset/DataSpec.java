package gdviz.model.preset;

import com.fasterxml.jackson.annotation.JsonInclude;
import gdviz.model.DataTable;
import gdviz.model.LinearRegressionLoss;
import gdviz.model.LinearRegressionLoss.Intercept;
import gdviz.model.LinearRegressionLoss.Scale;
import gdviz.model.SetupException;
import gdviz.model.SyntheticData;

/**
 * A least-squares regression data set in a preset: either a table ({@code x}: one number or one
 * list of numbers per row; {@code y}: the targets) or {@code synthetic} data drawn from a seed.
 *
 * @param intercept {@code first}, {@code last} or {@code none}: where the intercept sits among the
 *     parameters (default {@code first})
 * @param loss {@code mean-half} for 1/(2m)·Σ(ŷ − y)² (default) or {@code sum} for Σ(ŷ − y)²
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DataSpec(double[][] x, double[] y, Synthetic synthetic, String intercept, String loss) {

  /** y = w·x + bias + noise·N(0, 1), with x ~ N(0, 1) per feature. */
  public record Synthetic(Integer rows, double[] weights, Double bias, Double noise, Long seed) {}

  public LinearRegressionLoss toObjective(String description) {
    DataTable table = table();
    return new LinearRegressionLoss(table.features(), table.targets(), interceptPosition(), lossScale(),
        description);
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
      default -> throw new SetupException("data.intercept must be first, last or none, got '" + intercept + "'");
    };
  }

  private Scale lossScale() {
    if (loss == null || loss.equals("mean-half")) {
      return Scale.MEAN_HALF;
    }
    if (loss.equals("sum")) {
      return Scale.SUM;
    }
    throw new SetupException("data.loss must be mean-half or sum, got '" + loss + "'");
  }
}
