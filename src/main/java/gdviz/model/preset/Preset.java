package gdviz.model.preset;

import gdviz.model.run.RunSetup;
import java.util.ArrayList;
import java.util.List;

/**
 * A classroom example: settings for one run, or for several runs side by side (then {@code runs}
 * lists what each run changes). {@code kind} is {@code run}, or {@code difference-quotient} for
 * the derivative check, which runs no optimizer.
 */
public record Preset(String name, String description, int order, String kind, RunOverrides base, List<RunOverrides> runs,
    DerivativeCheck derivativeCheck, ViewSpec view) {

  public static final String KIND_RUN = "run";
  public static final String KIND_DIFFERENCE_QUOTIENT = "difference-quotient";

  /**
   * What the app shows: the world rectangle of the function plot, the plane (for 3+ variables),
   * the loss scale, the compared runs left out of the plots until their check box is ticked (by
   * label), the panels shown, and many starts ({@code grid:5x5}, {@code ring:12}: the selected run
   * from each, coloured by where it ends). Every field is optional.
   */
  public record ViewSpec(Double xMin, Double xMax, Double yMin, Double yMax, Integer xAxis, Integer yAxis,
      Boolean lossLog, java.util.List<String> hidden, java.util.List<String> show, String starts) {
    /** What {@code show} may name: the stability lab's drawings and panels, many seeded runs. */
    public static final java.util.List<String> SHOWABLE = java.util.List.of("eigen", "lossByDirection", "bound",
        "sweep", "momentumMap", "seededRuns", "basins", "surface");

    public ViewSpec {
      if (show != null) {
        for (String s : show) {
          if (!SHOWABLE.contains(s)) {
            throw new gdviz.model.SetupException("show: unknown \"" + s + "\"; known: "
                + String.join(", ", SHOWABLE));
          }
        }
        show = java.util.List.copyOf(show);
      }
      if (starts != null) {
        gdviz.model.run.Starts.check("starts", starts);
      }
    }

    /** A view without many starts. */
    public ViewSpec(Double xMin, Double xMax, Double yMin, Double yMax, Integer xAxis, Integer yAxis, Boolean lossLog,
        java.util.List<String> hidden, java.util.List<String> show) {
      this(xMin, xMax, yMin, yMax, xAxis, yAxis, lossLog, hidden, show, null);
    }

    /** A view without the stability lab's panels. */
    public ViewSpec(Double xMin, Double xMax, Double yMin, Double yMax, Integer xAxis, Integer yAxis, Boolean lossLog,
        java.util.List<String> hidden) {
      this(xMin, xMax, yMin, yMax, xAxis, yAxis, lossLog, hidden, null);
    }

    /** Whether the view shows this panel ({@link #SHOWABLE}). */
    public boolean shows(String panel) {
      return show != null && show.contains(panel);
    }
  }

  /** Exact derivative vs forward difference with step h at {@code points} points of [from, to]. */
  public record DerivativeCheck(Double h, Double from, Double to, Integer points) {
    public static final double DEFAULT_H = 1e-5;
    public static final double DEFAULT_FROM = -10;
    public static final double DEFAULT_TO = 10;
    public static final int DEFAULT_POINTS = 21;

    public double hOrDefault() {
      return h != null ? h : DEFAULT_H;
    }

    public double fromOrDefault() {
      return from != null ? from : DEFAULT_FROM;
    }

    public double toOrDefault() {
      return to != null ? to : DEFAULT_TO;
    }

    public int pointsOrDefault() {
      return points != null ? points : DEFAULT_POINTS;
    }

    /** Refuses a check that cannot be drawn: fewer than 2 points, from ≥ to, h ≤ 0. */
    public void check() {
      gdviz.model.objective.DifferenceQuotient.checkRange(fromOrDefault(), toOrDefault(), pointsOrDefault(), hOrDefault());
    }
  }

  /** The derivative check with its defaults filled in (a difference-quotient preset may give none). */
  public DerivativeCheck derivativeCheckOrDefault() {
    return derivativeCheck != null ? derivativeCheck : new DerivativeCheck(null, null, null, null);
  }

  public boolean isMultiRun() {
    return !runs.isEmpty();
  }

  /** The runs this preset makes, with {@code overrides} (e.g. the command line) applied to each. */
  public List<RunSetup> setups(RunOverrides overrides) {
    List<RunSetup> setups = new ArrayList<>();
    if (runs.isEmpty()) {
      setups.add(SetupResolver.resolve(base.overriddenBy(overrides), name, description));
    } else {
      for (RunOverrides run : runs) {
        RunOverrides merged = base.overriddenBy(run).overriddenBy(overrides);
        String label = run.label() != null ? run.label() : merged.method();
        setups.add(SetupResolver.resolve(merged, label, description));
      }
    }
    return setups;
  }
}
