package gdviz.ui;

import gdviz.model.Numbers;
import gdviz.model.Objective;
import gdviz.model.SliceObjective;
import gdviz.plot.AxesPainter;
import gdviz.plot.ContourLevels;
import gdviz.plot.ContourPainter;
import gdviz.plot.CurvePainter;
import gdviz.plot.FunctionGrid;
import gdviz.plot.HeatMap;
import gdviz.plot.IteratePath;
import gdviz.plot.Palette;
import gdviz.plot.PlotStyle;
import gdviz.plot.TrajectoryPainter;
import gdviz.plot.Viewport;
import java.util.Arrays;
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
  private static final int CONTOUR_LEVELS = 16;
  private static final double GRAB_RADIUS = 12;

  private Objective objective;
  private Objective shown; // the objective itself, or a 2D slice of it
  private Viewport world;
  private IteratePath path;
  private TrajectoryPainter.Options options = new TrajectoryPainter.Options(0, false, false, Palette.VERMILLION);
  private TrajectoryPainter.Drawn lastDrawn = new TrajectoryPainter.Drawn(new double[0], false);
  private IteratePath pendingFit;
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

  /** A new function; {@code sliceAt} fixes the coordinates beyond the second for 3+ variables. */
  public void showObjective(Objective f, double[] sliceAt) {
    objective = f;
    shown = f.dimension() > 2 ? new SliceObjective(f, sliceAt) : f;
    invalidateBackground();
  }

  /** Fit the view to this path when next painted (the size may not be known yet). */
  public void fitTo(IteratePath p) {
    pendingFit = p;
    invalidateBackground();
    requestLayout();
  }

  public void showPath(IteratePath p, TrajectoryPainter.Options o) {
    path = p;
    options = o;
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
      world = fit(pendingFit, width, height);
      pendingFit = null;
    }
    if (world == null) {
      world = new Viewport(-10, 10, -10, 10, 0, 0, 1, 1);
    }
    Viewport v = PlotStyle.inside(world, width, height);
    AxesPainter.clear(g, width, height);
    if (twoDimensional()) {
      int nx = (int) Math.max(20, Math.min(320, v.width() / 2.5));
      int ny = (int) Math.max(20, Math.min(320, v.height() / 2.5));
      FunctionGrid grid = new FunctionGrid(shown, v, nx, ny);
      ContourLevels levels = ContourLevels.choose(grid, CONTOUR_LEVELS);
      int[] argb = HeatMap.pixels(grid, levels);
      WritableImage image = new WritableImage(nx, ny);
      image.getPixelWriter().setPixels(0, 0, nx, ny, PixelFormat.getIntArgbInstance(), argb, 0, nx);
      gc.setImageSmoothing(true);
      // Nodes sit on the edges of the world rectangle: stretch half a cell beyond it and let the frame clip.
      double cellW = v.width() / (nx - 1);
      double cellH = v.height() / (ny - 1);
      gc.save();
      gc.beginPath();
      gc.rect(v.left(), v.top(), v.width(), v.height());
      gc.clip();
      gc.drawImage(image, v.left() - cellW / 2, v.top() - cellH / 2, v.width() + cellW, v.height() + cellH);
      gc.restore();
      withGraphics(g, gg -> ContourPainter.paint(gg, grid, levels, v));
      withGraphics(g, gg -> AxesPainter.paint(gg, v, "x1", "x2"));
    } else {
      withGraphics(g, gg -> {
        AxesPainter.paint(gg, v, "x", "f(x)");
        CurvePainter.paint(gg, shown, v);
      });
    }
  }

  @Override
  void paintOverlay(FXGraphics2D g, double width, double height) {
    if (world == null || path == null || path.size() == 0) {
      lastDrawn = new TrajectoryPainter.Drawn(new double[0], false);
      return;
    }
    Viewport v = PlotStyle.inside(world, width, height);
    TrajectoryPainter.Drawn[] drawn = new TrajectoryPainter.Drawn[1];
    withGraphics(g, gg -> drawn[0] = TrajectoryPainter.paint(gg, path, v, options));
    lastDrawn = drawn[0];
  }

  /** A world rectangle around the path (and x = 0 in 1D), ignoring points that ran far away. */
  Viewport fit(IteratePath p, double width, double height) {
    boolean oneD = p.dimension() == 1;
    double scale = 1;
    for (int i = 0; i < Math.min(2, p.dimension()); i++) {
      scale = Math.max(scale, Math.abs(p.x(0, i)));
    }
    double limit = 10 * scale;
    double x0 = oneD ? 0 : Double.POSITIVE_INFINITY;
    double x1 = oneD ? 0 : Double.NEGATIVE_INFINITY;
    double y0 = Double.POSITIVE_INFINITY;
    double y1 = Double.NEGATIVE_INFINITY;
    for (int k = 0; k < p.size(); k++) {
      double x = p.x(k, 0);
      double y = oneD ? 0 : p.x(k, 1);
      if (!(Math.abs(x) <= limit && Math.abs(y) <= limit)) {
        continue;
      }
      x0 = Math.min(x0, x);
      x1 = Math.max(x1, x);
      y0 = Math.min(y0, y);
      y1 = Math.max(y1, y);
    }
    if (!(x1 >= x0)) {
      x0 = -1;
      x1 = 1;
    }
    double spanX = Math.max(x1 - x0, 2);
    double cx = (x0 + x1) / 2;
    x0 = cx - spanX * 0.65;
    x1 = cx + spanX * 0.65;
    Viewport pixels = PlotStyle.inside(new Viewport(0, 1, 0, 1, 0, 0, 1, 1), width, height);
    if (oneD) {
      double[] range = valueRange(x0, x1);
      return new Viewport(x0, x1, range[0], range[1], 0, 0, 1, 1);
    }
    if (!(y1 >= y0)) {
      y0 = -1;
      y1 = 1;
    }
    double spanY = Math.max(y1 - y0, 2) * 1.3;
    double cy = (y0 + y1) / 2;
    // equal scale on both axes, so circles look round
    double perPixel = Math.max((x1 - x0) / pixels.width(), spanY / pixels.height());
    double halfW = perPixel * pixels.width() / 2;
    double halfH = perPixel * pixels.height() / 2;
    return new Viewport(cx - halfW, cx + halfW, cy - halfH, cy + halfH, 0, 0, 1, 1);
  }

  /** f's range over [x0, x1], trimmed of the top and bottom 2% so a pole does not flatten the curve. */
  private double[] valueRange(double x0, double x1) {
    int n = 400;
    double[] values = new double[n + 1];
    int m = 0;
    double[] x = new double[1];
    for (int i = 0; i <= n; i++) {
      x[0] = x0 + (x1 - x0) * i / n;
      double v = shown.value(x);
      if (Double.isFinite(v)) {
        values[m++] = v;
      }
    }
    if (m == 0) {
      return new double[] {-1, 1};
    }
    Arrays.sort(values, 0, m);
    double lo = values[(int) (0.02 * (m - 1))];
    double hi = values[(int) Math.ceil(0.98 * (m - 1))];
    if (!(hi > lo)) {
      lo -= 1;
      hi += 1;
    }
    double pad = (hi - lo) * 0.08;
    return new double[] {lo - pad, hi + pad};
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

  /** Zooms the view to show the current path again. */
  public void fitToPath() {
    if (path != null && path.size() > 0) {
      fitTo(path);
      paintIfDirty();
    }
  }

  static String format(double v) {
    return Numbers.format(v);
  }
}
