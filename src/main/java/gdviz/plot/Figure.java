package gdviz.plot;

import gdviz.model.IteratePath;
import gdviz.model.Objective;
import java.awt.Color;
import java.util.List;

/**
 * One exported figure: the function (as drawn: one variable, or a plane of two), the runs with
 * their colours, which panels to show, the world rectangle (null: fit to the runs), and an
 * optional title and caption.
 *
 * @param view which panels: {@link View#FUNCTION}, {@link View#LOSS} or {@link View#ALL}
 * @param marker a marked point on the function plot (e.g. the least-squares solution), or null
 */
public record Figure(String title, Objective shown, int xAxis, int yAxis, List<Line> runs, int selected, View view,
    Viewport world, boolean lossLog, double[] marker, String markerLabel, String caption) {

  public enum View { FUNCTION, LOSS, ALL }

  /** A run as drawn: its iterates (already cut to what is shown), label, colour, highlighted step. */
  public record Line(String label, IteratePath path, Color colour, int current) {}

  public Figure withWorld(Viewport w) {
    return new Figure(title, shown, xAxis, yAxis, runs, selected, view, w, lossLog, marker, markerLabel, caption);
  }

  public Figure withCaption(String c) {
    return new Figure(title, shown, xAxis, yAxis, runs, selected, view, world, lossLog, marker, markerLabel, c);
  }

  public Figure withTitle(String t) {
    return new Figure(t, shown, xAxis, yAxis, runs, selected, view, world, lossLog, marker, markerLabel, caption);
  }

  /** The world rectangle for a plot of the given size: the one given, or one fitted to the runs. */
  public Viewport worldFor(double width, double height) {
    if (world != null) {
      return world;
    }
    return ViewFit.fit(runs.stream().map(Line::path).toList(), shown, xAxis, yAxis, width, height);
  }
}
