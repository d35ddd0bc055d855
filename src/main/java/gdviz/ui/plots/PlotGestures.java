package gdviz.ui.plots;

import gdviz.plot.Viewport;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;

/**
 * The mouse on the function plot: the wheel zooms about the pointer, a drag pans, a click (or a
 * drag of the start marker) picks the start point, and the pointer's place and f there are read
 * out for the status line.
 */
final class PlotGestures {
  /** How near the start marker (in pixels) a press grabs it. */
  private static final double GRAB_RADIUS = 12;
  private final FunctionPlotView plot;
  private BiConsumer<double[], double[]> onStartPicked = (p, r) -> { };
  private Consumer<String> onPointer = s -> { };
  private double pressX;
  private double pressY;
  private boolean draggingStart;
  private boolean panned;
  private Viewport pressWorld;

  PlotGestures(FunctionPlotView plot) {
    this.plot = plot;
  }

  void listen() {
    plot.addEventHandler(ScrollEvent.SCROLL, this::onScroll);
    plot.addEventHandler(MouseEvent.MOUSE_PRESSED, this::onPressed);
    plot.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::onDragged);
    plot.addEventHandler(MouseEvent.MOUSE_RELEASED, this::onReleased);
    plot.addEventHandler(MouseEvent.MOUSE_MOVED, e -> pointerAt(plot.logical(e.getX()), plot.logical(e.getY())));
    plot.addEventHandler(MouseEvent.MOUSE_EXITED, e -> onPointer.accept(""));
  }

  void setOnStartPicked(BiConsumer<double[], double[]> handler) {
    onStartPicked = handler;
  }

  void setOnPointer(Consumer<String> handler) {
    onPointer = handler;
  }

  private void onScroll(ScrollEvent e) {
    Viewport v = plot.viewport();
    if (v == null || e.getDeltaY() == 0) {
      return;
    }
    double factor = Math.pow(0.9, e.getDeltaY() / 40);
    plot.movedTo(v.zoom(factor, plot.logical(e.getX()), plot.logical(e.getY())));
    e.consume();
  }

  private void onPressed(MouseEvent e) {
    if (e.getButton() != MouseButton.PRIMARY || plot.viewport() == null) {
      return;
    }
    pressX = plot.logical(e.getX());
    pressY = plot.logical(e.getY());
    panned = false;
    pressWorld = plot.viewport();
    double[] pts = plot.startPixel();
    draggingStart = pts.length >= 2 && Math.hypot(pts[0] - pressX, pts[1] - pressY) <= GRAB_RADIUS;
  }

  private void onDragged(MouseEvent e) {
    if (pressWorld == null) {
      return;
    }
    double x = plot.logical(e.getX());
    double y = plot.logical(e.getY());
    pointerAt(x, y); // the read-out follows a drag too
    if (draggingStart) {
      onStartPicked.accept(worldPoint(pressWorld, x, y), resolution(pressWorld));
      return;
    }
    if (Math.hypot(x - pressX, y - pressY) > 3) {
      panned = true;
    }
    if (panned) {
      plot.movedTo(pressWorld.pan(x - pressX, y - pressY));
    }
  }

  private void onReleased(MouseEvent e) {
    if (pressWorld == null) {
      return;
    }
    double x = plot.logical(e.getX());
    double y = plot.logical(e.getY());
    if (!draggingStart && !panned && pressWorld.containsPixel(x, y)) {
      onStartPicked.accept(worldPoint(pressWorld, x, y), resolution(pressWorld));
    }
    pressWorld = null;
    draggingStart = false;
    pointerAt(x, y);
  }

  private void pointerAt(double px, double py) {
    Viewport v = plot.viewport();
    if (v == null) {
      return;
    }
    onPointer.accept(v.containsPixel(px, py) ? plot.readout(worldPoint(v, px, py), resolution(v)) : "");
  }

  /** World units per pixel across and up. */
  private static double[] resolution(Viewport v) {
    return new double[] {(v.xMax() - v.xMin()) / v.width(), (v.yMax() - v.yMin()) / v.height()};
  }

  private double[] worldPoint(Viewport v, double px, double py) {
    return plot.twoDimensional() ? new double[] {v.toWorldX(px), v.toWorldY(py)} : new double[] {v.toWorldX(px)};
  }
}
