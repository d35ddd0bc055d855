package gdviz.ui;

import gdviz.plot.IteratePath;
import gdviz.plot.LossPainter;
import javafx.scene.canvas.GraphicsContext;
import org.jfree.fx.FXGraphics2D;

/** f per iteration for the shown run, linear or log. */
public final class LossPlotView extends LayeredCanvas {
  private IteratePath path;
  private int current = -1;
  private boolean log;

  public LossPlotView() {
    setId("lossPlot");
  }

  public void show(IteratePath path, int current, boolean log) {
    this.path = path;
    this.current = current;
    this.log = log;
    invalidateOverlay();
    paintIfDirty();
  }

  @Override
  void paintBackground(GraphicsContext gc, FXGraphics2D g, double width, double height) {}

  @Override
  void paintOverlay(FXGraphics2D g, double width, double height) {
    if (path == null || path.size() == 0) {
      return;
    }
    withGraphics(g, gg -> LossPainter.paint(gg, path, width, height, log, current));
  }
}
