package gdviz.model.analysis;

import gdviz.model.format.Numbers;
import java.util.List;

/**
 * The classic slide: three learning rates side by side, each labelled by what its step-size band
 * says it does. While η is in the monotone band the three are η/4, η and 1.1·2/L (for x² from η =
 * 0.2: the course's 0.05, 0.2 and 1.1); otherwise the middle one is the best fixed step 2/(μ + L)
 * (1/L where μ ≤ 0), so "the right one" is right. Without curvature to read, η/4, η and 5·η.
 */
public final class EtaComparison {
  private EtaComparison() {}

  /** One of the three: its η and its label, e.g. {@code η = 0.05 (crawls)}. */
  public record Choice(double eta, String label) {}

  public static List<Choice> around(double eta, StepSizeBands bands) {
    if (bands == null) {
      double small = Numbers.round(eta / 4, 3);
      double large = Numbers.round(5 * eta, 3);
      return List.of(new Choice(small, label(small, "η/4")), new Choice(eta, label(eta, "as set")),
          new Choice(large, label(large, "5·η")));
    }
    double middle = eta;
    if (bands.regimeOf(eta) != StepSizeBands.Regime.MONOTONE) {
      double best = bands.optimalStep();
      middle = Numbers.round(Double.isFinite(best) ? best : bands.monotoneLimit(), 3);
    }
    double small = Numbers.round(middle / 4, 3);
    double large = Numbers.round(1.1 * bands.stabilityLimit(), 3);
    return List.of(new Choice(small, label(small, word(bands, small, true))),
        new Choice(middle, label(middle, word(bands, middle, false))),
        new Choice(large, label(large, word(bands, large, false))));
  }

  private static String label(double eta, String what) {
    return "η = " + Numbers.format(eta) + " (" + what + ")";
  }

  /** What the band says a step does: crawls (the smallest, monotone), converges, oscillates, diverges. */
  static String word(StepSizeBands bands, double eta, boolean smallest) {
    return switch (bands.regimeOf(eta)) {
      case MONOTONE -> smallest ? "crawls" : "converges";
      case OSCILLATING -> "oscillates";
      case NOT_CONVERGING -> "does not converge";
      case DIVERGING -> "diverges";
    };
  }
}
