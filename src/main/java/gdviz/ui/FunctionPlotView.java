package gdviz.ui;

import gdviz.model.Objective;
import gdviz.model.SliceObjective;
import gdviz.plot.FunctionPlotPainter;
import gdviz.model.IteratePath;
import gdviz.plot.Palette;
import gdviz.plot.PlotStyle;
import gdviz.plot.TrajectoryPainter;
import gdviz.plot.ViewFit;
import gdviz.plot.Viewport;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import org.jfree.fx.FXGraphics2D;

/**
 * The function and its iterates: a curve in one variable, a heat map with contour lines in two
 * (functions of more variables are shown in the plane of x1 and x2 through a fixed point). Scroll
 * zooms, dragging pans, a click sets the start point and dragging the start marker moves it live.
 */
public final class FunctionPlotView extends LayeredCanvas {
  private static final double GRAB_RADIUS = 12;

  /** A path to draw with its options; one of them is the selected run's. */
  public record PathToDraw(IteratePath path, TrajectoryPainter.Options options) {}

  private Objective objective;
  private Objective shown; // the objective itself, or a 2D slice of it
  private int xAxis;
  private int yAxis = 1;
  private Viewport world;
  private List<PathToDraw> paths = List.of();
  private int selectedPath;
  private final List<gdviz.plot.PathReduction> reductions = new java.util.ArrayList<>();
  private double[] marker;
  private String markerLabel = "";
  private TrajectoryPainter.Drawn lastDrawn = new TrajectoryPainter.Drawn(new double[0], false);
  private List<IteratePath> pendingFit;
  private Consumer<double[]> onStartPicked = p -> { };
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
    addEventHandler(MouseEvent.MOUSE_MOVED, this::onMoved);
    addEventHandler(MouseEvent.MOUSE_EXITED, e -> onPointer.accept(""));
  }

  /** Where a click or a drag of the start marker puts the start (world coordinates of x, or x1, x2). */
  public void setOnStartPicked(Consumer<double[]> handler) {
    onStartPicked = handler;
  }

  /** Told the pointer position and f there, as text for the status line. */
  public void setOnPointer(Consumer<String> handler) {
    onPointer = handler;
  }

  /** A new function; for 3+ variables the plane of coordinates (xAxis, yAxis) through {@code sliceAt}. */
  public void showObjective(Objective f, double[] sliceAt, int xAxis, int yAxis) {
    objective = f;
    this.xAxis = f.dimension() > 2 ? xAxis : 0;
    this.yAxis = f.dimension() > 2 ? yAxis : 1;
    shown = f.dimension() > 2 ? new SliceObjective(f, sliceAt, this.xAxis, this.yAxis) : f;
    invalidateBackground();
  }

  public void showObjective(Objective f, double[] sliceAt) {
    showObjective(f, sliceAt, 0, 1);
  }

  /** A marked point in world coordinates of the plane shown (null: none). */
  public void setMarker(double[] point, String label) {
    marker = point;
    markerLabel = label;
    invalidateOverlay();
  }

  /** Fit the view to this path when next painted (the size may not be known yet). */
  public void fitTo(IteratePath p) {
    fitTo(List.of(p));
  }

  /** Fit the view to all these paths when next painted. */
  public void fitTo(List<IteratePath> p) {
    pendingFit = List.copyOf(p);
    invalidateBackground();
    requestLayout();
  }

  public void showPath(IteratePath p, TrajectoryPainter.Options o) {
    showPaths(List.of(new PathToDraw(p, o)), 0);
  }

  /** The paths of one frame; {@code selected} indexes the one whose drawing {@link #lastDrawn} reports. */
  public void showPaths(List<PathToDraw> drawn, int selected) {
    paths = List.copyOf(drawn);
    selectedPath = selected;
    invalidateOverlay();
    paintIfDirty();
  }

  /** The world rectangle shown, or null before the first paint. */
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

  @Override
  void paintBackground(GraphicsContext gc, FXGraphics2D g, double width, double height) {
    if (shown == null) {
      return;
    }
    if (pendingFit != null) {
      if (!pendingFit.isEmpty()) {
        world = ViewFit.fit(pendingFit, shown, xAxis, yAxis, width, height);
      }
      pendingFit = null;
    }
    if (world == null) {
      world = new Viewport(-10, 10, -10, 10, 0, 0, 1, 1);
    }
    Viewport v = PlotStyle.inside(world, width, height);
    FunctionPlotPainter.HeatMapDrawer heat = (argb, nx, ny, x, y, w, h) -> {
      WritableImage image = new WritableImage(nx, ny);
      image.getPixelWriter().setPixels(0, 0, nx, ny, PixelFormat.getIntArgbInstance(), argb, 0, nx);
      gc.setImageSmoothing(true);
      gc.save();
      gc.beginPath();
      gc.rect(v.left(), v.top(), v.width(), v.height());
      gc.clip();
      gc.drawImage(image, x, y, w, h);
      gc.restore();
    };
    withGraphics(g, gg -> FunctionPlotPainter.paintBackground(gg, heat, shown, v, xTitle(), yTitle(), width, height));
  }

  /** The title of the horizontal axis: x, or the coordinate drawn across. */
  public String xTitle() {
    return twoDimensional() ? "x" + (xAxis + 1) : "x";
  }

  public String yTitle() {
    return twoDimensional() ? "x" + (yAxis + 1) : "f(x)";
  }

  @Override
  void paintOverlay(FXGraphics2D g, double width, double height) {
    lastDrawn = new TrajectoryPainter.Drawn(new double[0], false);
    if (world == null) {
      return;
    }
    Viewport v = PlotStyle.inside(world, width, height);
    while (reductions.size() < paths.size()) {
      reductions.add(new gdviz.plot.PathReduction());
    }
    List<FunctionPlotPainter.Run> runs = new java.util.ArrayList<>();
    for (int i = 0; i < paths.size(); i++) {
      runs.add(new FunctionPlotPainter.Run(paths.get(i).path(), paths.get(i).options(), reductions.get(i)));
    }
    TrajectoryPainter.Drawn[] drawn = new TrajectoryPainter.Drawn[1];
    withGraphics(g, gg -> drawn[0] = FunctionPlotPainter.paintOverlay(gg, runs, selectedPath, v,
        twoDimensional() ? marker : null, markerLabel));
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
    world = v.zoom(factor, e.getX(), e.getY());
    invalidateBackground();
    paintIfDirty();
    e.consume();
  }

  private void onPressed(MouseEvent e) {
    if (e.getButton() != MouseButton.PRIMARY || world == null) {
      return;
    }
    pressX = e.getX();
    pressY = e.getY();
    panned = false;
    pressWorld = PlotStyle.inside(world, canvasWidth(), canvasHeight());
    double[] pts = lastDrawn.points();
    draggingStart = pts.length >= 2 && Math.hypot(pts[0] - pressX, pts[1] - pressY) <= GRAB_RADIUS;
  }

  private void onDragged(MouseEvent e) {
    if (pressWorld == null) {
      return;
    }
    if (draggingStart) {
      onStartPicked.accept(worldPoint(pressWorld, e.getX(), e.getY()));
      return;
    }
    if (Math.hypot(e.getX() - pressX, e.getY() - pressY) > 3) {
      panned = true;
    }
    if (panned) {
      world = pressWorld.pan(e.getX() - pressX, e.getY() - pressY);
      invalidateBackground();
      paintIfDirty();
    }
  }

  private void onReleased(MouseEvent e) {
    if (pressWorld == null) {
      return;
    }
    if (!draggingStart && !panned && pressWorld.containsPixel(e.getX(), e.getY())) {
      onStartPicked.accept(worldPoint(pressWorld, e.getX(), e.getY()));
    }
    pressWorld = null;
    draggingStart = false;
  }

  private void onMoved(MouseEvent e) {
    if (world == null || shown == null) {
      return;
    }
    Viewport v = PlotStyle.inside(world, canvasWidth(), canvasHeight());
    if (!v.containsPixel(e.getX(), e.getY())) {
      onPointer.accept("");
      return;
    }
    double[] p = worldPoint(v, e.getX(), e.getY());
    double f = shown.value(twoDimensional() ? p : new double[] {p[0]});
    String where = twoDimensional()
        ? String.format(Locale.ROOT, "x1 = %.4g, x2 = %.4g", p[0], p[1])
        : String.format(Locale.ROOT, "x = %.4g", p[0]);
    onPointer.accept(where + ", f = " + (Double.isFinite(f) ? String.format(Locale.ROOT, "%.6g", f) : "undefined"));
  }

  private double[] worldPoint(Viewport v, double px, double py) {
    return twoDimensional() ? new double[] {v.toWorldX(px), v.toWorldY(py)} : new double[] {v.toWorldX(px)};
  }

  /** Zooms the view to show the selected path again. */
  public void fitToPath() {
    if (!paths.isEmpty()) {
      fitTo(paths.stream().map(PathToDraw::path).toList());
      paintIfDirty();
    }
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
}
