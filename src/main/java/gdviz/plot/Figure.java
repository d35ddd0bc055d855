package gdviz.plot;

import gdviz.model.analysis.IteratePath;
import gdviz.model.analysis.LossBaseline;
import gdviz.model.method.Sketch;
import gdviz.model.objective.Objective;
import java.awt.Color;
import java.util.List;
import java.util.function.IntFunction;

/**
 * One figure, as the app shows it or the command line asks for it: function plots (one per
 * function the runs use: a run is drawn only over its own function), the runs with their
 * colours, the loss of every run, the data with the fitted line for a one-feature regression,
 * and an optional title and caption.
 *
 * @param panels the function plots, side by side
 * @param runs every run; the panels say which they draw
 * @param view which plots: the function plots, the loss (with the data panel), or both
 * @param data the data panel, or null
 * @param shown the window's plots as placed there, for {@link View#SHOWN} (null otherwise)
 */
public record Figure(String title, List<Panel> panels, List<Line> runs, int selected, View view, boolean lossLog,
    DataPanel data, String caption, ShownPlots shown) {

  /** Which plots: the function plots, the loss (with the data), both, or every plot the window shows, as placed there. */
  public enum View { FUNCTION, LOSS, ALL, SHOWN }

  public Figure(String title, List<Panel> panels, List<Line> runs, int selected, View view, boolean lossLog,
      DataPanel data, String caption) {
    this(title, panels, runs, selected, view, lossLog, data, caption, null);
  }

  /** The same figure drawing the window's plots as they are placed there. */
  public Figure showing(ShownPlots plots) {
    return new Figure(title, panels, runs, selected, View.SHOWN, lossLog, data, caption, plots);
  }

  /**
   * A function plot: the function as drawn (of one variable, or a plane of two), the coordinates'
   * names, the runs it draws (indices into the figure's runs), the world rectangle (null: fit to
   * those runs), a marked point (the least-squares solution) or null, and the basin map for the
   * rectangle drawn, if the figure shows one (null: the heat map).
   */
  public record Panel(String heading, Objective shown, int xAxis, int yAxis, List<String> names, List<Integer> lines,
      Viewport world, double[] marker, String markerLabel,
      java.util.function.Function<Viewport, gdviz.engine.BasinMap.Result> basins) {
    public Panel(String heading, Objective shown, int xAxis, int yAxis, List<String> names, List<Integer> lines,
        Viewport world, double[] marker, String markerLabel) {
      this(heading, shown, xAxis, yAxis, names, lines, world, marker, markerLabel, null);
    }

    public Panel withWorld(Viewport w) {
      return new Panel(heading, shown, xAxis, yAxis, names, lines, w, marker, markerLabel, basins);
    }

    /** The basin map, computed for the rectangle the painter settles on (world and pixels). */
    public Panel withBasins(java.util.function.Function<Viewport, gdviz.engine.BasinMap.Result> map) {
      return new Panel(heading, shown, xAxis, yAxis, names, lines, world, marker, markerLabel, map);
    }

    /** The axis titles: the coordinates drawn, or x and f(x). */
    String xTitle() {
      return shown.dimension() >= 2 ? names.get(xAxis) : names.get(0);
    }

    String yTitle() {
      return shown.dimension() >= 2 ? names.get(yAxis) : "f(" + names.get(0) + ")";
    }
  }

  /**
   * A run as drawn: its iterates shown ({@code path}), all of them ({@code whole}: the loss axis and
   * f* come from the whole run), label, colour, the highlighted step, the tangent or −∇f arrow
   * there, its f*, and the method's state at iterate k ({@code sketches}, null: none).
   */
  public record Line(String label, IteratePath path, IteratePath whole, Color colour, int current, boolean tangent,
      boolean gradientArrow, LossBaseline baseline, IntFunction<Sketch> sketches) {
    public Line(String label, IteratePath path, IteratePath whole, Color colour, int current, boolean tangent,
        boolean gradientArrow, LossBaseline baseline) {
      this(label, path, whole, colour, current, tangent, gradientArrow, baseline, null);
    }

    /** The same run cut to its first {@code n} iterates (an animation's frame). */
    public Line first(int n) {
      IteratePath p = path.first(n);
      return new Line(label, p, whole, colour, p.size() - 1, tangent, gradientArrow, baseline, sketches);
    }

    /** The method's state at the highlighted iterate. */
    public Sketch sketch() {
      return sketches == null ? Sketch.NONE : sketches.apply(current);
    }
  }

  /**
   * The class's data in data space ({@link DataSpacePainter}) with the model at the selected run's
   * current parameters, and the least-squares solution (or null).
   */
  public record DataPanel(gdviz.model.objective.DataObjective loss, double[] theta, double[] exact, Color colour,
      List<String> names) {}

  public Figure withPanels(List<Panel> p) {
    return new Figure(title, p, runs, selected, view, lossLog, data, caption, shown);
  }

  public Figure withCaption(String c) {
    return new Figure(title, panels, runs, selected, view, lossLog, data, c, shown);
  }

  public Figure withTitle(String t) {
    return new Figure(t, panels, runs, selected, view, lossLog, data, caption, shown);
  }

  /** The same figure with every run cut to its first {@code n} iterates, the data panel following the selected run. */
  public Figure upTo(int n) {
    List<Line> cut = runs.stream().map(l -> l.first(n)).toList();
    DataPanel d = data;
    if (d != null && !cut.isEmpty()) {
      Line sel = cut.get(Math.min(selected, cut.size() - 1));
      double[] theta = new double[sel.path().dimension()];
      int k = Math.max(0, sel.path().size() - 1);
      for (int i = 0; i < theta.length; i++) {
        theta[i] = sel.path().x(k, i);
      }
      d = new DataPanel(d.loss(), theta, d.exact(), d.colour(), d.names());
    }
    return new Figure(title, panels, cut, selected, view, lossLog, d, caption, shown);
  }

  /** A panel's world rectangle for a plot of the given size: its own, or one fitted to its runs. */
  public Viewport worldFor(Panel p, double width, double height) {
    if (p.world() != null) {
      return p.shown().dimension() >= 2 ? equalScale(p.world(), width, height) : p.world();
    }
    return ViewFit.fit(p.lines().stream().map(i -> runs.get(i).path()).toList(), p.shown(), p.xAxis(), p.yAxis(),
        width, height);
  }

  /**
   * The same centre, widened along one axis so a unit is as long across as up in a plot of this
   * size: circles stay round and −∇f stays perpendicular to the contours whatever the figure's
   * aspect.
   */
  public static Viewport equalScale(Viewport world, double width, double height) {
    Viewport pixels = PlotStyle.inside(world, width, height);
    double perPixel = Math.max((world.xMax() - world.xMin()) / pixels.width(),
        (world.yMax() - world.yMin()) / pixels.height());
    double cx = (world.xMin() + world.xMax()) / 2;
    double cy = (world.yMin() + world.yMax()) / 2;
    double halfW = perPixel * pixels.width() / 2;
    double halfH = perPixel * pixels.height() / 2;
    return new Viewport(cx - halfW, cx + halfW, cy - halfH, cy + halfH, 0, 0, 1, 1);
  }
}
