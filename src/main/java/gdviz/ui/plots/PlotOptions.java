package gdviz.ui.plots;

import gdviz.plot.PlotTheme;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * What the plots draw besides the paths — the tangent (1D), the −∇f arrow (2D), the loss's log
 * scale — and their page: light or dark.
 */
public final class PlotOptions {
  /** The starts "Many starts" draws until the user or a scene names others. */
  public static final String DEFAULT_STARTS = "grid:5x5";

  private final ObjectProperty<PlotTheme> theme = new SimpleObjectProperty<>(PlotTheme.LIGHT);
  private final BooleanProperty tangent = new SimpleBooleanProperty(true);
  private final BooleanProperty gradientArrow = new SimpleBooleanProperty(true);
  private final BooleanProperty lossLog = new SimpleBooleanProperty(false);
  private final BooleanProperty eigen = new SimpleBooleanProperty(false);
  private final BooleanProperty lossByDirection = new SimpleBooleanProperty(false);
  private final BooleanProperty lossBound = new SimpleBooleanProperty(false);
  private final BooleanProperty sweep = new SimpleBooleanProperty(false);
  private final BooleanProperty momentumMap = new SimpleBooleanProperty(false);
  private final BooleanProperty seededRuns = new SimpleBooleanProperty(false);
  private final BooleanProperty basins = new SimpleBooleanProperty(false);
  private final BooleanProperty surface = new SimpleBooleanProperty(false);
  private final BooleanProperty logHeights = new SimpleBooleanProperty(false);
  private final BooleanProperty methodState = new SimpleBooleanProperty(true);
  private final BooleanProperty manyStarts = new SimpleBooleanProperty(false);
  private final javafx.beans.property.StringProperty startsSpec =
      new javafx.beans.property.SimpleStringProperty(DEFAULT_STARTS);
  private final javafx.beans.property.IntegerProperty seededCount =
      new javafx.beans.property.SimpleIntegerProperty(gdviz.engine.SeededRuns.DEFAULT_COUNT);

  public BooleanProperty tangentProperty() {
    return tangent;
  }

  public BooleanProperty gradientArrowProperty() {
    return gradientArrow;
  }

  public BooleanProperty lossLogProperty() {
    return lossLog;
  }

  /** The Hessian's eigen-directions drawn in the 2D plot (at x* of a quadratic, else at the iterate: local). */
  public BooleanProperty eigenProperty() {
    return eigen;
  }

  /** The loss split into one curve per eigen-direction (a quadratic). */
  public BooleanProperty lossByDirectionProperty() {
    return lossByDirection;
  }

  /** The bound ρ^(2k)·(f₀ − f*) beside the loss (gd, momentum, Nesterov on a quadratic). */
  public BooleanProperty lossBoundProperty() {
    return lossBound;
  }

  /** The η sweep beside the loss. */
  public BooleanProperty sweepProperty() {
    return sweep;
  }

  /** The momentum map (rate over η and β) beside the loss. */
  public BooleanProperty momentumMapProperty() {
    return momentumMap;
  }

  /** Many runs of the selected noisy run, seeds consecutive from its own: faint paths, mean, spread. */
  public BooleanProperty seededRunsProperty() {
    return seededRuns;
  }

  /** The basin map in the 2D plot: where the method takes every start. */
  public BooleanProperty basinsProperty() {
    return basins;
  }

  /** The surface's heights on a log scale above the minimum (default: linear in f). */
  public BooleanProperty logHeightsProperty() {
    return logHeights;
  }

  /** The function as a surface in 3D in the 2D view's place. */
  public BooleanProperty surfaceProperty() {
    return surface;
  }

  /**
   * The method's state at the current iterate in 2D: momentum's velocity and gradient arrows and
   * step, the adaptive methods' per-coordinate step box, BFGS's ellipse, Nelder–Mead's simplex.
   */
  public BooleanProperty methodStateProperty() {
    return methodState;
  }

  /** The selected run from many starts ({@link #startsSpecProperty()}), each path coloured by where it ends. */
  public BooleanProperty manyStartsProperty() {
    return manyStarts;
  }

  /** Which starts: grid:NxM, grid:N (one variable), ring:N ({@link gdviz.model.run.Starts}). */
  public javafx.beans.property.StringProperty startsSpecProperty() {
    return startsSpec;
  }

  /** How many seeded runs (default 50). */
  public javafx.beans.property.IntegerProperty seededCountProperty() {
    return seededCount;
  }

  public ObjectProperty<PlotTheme> themeProperty() {
    return theme;
  }

  /** The stability lab's toggles by the names a preset's view.show uses (Preset.ViewSpec.SHOWABLE). */
  public java.util.Map<String, BooleanProperty> panels() {
    return java.util.Map.of("eigen", eigen, "lossByDirection", lossByDirection, "bound", lossBound, "sweep", sweep,
        "momentumMap", momentumMap, "seededRuns", seededRuns, "basins", basins,
        "surface", surface);
  }

  /**
   * What an example's view turns on: its loss scale (linear unless it says log), the panels it
   * shows, its many starts; everything else off.
   */
  public void open(gdviz.model.preset.Preset.ViewSpec v) {
    lossLog.set(v != null && Boolean.TRUE.equals(v.lossLog()));
    panels().forEach((name, on) -> on.set(v != null && v.shows(name)));
    if (v != null && v.starts() != null) {
      startsSpec.set(v.starts());
    }
    manyStarts.set(v != null && v.starts() != null);
  }

  /** The view's many starts as a scenario saves them: the starts named, or null when off. */
  public String startsShown() {
    return manyStarts.get() ? startsSpec.get() : null;
  }

  /** Every option a frame is drawn again for: each toggle, the seeded runs' count, the starts. */
  public java.util.List<javafx.beans.value.ObservableValue<?>> drawn() {
    java.util.List<javafx.beans.value.ObservableValue<?>> out = new java.util.ArrayList<>(all());
    out.add(seededCount);
    out.add(startsSpec);
    return out;
  }

  /** Each toggle, to listen to them all. */
  public java.util.List<BooleanProperty> all() {
    return java.util.List.of(tangent, gradientArrow, lossLog, eigen, lossByDirection, lossBound, sweep, momentumMap,
        seededRuns, basins, surface, logHeights, methodState, manyStarts);
  }
}
