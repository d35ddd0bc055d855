package gdviz.ui.plots;

import gdviz.plot.LossPainter;
import java.util.List;
import org.jfree.fx.FXGraphics2D;

/** f per iteration for the shown run, linear or log. */
public final class LossPlotView extends LayeredCanvas {
  private List<LossPainter.Series> series = List.of();
  private final java.util.List<gdviz.plot.LossEnvelope> envelopes = new java.util.ArrayList<>();
  private boolean log;
  private boolean growing;
  private LossPainter.Drawn lastDrawn;
  private String note = "";
  private double noteHeight;

  public LossPlotView() {
    super(false); // the axes change with every run: all is drawn per frame
    setId("lossPlot");
  }

  /** Several runs' losses on shared axes. */
  public void show(List<LossPainter.Series> series, boolean log) {
    show(series, log, false);
  }

  /** {@code growing}: runs are still streaming in (the iteration axis then grows by doubling). */
  public void show(List<LossPainter.Series> series, boolean log, boolean growing) {
    while (envelopes.size() < series.size()) {
      envelopes.add(new gdviz.plot.LossEnvelope());
    }
    java.util.List<LossPainter.Series> kept = new java.util.ArrayList<>();
    for (int i = 0; i < series.size(); i++) {
      LossPainter.Series s = series.get(i);
      kept.add(s.withEnvelope(envelopes.get(i)));
    }
    this.series = List.copyOf(kept);
    this.log = log;
    this.growing = growing;
    invalidateOverlay();
    paintIfDirty();
  }

  @Override
  void paintOverlay(FXGraphics2D g, double width, double height) {
    if (series.isEmpty() || series.stream().allMatch(s -> s.path().size() == 0)) {
      return;
    }
    withGraphics(g, gg -> {
      gdviz.plot.LabPictures.NotedLoss p = gdviz.plot.LabPictures.paintLoss(gg, series, note, log, growing, width,
          height);
      lastDrawn = p.drawn();
      noteHeight = p.noteHeight();
    });
  }

  @Override
  gdviz.plot.export.FigureFiles.Drawing picture() {
    if (series.isEmpty() || series.stream().allMatch(s -> s.path().size() == 0)) {
      return null;
    }
    // the window's envelopes are its caches: a figure's curves are worked out afresh
    List<LossPainter.Series> frozen = series.stream().map(s -> s.withEnvelope(new gdviz.plot.LossEnvelope())).toList();
    String n = note;
    boolean l = log;
    boolean grows = growing;
    return (g, width, height) -> gdviz.plot.LabPictures.paintLoss(g, frozen, n, l, grows, width, height);
  }

  /** The whole note (a low plot draws its first lines only). */
  @Override
  String tooltipText() {
    return note;
  }

  /** How much of the plot's height the note above the curves takes (0 without a note). */
  public double noteHeight() {
    return noteHeight;
  }

  /** How many curves the plot draws (runs, directions, bounds, bands). */
  public int seriesCount() {
    return series.size();
  }

  /** A line over the plot saying what the extra curves are ("" for none). */
  public void setNote(String text) {
    if (!text.equals(note)) {
      note = text;
      invalidateOverlay();
    }
  }

  public String note() {
    return note;
  }

  /** How the last frame laid out the loss axis (null before the first). */
  public LossPainter.Drawn lastDrawn() {
    return lastDrawn;
  }
}
