package gdviz.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.util.ArrayList;
import java.util.List;

/**
 * Lays out a {@link Figure} on any Graphics2D: title, a legend strip (outside the plots, so it
 * never hides a path), the function plot and/or the loss plot, and the caption. The plots are
 * drawn by the same painters the app uses on screen.
 */
public final class FigurePainter {
  private static final double TITLE_HEIGHT = 30;
  private static final double LEGEND_ROW = 22;
  private static final double CAPTION_LINE = 17;

  private FigurePainter() {}

  public static void paint(Graphics2D g, Figure f, double width, double height) {
    PlotStyle.smooth(g);
    AxesPainter.clear(g, width, height);
    double top = 0;
    if (f.title() != null && !f.title().isBlank()) {
      g.setColor(Palette.BLACK);
      g.setFont(PlotStyle.TITLE_FONT);
      FontMetrics fm = g.getFontMetrics();
      g.drawString(f.title(), (float) ((width - fm.stringWidth(f.title())) / 2), (float) (8 + fm.getAscent()));
      top += TITLE_HEIGHT;
    }
    if (f.runs().size() > 1) {
      top += legend(g, f, width, top);
    }
    List<String> caption = f.caption() == null ? List.of() : wrap(g, f.caption(), width - 24);
    double bottom = height - caption.size() * CAPTION_LINE - (caption.isEmpty() ? 0 : 10);
    double area = Math.max(50, bottom - top);
    switch (f.view()) {
      case FUNCTION -> function(g, f, top, width, area);
      case LOSS -> loss(g, f, top, width, area);
      case ALL -> {
        double upper = Math.round(area * 0.64);
        function(g, f, top, width, upper);
        loss(g, f, top + upper, width, area - upper);
      }
    }
    if (!caption.isEmpty()) {
      g.setColor(Palette.BLACK);
      g.setFont(PlotStyle.LABEL_FONT);
      double y = bottom + 6;
      for (String line : caption) {
        y += CAPTION_LINE;
        g.drawString(line, 12f, (float) y - 4);
      }
    }
  }

  private static void function(Graphics2D g, Figure f, double top, double width, double height) {
    var transform = g.getTransform();
    var clip = g.getClip();
    g.translate(0, top);
    g.clip(new java.awt.geom.Rectangle2D.Double(0, 0, width, height));
    Viewport v = PlotStyle.inside(f.worldFor(width, height), width, height);
    boolean twoD = f.shown().dimension() >= 2;
    FunctionPlotPainter.paintBackground(g, FunctionPlotPainter.onto(g), f.shown(), v,
        twoD ? "x" + (f.xAxis() + 1) : "x", twoD ? "x" + (f.yAxis() + 1) : "f(x)",
        width, height);
    List<FunctionPlotPainter.Run> runs = new ArrayList<>();
    for (Figure.Line line : f.runs()) {
      runs.add(new FunctionPlotPainter.Run(line.path(), new TrajectoryPainter.Options(line.current(), false, false,
          line.colour(), f.runs().size() == 1, f.xAxis(), f.yAxis())));
    }
    FunctionPlotPainter.paintOverlay(g, runs, f.selected(), v, twoD ? f.marker() : null, f.markerLabel());
    g.setTransform(transform);
    g.setClip(clip);
  }

  private static void loss(Graphics2D g, Figure f, double top, double width, double height) {
    var transform = g.getTransform();
    var clip = g.getClip();
    g.translate(0, top);
    g.clip(new java.awt.geom.Rectangle2D.Double(0, 0, width, height));
    List<LossPainter.Series> series = new ArrayList<>();
    for (Figure.Line line : f.runs()) {
      series.add(new LossPainter.Series(line.path(), f.runs().size() == 1 ? Palette.VERMILLION : line.colour(),
          line.current()));
    }
    LossPainter.paint(g, series, width, height, f.lossLog());
    g.setTransform(transform);
    g.setClip(clip);
  }

  /** Entries "▬ label" left to right, wrapping to more rows; returns the height used. */
  private static double legend(Graphics2D g, Figure f, double width, double top) {
    g.setFont(PlotStyle.LABEL_FONT);
    FontMetrics fm = g.getFontMetrics();
    double x = PlotStyle.MARGIN_LEFT;
    double y = top + 6;
    for (Figure.Line line : f.runs()) {
      double w = 26 + fm.stringWidth(line.label()) + 18;
      if (x + w > width - 10 && x > PlotStyle.MARGIN_LEFT) {
        x = PlotStyle.MARGIN_LEFT;
        y += LEGEND_ROW;
      }
      g.setColor(line.colour());
      g.setStroke(new BasicStroke(4f));
      g.draw(new Line2D.Double(x, y + 9, x + 20, y + 9));
      g.setColor(Palette.BLACK);
      g.drawString(line.label(), (float) (x + 26), (float) (y + 9 + fm.getAscent() / 2.0 - 1));
      x += w;
    }
    return y + LEGEND_ROW - top + 2;
  }

  /** Splits text into lines that fit the width, breaking at spaces (and at explicit newlines). */
  static List<String> wrap(Graphics2D g, String text, double width) {
    g.setFont(PlotStyle.LABEL_FONT);
    FontMetrics fm = g.getFontMetrics();
    List<String> lines = new ArrayList<>();
    for (String paragraph : text.split("\n")) {
      StringBuilder line = new StringBuilder();
      for (String word : paragraph.split(" ")) {
        String candidate = line.length() == 0 ? word : line + " " + word;
        if (fm.stringWidth(candidate) > width && line.length() > 0) {
          lines.add(line.toString());
          line = new StringBuilder(word);
        } else {
          line = new StringBuilder(candidate);
        }
      }
      lines.add(line.toString());
    }
    return lines;
  }

  /** Colour of run i in figures with several runs. */
  public static Color runColour(int i) {
    return Palette.RUNS[i % Palette.RUNS.length];
  }
}
