package gdviz.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * Lays out a {@link Figure} on any Graphics2D: title, a legend strip (outside the plots, so it
 * never hides a path), the function plots side by side, the loss plot (with the data panel beside
 * it for a one-feature regression) and the caption, wrapped so no line is cut. The plots are drawn
 * by the same painters the app uses on screen.
 */
public final class FigurePainter {
  private static final double TITLE_HEIGHT = 30;
  private static final double LEGEND_ROW = 22;
  private static final double CAPTION_LINE = 17;
  private static final double HEADING_HEIGHT = 22;

  private FigurePainter() {}

  /** Where the figure put its plots, for tests: each function panel's world and the loss plot's drawing. */
  public record Layout(List<Viewport> worlds, LossPainter.Drawn loss) {}

  public static Layout paint(Graphics2D g, Figure f, double width, double height) {
    PlotStyle.smooth(g);
    AxesPainter.clear(g, width, height);
    double top = 0;
    if (f.title() != null && !f.title().isBlank()) {
      top += title(g, f.title(), width);
    }
    if (f.runs().size() > 1) {
      // runs of one label and colour share an entry (many starts labelled by where they end)
      top += legend(g, f.runs().stream().map(l -> new Entry(l.label(), l.colour())).distinct().toList(), width, top);
    }
    List<String> caption = f.caption() == null ? List.of() : wrap(g, f.caption(), width - 24);
    double bottom = height - caption.size() * CAPTION_LINE - (caption.isEmpty() ? 0 : 10);
    double area = Math.max(50, bottom - top);
    List<Viewport> worlds = new ArrayList<>();
    LossPainter.Drawn loss = null;
    switch (f.view()) {
      case FUNCTION -> worlds = functions(g, f, top, width, area);
      case LOSS -> loss = lower(g, f, top, width, area);
      case SHOWN -> {
        var transform = g.getTransform();
        g.translate(0, top);
        f.shown().paint(g, width, area);
        g.setTransform(transform);
      }
      case ALL -> {
        double upper = Math.round(area * 0.64);
        worlds = functions(g, f, top, width, upper);
        loss = lower(g, f, top + upper, width, area - upper);
      }
    }
    if (!caption.isEmpty()) {
      g.setColor(PlotTheme.of(g).ink());
      g.setFont(PlotStyle.LABEL_FONT);
      double y = bottom + 6;
      for (String line : caption) {
        y += CAPTION_LINE;
        g.drawString(line, 12f, (float) y - 4);
      }
    }
    return new Layout(worlds, loss);
  }

  /**
   * The title centred at the top, wrapped onto more lines where it is wider than the figure (a data
   * set's description ran off both edges); returns the height it takes.
   */
  static double title(Graphics2D g, String title, double width) {
    g.setColor(PlotTheme.of(g).ink());
    g.setFont(PlotStyle.TITLE_FONT);
    FontMetrics fm = g.getFontMetrics();
    List<String> lines = TextBlock.wrap(g, PlotStyle.TITLE_FONT, title, width - 24);
    double y = 8 + fm.getAscent();
    for (String line : lines) {
      g.drawString(line, (float) ((width - fm.stringWidth(line)) / 2), (float) y);
      y += fm.getHeight();
    }
    return TITLE_HEIGHT + (lines.size() - 1) * fm.getHeight();
  }

  /** The function panels side by side, each headed with its function when there are several. */
  private static List<Viewport> functions(Graphics2D g, Figure f, double top, double width, double height) {
    List<Viewport> worlds = new ArrayList<>();
    int n = f.panels().size();
    double panelWidth = width / Math.max(1, n);
    for (int i = 0; i < n; i++) {
      Figure.Panel p = f.panels().get(i);
      var transform = g.getTransform();
      var clip = g.getClip();
      g.translate(i * panelWidth, top);
      g.clip(new Rectangle2D.Double(0, 0, panelWidth, height));
      double head = 0;
      if (n > 1 && p.heading() != null) {
        head = TextBlock.wrap(g, PlotStyle.LABEL_FONT, p.heading(), panelWidth - 20).size() * 17 + 4;
        drawLines(g, TextBlock.wrap(g, PlotStyle.LABEL_FONT, p.heading(), panelWidth - 20), panelWidth, 0);
        g.translate(0, head);
      }
      worlds.add(function(g, f, p, null, null, panelWidth, height - head));
      g.setTransform(transform);
      g.setClip(clip);
    }
    return worlds;
  }

  private static void drawLines(Graphics2D g, List<String> lines, double width, double top) {
    g.setFont(PlotStyle.LABEL_FONT);
    g.setColor(PlotTheme.of(g).ink());
    FontMetrics fm = g.getFontMetrics();
    double y = top + 2 + fm.getAscent();
    for (String l : lines) {
      g.drawString(l, (float) ((width - fm.stringWidth(l)) / 2), (float) y);
      y += 17;
    }
  }

  /**
   * One function plot of a figure as a picture of its own, with the eigen-directions drawn
   * ({@code eigen} null: none): for a figure that places its plots as the window does.
   */
  public static gdviz.plot.export.FigureFiles.Drawing functionPlot(Figure f, int panel, EigenPainter.Axes eigen) {
    return (g, width, height) -> function(g, f, f.panels().get(panel), eigen, null, width, height);
  }

  /** The same with seeded runs of the selected run drawn (faintly, their mean path and spread ellipse). */
  public static gdviz.plot.export.FigureFiles.Drawing functionPlot(Figure f, int panel, gdviz.engine.RunSpread spread) {
    return (g, width, height) -> {
      Figure.Panel p = f.panels().get(panel);
      Figure.Line line = f.runs().get(f.selected());
      function(g, f, p, null, new SpreadPainter.Picture(spread, line.current(), PlotTheme.of(g).onPage(line.colour()),
          p.xAxis(), p.yAxis()), width, height);
    };
  }

  private static Viewport function(Graphics2D g, Figure f, Figure.Panel p, EigenPainter.Axes eigen,
      SpreadPainter.Picture spread, double width, double height) {
    Viewport world = f.worldFor(p, width, height);
    Viewport v = PlotStyle.inside(world, width, height);
    FunctionPlotPainter.paintBackground(g, FunctionPlotPainter.onto(g), p.shown(), v, p.xTitle(), p.yTitle(), width,
        height, p.basins() == null ? null : p.basins().apply(v));
    List<FunctionPlotPainter.Run> runs = new ArrayList<>();
    int selected = -1;
    for (int i : p.lines()) {
      Figure.Line line = f.runs().get(i);
      if (i == f.selected()) {
        selected = runs.size();
      }
      runs.add(new FunctionPlotPainter.Run(line.path(), new TrajectoryPainter.Options(line.current(), line.tangent(),
          line.gradientArrow(), PlotTheme.of(g).onPage(line.colour()), f.runs().size() == 1, p.xAxis(), p.yAxis(), line.sketch())));
    }
    FunctionPlotPainter.paintOverlay(g, runs, Math.max(0, selected), v,
        p.shown().dimension() >= 2 ? p.marker() : null, p.markerLabel(), eigen,
        p.shown().dimension() >= 2 ? spread : null);
    return world;
  }

  /** The loss of every run, with the data panel beside it when the figure has one. */
  private static LossPainter.Drawn lower(Graphics2D g, Figure f, double top, double width, double height) {
    double lossWidth = f.data() == null ? width : Math.round(width / 2);
    var transform = g.getTransform();
    var clip = g.getClip();
    g.translate(0, top);
    g.clip(new Rectangle2D.Double(0, 0, lossWidth, height));
    List<LossPainter.Series> series = new ArrayList<>();
    for (Figure.Line line : f.runs()) {
      series.add(new LossPainter.Series(line.path(), f.runs().size() == 1 ? Palette.VERMILLION : PlotTheme.of(g).onPage(line.colour()),
          line.current(), line.whole(), line.baseline()));
    }
    LossPainter.Drawn drawn = LossPainter.paint(g, series, lossWidth, height, f.lossLog());
    g.setTransform(transform);
    g.setClip(clip);
    if (f.data() != null) {
      Figure.DataPanel d = f.data();
      g.translate(lossWidth, top);
      g.clip(new Rectangle2D.Double(0, 0, width - lossWidth, height));
      DataSpacePainter.paint(g, d.loss(), d.theta(), d.exact(), PlotTheme.of(g).onPage(d.colour()), d.names(),
          width - lossWidth, height);
      g.setTransform(transform);
      g.setClip(clip);
    }
    return drawn;
  }

  /** Entries "▬ label" left to right, wrapping to more rows; returns the height used. */
  /** A legend's entry: a run's label and colour (on a light page). */
  record Entry(String label, Color colour) {}

  static double legend(Graphics2D g, List<Entry> entries, double width, double top) {
    g.setFont(PlotStyle.LABEL_FONT);
    FontMetrics fm = g.getFontMetrics();
    double x = PlotStyle.MARGIN_LEFT;
    double y = top + 6;
    for (Entry line : entries) {
      double w = 26 + fm.stringWidth(line.label()) + 18;
      if (x + w > width - 10 && x > PlotStyle.MARGIN_LEFT) {
        x = PlotStyle.MARGIN_LEFT;
        y += LEGEND_ROW;
      }
      g.setColor(PlotTheme.of(g).onPage(line.colour()));
      g.setStroke(new BasicStroke(4f));
      g.draw(new Line2D.Double(x, y + 9, x + 20, y + 9));
      g.setColor(PlotTheme.of(g).ink());
      g.drawString(line.label(), (float) (x + 26), (float) (y + 9 + fm.getAscent() / 2.0 - 1));
      x += w;
    }
    return y + LEGEND_ROW - top + 2;
  }

  /** Splits text into lines that fit the width, breaking at spaces (and at explicit newlines). */
  static List<String> wrap(Graphics2D g, String text, double width) {
    return TextBlock.wrap(g, PlotStyle.LABEL_FONT, text, width);
  }

  /** Colour of run i in figures with several runs (on a light page; see {@link PlotTheme#onPage}). */
  public static Color runColour(int i) {
    return PlotTheme.LIGHT.run(i);
  }
}
