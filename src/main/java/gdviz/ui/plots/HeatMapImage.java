package gdviz.ui.plots;

import gdviz.plot.FunctionPlotPainter;
import gdviz.plot.Viewport;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/** Draws the heat map's pixels on a canvas as a smoothed image, clipped to the plot area. */
final class HeatMapImage {
  private HeatMapImage() {}

  static FunctionPlotPainter.HeatMapDrawer onto(GraphicsContext gc, Viewport v) {
    return (argb, nx, ny, x, y, w, h) -> {
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
  }
}
