package gdviz.app;

import gdviz.model.SetupException;
import gdviz.plot.Figure;
import gdviz.plot.Figures;
import gdviz.plot.LabFigures;
import gdviz.plot.ShownPlots;
import java.util.List;

/**
 * The command line's {@code --view stability}, {@code --view momentum} and {@code --view data}:
 * the plots the window shows for them, placed as there, drawn by the same pictures — one figure,
 * titled and captioned as the other views.
 */
final class LabExport {
  static final List<String> VIEWS = List.of("stability", "momentum", "data");

  private LabExport() {}

  /**
   * The figure of {@code view} for one finished run.
   *
   * @param base the run's figure (its function plot, loss and caption)
   */
  static Figure figure(String view, Figure base, Figures.RunData run, double width, double height) {
    ShownPlots plots = switch (view) {
      case "stability" -> {
        if (run.setup().objective().dimension() != 2) {
          throw new SetupException("--view stability draws a function of two variables (its eigen-directions); "
              + "this one has " + run.setup().objective().dimension());
        }
        yield LabFigures.stability(base, run, width, height);
      }
      case "momentum" -> {
        ShownPlots map = LabFigures.momentum(run.setup(), width, height);
        if (map == null) {
          throw new SetupException("--view momentum: " + LabFigures.whyNoMomentumMap(run.setup()));
        }
        yield map;
      }
      case "data" -> data(base, width, height);
      default -> throw new IllegalArgumentException(view);
    };
    return base.showing(plots);
  }

  /** The data panel: the data in data space with the model at the run's last iterate (DataSpacePainter). */
  private static ShownPlots data(Figure base, double width, double height) {
    Figure.DataPanel d = base.data();
    if (d == null) {
      throw new SetupException("--view data draws a data set (least squares or logistic regression) with the run's"
          + " model; this run's function is not one: choose a data preset or --data FILE.csv");
    }
    return new ShownPlots(width, height, List.of(new ShownPlots.Plot("data", 0, 0, width, height,
        (g, w, h) -> gdviz.plot.DataSpacePainter.paint(g, d.loss(), d.theta(), d.exact(),
            gdviz.plot.PlotTheme.of(g).onPage(d.colour()), d.names(), w, h))));
  }

  /**
   * A figure of one run with {@code spread}, its seeded runs: in the function plot faintly with
   * their mean path and spread ellipse, in the loss plot their median and 10–90 % band — as the
   * window's "many seeded runs" draws them; {@code view} 1d, 2d, loss or all.
   */
  static Figure seeded(String view, Figure base, gdviz.engine.RunSpread spread, double width, double height) {
    List<ShownPlots.Plot> plots = new java.util.ArrayList<>();
    boolean function = !view.equals("loss");
    boolean loss = !view.equals("1d") && !view.equals("2d");
    double upper = function && loss ? Math.round(height * 0.64) : function ? height : 0;
    if (function) {
      plots.add(new ShownPlots.Plot("function", 0, 0, width, upper, gdviz.plot.FigurePainter.functionPlot(base, 0,
          spread)));
    }
    if (loss) {
      Figure.Line line = base.runs().get(base.selected());
      plots.add(new ShownPlots.Plot("loss", 0, upper, width, height - upper, (g, w, h) -> {
        List<gdviz.plot.LossPainter.Series> series = new java.util.ArrayList<>();
        java.awt.Color colour = gdviz.plot.PlotTheme.of(g).onPage(line.colour());
        series.add(new gdviz.plot.LossPainter.Series(line.path(), colour, line.current(), line.whole(),
            line.baseline()));
        gdviz.plot.SpreadPainter.addLosses(spread, line.path().size(), colour, line.baseline(), series);
        gdviz.plot.LabPictures.paintLoss(g, series, gdviz.plot.SpreadPainter.lossNote(spread), base.lossLog(), false,
            w, h);
      }));
    }
    return base.showing(new ShownPlots(width, height, plots));
  }
}
