package gdviz.model.analysis;

import gdviz.model.run.RunSetup;

/**
 * The f* of the loss plotted on a log scale as f − f*: the true minimum where it is known
 * (quadratics, least squares, built-in functions with known minima; the maximum when
 * maximizing); otherwise the best f of the whole computed run, which the plot must then say.
 *
 * @param value f*, or NaN when it is not known
 * @param maximize whether the run climbs (then the gap is f* − f)
 */
public record LossBaseline(double value, boolean maximize) {

  /** The baseline of a run's function: its known minimum (maximum when maximizing), or unknown. */
  public static LossBaseline of(RunSetup setup) {
    double best = setup.descended().minimumValue();
    return new LossBaseline(setup.maximize() ? -best : best, setup.maximize());
  }

  public boolean known() {
    return Double.isFinite(value);
  }

  /** |f − f*| the way the run approaches it: f − f* when minimizing, f* − f when maximizing. */
  public double gap(double f, double reference) {
    return maximize ? reference - f : f - reference;
  }

  /** The axis title: what f* is. */
  public static String title(boolean allKnown, boolean maximize, boolean several) {
    String gap = maximize ? "f* − f" : "f − f*";
    if (allKnown) {
      return gap + "  (f* = the " + (maximize ? "maximum" : "minimum") + " of f)";
    }
    return gap + "  (f* = " + (maximize ? "highest" : "lowest") + " f computed" + (several ? " per run)" : ")");
  }
}
