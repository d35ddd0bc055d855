package gdviz.ui.setup;

import gdviz.model.SetupException;
import gdviz.model.format.Numbers;
import gdviz.model.format.Quote;
import gdviz.model.preset.RunOverrides;
import gdviz.model.preset.SetupResolver;
import gdviz.model.run.RunSetup;
import java.util.List;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;

/**
 * The settings every compared run shares, as the user types them: the function (or the preset's
 * data), start, steps, seed, the 45° rotation and the plane shown of a function of 3+ variables.
 * Each field is checked as it is typed; a problem is shown beside its field (or under the setup)
 * and the last good run stays.
 */
public final class SetupFields {
  private final StringProperty functionText = new SimpleStringProperty("");
  private final ReadOnlyStringWrapper functionError = new ReadOnlyStringWrapper("");
  private final ReadOnlyBooleanWrapper functionEditable = new ReadOnlyBooleanWrapper(true);
  private final ReadOnlyBooleanWrapper ownFunction = new ReadOnlyBooleanWrapper(false);
  private final StringProperty startText = new SimpleStringProperty("");
  private final ReadOnlyStringWrapper startError = new ReadOnlyStringWrapper("");
  private final StringProperty stepsText = new SimpleStringProperty("100");
  private final StringProperty seedText = new SimpleStringProperty("0");
  private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
  private final BooleanProperty rotated = new SimpleBooleanProperty(false);
  private final IntegerProperty xAxis = new SimpleIntegerProperty(0);
  private final IntegerProperty yAxis = new SimpleIntegerProperty(1);
  private String presetFunction = "";
  private Map<String, String> constants;
  private boolean randomStart;
  private String lastParsedFunction;

  public SetupFields() {
    functionText.addListener((obs, old, text) -> ownFunction.set(functionEditable.get()
        && !text.strip().equals(presetFunction.strip())));
  }

  /** Every field a change of which posts a new run. */
  public List<ObservableValue<?>> fields() {
    return List.of(functionText, startText, stepsText, seedText, rotated, xAxis, yAxis);
  }

  /** Fills the fields from a preset's first run (its data, if it has some, is not typed). */
  public void load(RunOverrides first, RunOverrides base) {
    constants = base.constants();
    randomStart = base.start() == null && base.randomStart() != null;
    lastParsedFunction = null; // the constants may differ
    boolean data = first.data() != null;
    functionEditable.set(!data);
    presetFunction = data ? first.data().lossText() : nonNull(first.function());
    functionText.set(presetFunction);
    ownFunction.set(false);
    functionError.set("");
    startText.set(first.start() != null ? formatPoint(first.start()) : "");
    startError.set("");
    stepsText.set(Long.toString(first.steps() != null ? first.steps() : SetupResolver.DEFAULT_STEPS));
    seedText.set(Long.toString(first.seed() != null ? first.seed() : 0));
    rotated.set(false);
    xAxis.set(0);
    yAxis.set(1);
  }

  /**
   * The shared settings as typed; throws {@link SetupException} when a field has a problem (which
   * is then shown beside it).
   */
  public RunOverrides parse() {
    problem.set(""); // a problem found earlier may be about text no longer in the fields
    String function = functionEditable.get() ? parsedFunction() : null;
    double[] start = parseStart();
    long steps = parseWhole(stepsText.get(), "steps", 0);
    long seed = parseWhole(seedText.get(), "seed", Long.MIN_VALUE);
    return RunOverrides.builder().function(function).rotate(rotated.get() ? 45.0 : null).start(start).steps(steps)
        .seed(seed).build();
  }

  /** The function text if it parses; otherwise the error with its column is shown and the old text kept. */
  private String parsedFunction() {
    String text = functionText.get();
    if (text.equals(lastParsedFunction)) {
      return text; // checked already: a slider moving must not re-differentiate the function
    }
    try {
      SetupResolver.function(text, constants);
      functionError.set("");
      lastParsedFunction = text;
      return text;
    } catch (SetupException e) {
      functionError.set(e.getMessage().replaceFirst("^function '.*?': ", ""));
      throw e;
    }
  }

  /** The start typed, or null for the preset's random start. */
  public double[] parseStart() {
    String text = startText.get().trim();
    if (text.isEmpty() && randomStart) {
      startError.set("");
      return null;
    }
    String[] parts = text.split("[,;\\s]+");
    double[] start = new double[parts.length];
    for (int i = 0; i < parts.length; i++) {
      try {
        start[i] = Double.parseDouble(parts[i]);
        if (!Double.isFinite(start[i])) {
          throw new NumberFormatException();
        }
      } catch (NumberFormatException e) {
        startError.set("start: " + Quote.of(parts[i]) + " is not a number (write e.g. -5, -2)");
        throw new SetupException(startError.get());
      }
      if (Math.abs(start[i]) > RunSetup.DIVERGENCE_BOUND) { // said beside the field, not under η
        startError.set("start: " + Quote.of(parts[i]) + " is too far out (|x| ≤ "
            + Numbers.format(RunSetup.DIVERGENCE_BOUND) + ")");
        throw new SetupException(startError.get());
      }
    }
    startError.set("");
    return start;
  }

  private long parseWhole(String text, String what, long min) {
    try {
      long v = Long.parseLong(text.trim());
      if (v < min) {
        throw new NumberFormatException();
      }
      return v;
    } catch (NumberFormatException e) {
      problem.set(what + " must be a whole number" + (min == 0 ? " ≥ 0" : "") + ", got " + Quote.of(text));
      throw new SetupException(problem.get());
    }
  }

  /** Shows a problem of the whole setup (a run that cannot be set up) under the settings. */
  public void showProblem(String message) {
    problem.set(message);
  }

  /**
   * A start picked on the plot, on the plane shown: in one variable the point; in several the two
   * coordinates drawn, the others kept from the start typed (or from {@code heldAt}, the point the
   * plane goes through, when the start typed does not fit). Rounded to the plot's resolution.
   *
   * @param resolution world units per pixel along each axis drawn
   */
  public void pickStart(double[] point, int dimension, double[] heldAt, double[] resolution) {
    if (point.length == 0) {
      return;
    }
    double[] merged;
    if (dimension == 1) {
      merged = new double[] {Numbers.roundToResolution(point[0], resolution[0])};
    } else {
      double[] typed;
      try {
        typed = parseStart();
      } catch (SetupException e) {
        typed = null;
      }
      merged = typed != null && typed.length == dimension ? typed : heldAt.clone();
      merged[xAxis.get()] = Numbers.roundToResolution(point[0], resolution[0]);
      merged[yAxis.get()] = Numbers.roundToResolution(point[1], resolution[1]);
    }
    startText.set(formatPoint(merged));
  }

  /** Shows the plane of coordinates (x, y) of a function of n variables, if it is one. */
  public void showPlane(int x, int y, int n) {
    if (x >= 0 && y >= 0 && x < n && y < n && x != y) {
      xAxis.set(x);
      yAxis.set(y);
    }
  }

  /** Shows the start a run drew (a preset with a random start). */
  public void showDrawnStart(double[] start) {
    startText.set(formatPoint(start));
  }

  public static String formatPoint(double[] x) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < x.length; i++) {
      s.append(i == 0 ? "" : ", ").append(Numbers.format(x[i]));
    }
    return s.toString();
  }

  private static String nonNull(String s) {
    return s == null ? "" : s;
  }

  public StringProperty functionTextProperty() {
    return functionText;
  }

  public ReadOnlyStringProperty functionErrorProperty() {
    return functionError.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty functionEditableProperty() {
    return functionEditable.getReadOnlyProperty();
  }

  /** Whether the function typed is the user's own, no longer the preset's. */
  public ReadOnlyBooleanProperty ownFunctionProperty() {
    return ownFunction.getReadOnlyProperty();
  }

  public StringProperty startTextProperty() {
    return startText;
  }

  public ReadOnlyStringProperty startErrorProperty() {
    return startError.getReadOnlyProperty();
  }

  public StringProperty stepsTextProperty() {
    return stepsText;
  }

  public StringProperty seedTextProperty() {
    return seedText;
  }

  /** A problem of the whole setup: steps, seed, or a run that cannot be set up. */
  public ReadOnlyStringProperty problemProperty() {
    return problem.getReadOnlyProperty();
  }

  public BooleanProperty rotatedProperty() {
    return rotated;
  }

  public IntegerProperty xAxisProperty() {
    return xAxis;
  }

  public IntegerProperty yAxisProperty() {
    return yAxis;
  }
}
