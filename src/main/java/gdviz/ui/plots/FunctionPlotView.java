package gdviz.ui.plots;

import gdviz.model.analysis.IteratePath;
import gdviz.model.analysis.PointerReadout;
import gdviz.model.analysis.SliceObjective;
import gdviz.model.objective.Objective;
import gdviz.plot.FunctionPlotPainter;
import gdviz.plot.PathReduction;
import gdviz.plot.PlotStyle;
import gdviz.plot.TrajectoryPainter;
import gdviz.plot.ViewFit;
import gdviz.plot.Viewport;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.scene.canvas.GraphicsContext;
import org.jfree.fx.FXGraphics2D;

/**
 * The function and its iterates: a curve in one variable, a heat map with contour lines in two
 * (functions of more variables are shown in a plane of two of their coordinates through a fixed
 * point). Scroll zooms, dragging pans, a click sets the start point and dragging the start marker
 * moves it live.
 */
public final class FunctionPlotView extends LayeredCanvas {
  /** A path to draw with its options; one of them is the selected run's. */
  public record PathToDraw(IteratePath path, TrajectoryPainter.Options options) {}

  private Objective shown; // the objective itself, or a 2D slice of it
  private int xAxis;
  private int yAxis = 1;
  private List<String> names = List.of("x");
  private Viewport world;
  private List<PathToDraw> paths = List.of();
  private int selectedPath;
  private final List<PathReduction> reductions = new ArrayList<>();
  private double[] marker;
  private List<double[]> guesses = List.of();
  private String markerLabel = "";
  private gdviz.plot.EigenPainter.Axes eigen;
  private gdviz.plot.SpreadPainter.Picture spread;
  private gdviz.engine.BasinMap.Result basins;
  private Viewport painted;
  private Runnable onViewChanged = () -> { };
  private TrajectoryPainter.Drawn lastDrawn = new TrajectoryPainter.Drawn(new double[0], false);
  private List<IteratePath> pendingFit;
  private boolean pendingFitAll;
  private boolean userMoved;
  private final PlotGestures gestures = new PlotGestures(this);

  public FunctionPlotView() {
    setId("functionPlot");
    gestures.listen();
  }

  /**
   * Where a click or a drag of the start marker puts the start: the world point (x, or the two
   * coordinates drawn) and the world units per pixel along each, to round it to what can be aimed.
   */
  public void setOnStartPicked(BiConsumer<double[], double[]> handler) {
    gestures.setOnStartPicked(handler);
  }

  /** Told the pointer position and f there, as text for the status line. */
  public void setOnPointer(Consumer<String> handler) {
    gestures.setOnPointer(handler);
  }

  /**
   * A new function; for 3+ variables the plane of coordinates (xAxis, yAxis) through {@code sliceAt}.
   *
   * @param parameterNames the coordinates' names for the axes and the pointer read-out
   */
  public void showObjective(Objective f, double[] sliceAt, int xAxis, int yAxis, List<String> parameterNames) {
    this.xAxis = f.dimension() > 2 ? xAxis : 0;
    this.yAxis = f.dimension() > 2 ? yAxis : 1;
    this.names = List.copyOf(parameterNames);
    shown = f.dimension() > 2 ? new SliceObjective(f, sliceAt, this.xAxis, this.yAxis) : f;
    invalidateBackground();
  }

  /** The eigen-directions to draw (null: none). */
  public void setEigen(gdviz.plot.EigenPainter.Axes axes) {
    eigen = axes;
    invalidateOverlay();
  }

  public gdviz.plot.EigenPainter.Axes eigen() {
    return eigen;
  }

  /** Many seeded runs' spread under the paths (null: none; drawn in 2D only). */
  public void setSpread(gdviz.plot.SpreadPainter.Picture picture) {
    spread = picture;
    invalidateOverlay();
  }

  public gdviz.plot.SpreadPainter.Picture spread() {
    return spread;
  }

  /** Told (on the FX thread, after the paint) when the rectangle shown changed: zoom, pan, size. */
  public void setOnViewChanged(Runnable handler) {
    onViewChanged = handler;
  }

  /** The basin map in the heat map's place (null: the heat map). */
  public void setBasins(gdviz.engine.BasinMap.Result map) {
    if (map != basins) {
      basins = map;
      invalidateBackground();
    }
  }

  public gdviz.engine.BasinMap.Result basins() {
    return basins;
  }

  /** A marked point in world coordinates of the plane shown (null: none). */
  /** A lesson's guesses, in the plot's coordinates ((x, f(x)) in 1D, (x₁, x₂) in 2D); none: an empty list. */
  public void setGuesses(List<double[]> points) {
    guesses = List.copyOf(points);
    invalidateOverlay();
  }

  public void setMarker(double[] point, String label) {
    marker = point;
    markerLabel = label;
    invalidateOverlay();
  }

  /**
   * Frames these paths when next painted (the size may not be known yet). {@code everything}:
   * every point, however far (a diverged run's whole flight), not only those near the starts.
   */
  public void fitTo(List<IteratePath> p, boolean everything) {
    pendingFit = List.copyOf(p);
    pendingFitAll = everything;
    userMoved = false;
    invalidateBackground();
    requestLayout();
    paintIfDirty();
  }

  /** The paths of one frame; {@code selected} indexes the one whose drawing {@link #lastDrawn} reports. */
  public void showPaths(List<PathToDraw> drawn, int selected) {
    paths = List.copyOf(drawn);
    selectedPath = selected;
    invalidateOverlay();
    paintIfDirty();
  }

  /** The world rectangle shown in pixels, or null before the first paint. */
  public Viewport viewport() {
    return world == null ? null : PlotStyle.inside(world, canvasWidth(), canvasHeight());
  }

  /** What the last frame drew: the path's points in pixels. */
  public TrajectoryPainter.Drawn lastDrawn() {
    return lastDrawn;
  }

  public boolean twoDimensional() {
    return shown != null && shown.dimension() >= 2;
  }

  /** Whether the user zoomed or panned since the view was last framed. */
  public boolean userMoved() {
    return userMoved;
  }

  @Override
  void paintBackground(GraphicsContext gc, FXGraphics2D g, double width, double height) {
    if (shown == null) {
      return;
    }
    if (pendingFit != null) {
      if (!pendingFit.isEmpty()) {
        world = ViewFit.fit(pendingFit, shown, xAxis, yAxis, width, height, pendingFitAll);
      }
      pendingFit = null;
    }
    if (world == null) {
      world = new Viewport(-10, 10, -10, 10, 0, 0, 1, 1);
    }
    Viewport v = PlotStyle.inside(world, width, height);
    if (!v.equals(painted)) { // a zoom, a pan, a new size: told after this paint
      painted = v;
      javafx.application.Platform.runLater(onViewChanged);
    }
    var heat = HeatMapImage.onto(gc, v);
    PlotLayers now = layers();
    withGraphics(g, gg -> now.paintBackground(gg, heat, v, width, height));
  }

  private PlotLayers layers() {
    boolean two = twoDimensional();
    return new PlotLayers(shown, xTitle(), yTitle(), two ? basins : null, paths, selectedPath, two ? marker : null,
        markerLabel, two ? eigen : null, two ? spread : null, guesses);
  }

  /**
   * The plot as shown, for a figure of any size: the same world rectangle (in two variables widened
   * to the figure's aspect around its centre, never stretched), the same layers.
   */
  @Override
  gdviz.plot.export.FigureFiles.Drawing picture() {
    if (shown == null || world == null) {
      return null;
    }
    PlotLayers now = layers();
    Viewport w = world;
    return (g, width, height) -> {
      Viewport fitted = now.shown().dimension() >= 2 ? gdviz.plot.Figure.equalScale(w, width, height) : w;
      Viewport v = PlotStyle.inside(fitted, width, height);
      now.paintBackground(g, FunctionPlotPainter.onto(g), v, width, height);
      now.paintOverlay(g, List.of(), v);
    };
  }

  /** The title of the horizontal axis: x, or the coordinate drawn across. */
  public String xTitle() {
    return twoDimensional() ? names.get(xAxis) : names.get(0);
  }

  public String yTitle() {
    return twoDimensional() ? names.get(yAxis) : "f(" + names.get(0) + ")";
  }

  @Override
  void paintOverlay(FXGraphics2D g, double width, double height) {
    lastDrawn = new TrajectoryPainter.Drawn(new double[0], false);
    if (world == null) {
      return;
    }
    Viewport v = PlotStyle.inside(world, width, height);
    while (reductions.size() < paths.size()) {
      reductions.add(new PathReduction());
    }
    PlotLayers now = layers();
    TrajectoryPainter.Drawn[] drawn = new TrajectoryPainter.Drawn[1];
    withGraphics(g, gg -> drawn[0] = now.paintOverlay(gg, reductions, v));
    lastDrawn = drawn[0];
  }

  /** The world rectangle shown (without pixels), or null before the first paint. */
  public Viewport world() {
    return world;
  }

  /** Shows this world rectangle (a scenario file's saved view). */
  public void setWorld(Viewport w) {
    world = w;
    pendingFit = null;
    invalidateBackground();
    paintIfDirty();
  }

  /** The user zoomed or panned to this world rectangle. */
  void movedTo(Viewport w) {
    world = w;
    userMoved = true;
    invalidateBackground();
    paintIfDirty();
  }

  /** The start marker's pixel (x, y), or an empty array before one is drawn. */
  double[] startPixel() {
    return lastDrawn.points();
  }

  /** The pointer's read-out at world point p (units per pixel r): the coordinates drawn and f there. */
  String readout(double[] p, double[] r) {
    if (shown == null) {
      return "";
    }
    List<String> drawn = twoDimensional() ? List.of(names.get(xAxis), names.get(yAxis)) : List.of(names.get(0));
    return PointerReadout.describe(shown, p, r, drawn);
  }

  /** Number of paths drawn in the last frame. */
  public int drawnPathCount() {
    return (int) paths.stream().filter(p -> p.path().size() > 0).count();
  }

  /** The marked point (closed-form solution), or null. */
  public double[] marker() {
    return marker == null ? null : marker.clone();
  }

  /** The function shown (a slice for 3+ variables), or null. */
  public Objective shownObjective() {
    return shown;
  }

  /** The coordinates drawn across and up. */
  public int xAxis() {
    return xAxis;
  }

  public int yAxis() {
    return yAxis;
  }
}
