package gdviz.ui;

import gdviz.model.IteratePath;
import gdviz.plot.LossPainter;
import java.util.List;
import javafx.scene.canvas.GraphicsContext;
import org.jfree.fx.FXGraphics2D;

/** f per iteration for the shown run, linear or log. */
public final class LossPlotView extends LayeredCanvas {
  private List<LossPainter.Series> series = List.of();
  private boolean log;

  public LossPlotView() {
    setId("lossPlot");
  }

  public void show(IteratePath path, int current, boolean log) {
    show(List.of(new LossPainter.Series(path, gdviz.plot.Palette.VERMILLION, current)), log);
  }

  /** Several runs' losses on shared axes. */
  public void show(List<LossPainter.Series> series, boolean log) {
    this.series = List.copyOf(series);
    this.log = log;
    invalidateOverlay();
    paintIfDirty();
  }

  @Override
  void paintBackground(GraphicsContext gc, FXGraphics2D g, double width, double height) {}

  @Override
  void paintOverlay(FXGraphics2D g, double width, double height) {
    if (series.isEmpty() || series.stream().allMatch(s -> s.path().size() == 0)) {
      return;
    }
    withGraphics(g, gg -> LossPainter.paint(gg, series, width, height, log));
  }
}
