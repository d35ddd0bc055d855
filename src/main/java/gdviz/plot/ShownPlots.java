package gdviz.plot;

import gdviz.plot.export.FigureFiles.Drawing;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.List;

/**
 * What the window's plot area shows, as it is placed there: each plot's rectangle in the area
 * (in the area's own pixels) and its picture — the same painting the window's plot does, from a
 * snapshot of what it shows. The exported figure is drawn from this description, so a plot on the
 * screen is a plot on the slide, in the same place.
 *
 * @param width the plot area's width when it was described
 * @param height its height
 * @param plots the plots shown, in the order they were found (top to bottom, left to right)
 */
public record ShownPlots(double width, double height, List<Plot> plots) {
  /**
   * One plot: a name for tests and captions ("function", "loss", "sweep", "momentum map", "data",
   * "3D"), its rectangle in the area, and its picture.
   */
  public record Plot(String name, double x, double y, double width, double height, Drawing picture) {}

  public ShownPlots {
    plots = List.copyOf(plots);
  }

  /** The names of the plots, in order. */
  public List<String> names() {
    return plots.stream().map(Plot::name).toList();
  }

  /** Where a plot goes in a figure area of this size: its rectangle, stretched with the area. */
  public Rectangle2D placed(Plot p, double areaWidth, double areaHeight) {
    double sx = width <= 0 ? 1 : areaWidth / width;
    double sy = height <= 0 ? 1 : areaHeight / height;
    return new Rectangle2D.Double(Math.round(p.x() * sx), Math.round(p.y() * sy), Math.round(p.width() * sx),
        Math.round(p.height() * sy));
  }

  /**
   * Every plot in its place in an area of {@code areaWidth} × {@code areaHeight}: each painted at
   * its size in the figure (text stays its size; a larger figure gives the plots more room).
   */
  public void paint(Graphics2D g, double areaWidth, double areaHeight) {
    for (Plot p : plots) {
      Rectangle2D r = placed(p, areaWidth, areaHeight);
      if (r.getWidth() < 2 || r.getHeight() < 2) {
        continue;
      }
      var transform = g.getTransform();
      var clip = g.getClip();
      g.translate(r.getX(), r.getY());
      g.clip(new Rectangle2D.Double(0, 0, r.getWidth(), r.getHeight()));
      p.picture().paint(g, r.getWidth(), r.getHeight());
      g.setTransform(transform);
      g.setClip(clip);
    }
  }
}
