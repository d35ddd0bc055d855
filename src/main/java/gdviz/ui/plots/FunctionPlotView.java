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
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import org.jfree.fx.FXGraphics2D;

/**
 * The function and its iterates: a curve in one variable, a heat map with contour lines in two
 * (functions of more variables are shown in a plane of two of their coordinates through a fixed
 * point). Scroll zooms, dragging pans, a click sets the start point and dragging the start marker
 * moves it live.
 */
public final class FunctionPlotView extends LayeredCanvas {
  private static final double GRAB_RADIUS = 12;

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
  private BiConsumer<double[], double[]> onStartPicked = (p, r) -> { };
  private Consumer<String> onPointer = s -> { };

  private double pressX;
  private double pressY;
  private boolean draggingStart;
  private boolean panned;
  private Viewport pressWorld;

  public FunctionPlotView() {
    setId("functionPlot");
    addEventHandler(ScrollEvent.SCROLL, this::onScroll);
    addEventHandler(MouseEvent.MOUSE_PRESSED, this::onPressed);
    addEventHandler(MouseEvent.MOUSE_DRAGGED, this::onDragged);
    addEventHandler(MouseEvent.MOUSE_RELEASED, this::onReleased);
    addEventHandler(MouseEvent.MOUSE_MOVED, e -> pointerAt(logical(e.getX()), logical(e.getY())));
    addEventHandler(MouseEvent.MOUSE_EXITED, e -> onPointer.accept(""));
  }

  /**
   * Where a click or a drag of the start marker puts the start: the world point (x, or the two
   * coordinates drawn) and the world units per pixel along each, to round it to what can be aimed.
   */
  public void setOnStartPicked(BiConsumer<double[], double[]> handler) {
    onStartPicked = handler;
  }

  /** Told the pointer position and f there, as text for the status line. */
  public void setOnPointer(Consumer<String> handler) {
    onPointer = handler;
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
    Layers now = layers();
    withGraphics(g, gg -> now.paintBackground(gg, heat, v, width, height));
  }

  /**
   * What the two layers are painted from, taken at once: the function, its axes' titles, the basin
   * map, the paths, the marker, the eigen-directions and the seeded runs' spread (the last three
   * in two variables only).
   */
  private record Layers(Objective shown, String xTitle, String yTitle, gdviz.engine.BasinMap.Result basins,
      List<PathToDraw> paths, int selected, double[] marker, String markerLabel, gdviz.plot.EigenPainter.Axes eigen,
      gdviz.plot.SpreadPainter.Picture spread) {
    void paintBackground(java.awt.Graphics2D g, FunctionPlotPainter.HeatMapDrawer heat, Viewport v, double width, double height) {
      FunctionPlotPainter.paintBackground(g, heat, shown, v, xTitle, yTitle, width, height, basins);
    }

    /** The runs over the function; {@code reductions}: the window's per-path caches (a figure's are new). */
    TrajectoryPainter.Drawn paintOverlay(java.awt.Graphics2D g, List<PathReduction> reductions, Viewport v) {
      List<FunctionPlotPainter.Run> runs = new ArrayList<>();
      for (int i = 0; i < paths.size(); i++) {
        runs.add(new FunctionPlotPainter.Run(paths.get(i).path(), paths.get(i).options(),
            i < reductions.size() ? reductions.get(i) : new PathReduction()));
      }
      return FunctionPlotPainter.paintOverlay(g, runs, selected, v, marker, markerLabel, eigen, spread);
    }
  }

  private Layers layers() {
    boolean two = twoDimensional();
    return new Layers(shown, xTitle(), yTitle(), two ? basins : null, paths, selectedPath, two ? marker : null,
        markerLabel, two ? eigen : null, two ? spread : null);
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
    Layers now = layers();
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
    Layers now = layers();
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

  private void onScroll(ScrollEvent e) {
    if (world == null || e.getDeltaY() == 0) {
      return;
    }
    Viewport v = PlotStyle.inside(world, canvasWidth(), canvasHeight());
    double factor = Math.pow(0.9, e.getDeltaY() / 40);
    world = v.zoom(factor, logical(e.getX()), logical(e.getY()));
    userMoved = true;
    invalidateBackground();
    paintIfDirty();
    e.consume();
  }

  private void onPressed(MouseEvent e) {
    if (e.getButton() != MouseButton.PRIMARY || world == null) {
      return;
    }
    pressX = logical(e.getX());
    pressY = logical(e.getY());
    panned = false;
    pressWorld = PlotStyle.inside(world, canvasWidth(), canvasHeight());
    double[] pts = lastDrawn.points();
    draggingStart = pts.length >= 2 && Math.hypot(pts[0] - pressX, pts[1] - pressY) <= GRAB_RADIUS;
  }

  private void onDragged(MouseEvent e) {
    if (pressWorld == null) {
      return;
    }
    pointerAt(logical(e.getX()), logical(e.getY())); // the read-out follows a drag too
    if (draggingStart) {
      onStartPicked.accept(worldPoint(pressWorld, logical(e.getX()), logical(e.getY())), resolution(pressWorld));
      return;
    }
    if (Math.hypot(logical(e.getX()) - pressX, logical(e.getY()) - pressY) > 3) {
      panned = true;
    }
    if (panned) {
      world = pressWorld.pan(logical(e.getX()) - pressX, logical(e.getY()) - pressY);
      userMoved = true;
      invalidateBackground();
      paintIfDirty();
    }
  }

  private void onReleased(MouseEvent e) {
    if (pressWorld == null) {
      return;
    }
    if (!draggingStart && !panned && pressWorld.containsPixel(logical(e.getX()), logical(e.getY()))) {
      onStartPicked.accept(worldPoint(pressWorld, logical(e.getX()), logical(e.getY())), resolution(pressWorld));
    }
    pressWorld = null;
    draggingStart = false;
    pointerAt(logical(e.getX()), logical(e.getY()));
  }

  private void pointerAt(double px, double py) {
    if (world == null || shown == null) {
      return;
    }
    Viewport v = PlotStyle.inside(world, canvasWidth(), canvasHeight());
    if (!v.containsPixel(px, py)) {
      onPointer.accept("");
      return;
    }
    double[] p = worldPoint(v, px, py);
    double[] r = resolution(v);
    List<String> drawn = twoDimensional() ? List.of(names.get(xAxis), names.get(yAxis)) : List.of(names.get(0));
    onPointer.accept(PointerReadout.describe(shown, p, r, drawn));
  }

  /** World units per pixel across and up. */
  private static double[] resolution(Viewport v) {
    return new double[] {(v.xMax() - v.xMin()) / v.width(), (v.yMax() - v.yMin()) / v.height()};
  }

  private double[] worldPoint(Viewport v, double px, double py) {
    return twoDimensional() ? new double[] {v.toWorldX(px), v.toWorldY(py)} : new double[] {v.toWorldX(px)};
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
