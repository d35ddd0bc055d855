package gdviz.ui.plots;

import gdviz.engine.Workers;
import gdviz.model.objective.Objective;
import gdviz.plot.SurfaceMesh;
import gdviz.plot.SurfacePainter;
import gdviz.plot.Viewport;
import java.util.List;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import org.jfree.fx.FXGraphics2D;

/**
 * The 2D view's function as a surface in 3D, over the same rectangle, with every run's path on
 * it: drag to turn it, scroll to zoom, double-click to see it from the start again. The surface
 * is drawn again only when the function, the rectangle or the camera change — into an image on a
 * thread of its own (ten thousand cells take 10–20 ms, too long for the FX thread), which the
 * FX thread then only puts on the canvas; until it is ready the last image stays. A frame
 * redraws only the paths.
 */
public final class SurfaceView extends LayeredCanvas {
  /** The heights on a log scale above the minimum (View ▸ Surface Heights on a Log Scale). */
  private boolean logHeights;
  /** Nodes along each side of the mesh. */
  static final int MESH = 100;

  private Objective shown;
  private Viewport world;
  private SurfaceMesh surface;
  private SurfacePainter.Camera camera = SurfacePainter.Camera.DEFAULT;
  private List<SurfacePainter.Path> paths = List.of();
  /** The selected run's seeded runs at the frame's step (null: none shown). */
  private gdviz.plot.SpreadPainter.Picture spread;
  private String xTitle = "x1";
  private String yTitle = "x2";
  private double pressX;
  private double pressY;
  private SurfacePainter.Camera pressCamera;
  private SurfacePainter.Drawn lastDrawn;
  private Rendered rendered;

  /** A surface drawn into pixels for one camera, size, scale and theme. */
  private record Rendered(String key, javafx.scene.image.Image image, SurfacePainter.Drawn drawn) {}

  private final BackgroundWork<Rendered> renderer;

  /** @param workers where the surface is drawn into pixels */
  public SurfaceView(Workers workers) {
    renderer = new BackgroundWork<>(workers, "gdviz-surface", false, this::rendered);
    setId("surfaceView");
    addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
      pressX = e.getX();
      pressY = e.getY();
      pressCamera = camera;
      if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
        setCamera(SurfacePainter.Camera.DEFAULT);
      }
    });
    addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
      if (pressCamera != null) {
        setCamera(pressCamera.dragged(logical(e.getX() - pressX), logical(e.getY() - pressY)));
      }
    });
    addEventHandler(ScrollEvent.SCROLL, e -> setCamera(camera.zoomed(e.getDeltaY() > 0 ? 1.1 : 1 / 1.1)));
  }

  /** The function (of two variables, or a plane of one of more) over this rectangle, its axes' names. */
  void show(Objective f, Viewport rectangle, String xName, String yName, List<SurfacePainter.Path> runs) {
    Viewport w = new Viewport(rectangle.xMin(), rectangle.xMax(), rectangle.yMin(), rectangle.yMax(), 0, 0, 1, 1);
    if (f != shown || !w.equals(world) || !xName.equals(xTitle) || !yName.equals(yTitle)) {
      shown = f;
      world = w;
      xTitle = xName;
      yTitle = yName;
      surface = null; // built when painted, at the size painted
      invalidateBackground();
    }
    paths = List.copyOf(runs);
    invalidateOverlay();
    paintIfDirty();
  }

  /** A frame's runs on the surface of what the 2D view shows (its function, rectangle and plane). */
  void showFrame(gdviz.ui.playback.Frame frame, PlotOptions o, FunctionPlotView plot,
      gdviz.model.method.Sketch selectedState, gdviz.plot.SpreadPainter.Picture seeded) {
    spread = seeded;
    if (plot.shownObjective() == null || plot.world() == null) {
      return;
    }
    if (o.logHeightsProperty().get() != logHeights) {
      logHeights = o.logHeightsProperty().get();
      surface = null; // built again on the other scale
      invalidateBackground();
    }
    List<SurfacePainter.Path> runs = new java.util.ArrayList<>();
    for (int i = 0; i < frame.runs().size(); i++) {
      gdviz.ui.playback.Frame.RunFrame r = frame.runs().get(i);
      boolean selected = i == frame.selected();
      if (r.sameFunction() && (r.visible() || selected)) {
        runs.add(new SurfacePainter.Path(new TrajectoryPath(r.trajectory(), r.shown()), r.current(),
            o.themeProperty().get().run(r.colour()), plot.xAxis(), plot.yAxis(), selected ? selectedState : null));
      }
    }
    show(plot.shownObjective(), plot.world(), plot.xTitle(), plot.yTitle(), runs);
  }

  /** The seeded runs drawn on the surface (null: none). */
  public gdviz.plot.SpreadPainter.Picture spread() {
    return spread;
  }

  public SurfacePainter.Camera camera() {
    return camera;
  }

  /** Turns or zooms the camera; the surface is drawn again. */
  public void setCamera(SurfacePainter.Camera c) {
    camera = c;
    invalidateBackground();
    invalidateOverlay();
    paintIfDirty();
  }

  /** What the last paint of the surface drew (null before the first). */
  public SurfacePainter.Drawn lastDrawn() {
    return lastDrawn;
  }

  /** The surface of the last paint (null before the first). */
  public SurfaceMesh surface() {
    return surface;
  }

  @Override
  void paintBackground(GraphicsContext gc, FXGraphics2D g, double width, double height) {
    if (shown == null || world == null) {
      return;
    }
    if (surface == null) {
      surface = new SurfaceMesh(shown, world, MESH, logHeights);
    }
    double k = scale();
    int pw = (int) Math.round(width * k);
    int ph = (int) Math.round(height * k);
    String key = System.identityHashCode(surface) + "|" + camera + "|" + pw + "x" + ph + "|" + theme();
    if (rendered != null) { // the current image, or the last one while the new one is drawn
      gc.drawImage(rendered.image(), 0, 0, width, height);
    }
    if (rendered == null || !rendered.key().equals(key)) {
      render(key, surface, camera, pw, ph, k);
    }
  }

  /** Draws the surface into pixels on the renderer's thread; the newest request wins. */
  private void render(String key, SurfaceMesh s, SurfacePainter.Camera c, int pw, int ph, double k) {
    gdviz.plot.PlotTheme look = theme();
    String xName = xTitle;
    String yName = yTitle;
    renderer.request(key, (cancelled, publish) -> {
      java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(Math.max(1, pw), Math.max(1, ph),
          java.awt.image.BufferedImage.TYPE_INT_ARGB);
      java.awt.Graphics2D g2 = image.createGraphics();
      look.applyTo(g2);
      g2.scale(k, k);
      SurfacePainter.Drawn drawn = SurfacePainter.paintSurface(g2, s, c, xName, yName, pw / k, ph / k);
      g2.dispose();
      int[] argb = ((java.awt.image.DataBufferInt) image.getRaster().getDataBuffer()).getData();
      javafx.scene.image.WritableImage pixels = new javafx.scene.image.WritableImage(image.getWidth(), image.getHeight());
      pixels.getPixelWriter().setPixels(0, 0, image.getWidth(), image.getHeight(),
          javafx.scene.image.PixelFormat.getIntArgbInstance(), argb, 0, image.getWidth());
      publish.accept(new Rendered(key, pixels, drawn));
    });
  }

  /** A surface image is ready (on the FX thread): it replaces the one shown. */
  private void rendered() {
    Rendered r = renderer.latest();
    if (r != null) {
      rendered = r;
      lastDrawn = r.drawn();
      invalidateBackground();
      paintIfDirty();
    }
  }


  @Override
  void paintOverlay(FXGraphics2D g, double width, double height) {
    if (surface == null) {
      return;
    }
    withGraphics(g, gg -> {
      gdviz.plot.SurfaceSpread.paint(gg, surface, camera, spread, width, height);
      SurfacePainter.paintPaths(gg, surface, camera, paths, width, height);
    });
  }

  /** The surface and the paths on it, from the camera shown (the window renders the surface off the FX thread). */
  @Override
  gdviz.plot.export.FigureFiles.Drawing picture() {
    if (surface == null) {
      return null;
    }
    SurfaceMesh mesh = surface;
    SurfacePainter.Camera c = camera;
    List<SurfacePainter.Path> p = paths;
    gdviz.plot.SpreadPainter.Picture seeded = spread;
    String x = xTitle;
    String y = yTitle;
    return (g, width, height) -> {
      SurfacePainter.paintSurface(g, mesh, c, x, y, width, height);
      gdviz.plot.SurfaceSpread.paint(g, mesh, c, seeded, width, height);
      SurfacePainter.paintPaths(g, mesh, c, p, width, height);
    };
  }
}
