package gdviz.plot;

import gdviz.model.analysis.ConvergenceRate;
import gdviz.model.analysis.StepSizeBands;
import gdviz.model.objective.Curvature;
import gdviz.plot.export.FigureFiles.Drawing;
import gdviz.plot.label.PlotLabels;
import java.awt.Graphics2D;
import java.util.List;

/**
 * The stability lab's plots as pictures — the η sweep and the momentum map — painted the same way
 * in the window's plots and in an exported figure (from the app or the command line).
 */
public final class LabPictures {
  private LabPictures() {}

  /**
   * The sweep's curves and axes with the current η marked; while no curve is computed yet, the
   * {@code waiting} line instead.
   */
  public static Drawing sweep(List<SweepPainter.Curve> curves, StepSizeBands bands, String waiting, double eta) {
    List<SweepPainter.Curve> frozen = List.copyOf(curves);
    return (g, width, height) -> {
      Viewport v = sweepCurves(g, frozen, bands, waiting, width, height);
      if (v != null) {
        SweepPainter.paintEta(g, v, eta);
      }
    };
  }

  /** The sweep's curves and axes (null: none computed yet, the waiting line drawn instead). */
  public static Viewport sweepCurves(Graphics2D g, List<SweepPainter.Curve> curves, StepSizeBands bands,
      String waiting, double width, double height) {
    if (curves.isEmpty()) {
      g.setColor(PlotTheme.of(g).ink());
      g.setFont(PlotStyle.LABEL_FONT);
      g.drawString(waiting, 20f, 30f);
      return null;
    }
    return SweepPainter.paint(g, curves, bands, Double.NaN, gdviz.engine.EtaSweep.VIEW_MIN,
        gdviz.engine.EtaSweep.VIEW_MAX, width, height);
  }

  /** Whether there is a momentum map to draw: momentum or Nesterov on a function whose curvature is known and ≥ 0. */
  public static boolean hasMomentumMap(ConvergenceRate.Rule rule, Curvature curvature) {
    return rule != null && rule != ConvergenceRate.Rule.GD && curvature != null && curvature.smallest() >= 0;
  }

  /** The momentum map with the current (η, β), or why there is none. */
  public static Drawing momentumMap(ConvergenceRate.Rule rule, Curvature curvature, double eta, double beta) {
    return (g, width, height) -> {
      List<PlotLabels.Placed> labels = hasMomentumMap(rule, curvature)
          ? MomentumMapPainter.paintMap(g, FunctionPlotPainter.onto(g), rule, curvature, width, height) : List.of();
      momentumPoint(g, rule, curvature, eta, beta, labels, width, height);
    };
  }

  /** The current (η, β) over the map (clear of its labels), or why there is no map. */
  public static void momentumPoint(Graphics2D g, ConvergenceRate.Rule rule, Curvature curvature, double eta,
      double beta, List<PlotLabels.Placed> mapLabels, double width, double height) {
    if (!hasMomentumMap(rule, curvature)) {
      TextBlock.draw(g, PlotStyle.LABEL_FONT, whyNoMomentumMap(curvature), 12, 12, width - 24, PlotTheme.of(g).ink());
      return;
    }
    MomentumMapPainter.paintPoint(g, rule, curvature, eta, beta, width, height, mapLabels);
  }

  /** Why a setup has no momentum map, in a sentence. */
  public static String whyNoMomentumMap(Curvature curvature) {
    return curvature == null ? "The momentum map needs a function with a Hessian."
        : curvature.smallest() < 0 ? "The momentum map needs a convex function: this one curves down at the start."
        : "The momentum map is for momentum and nesterov: choose one of them as the method.";
  }

  /** What a loss plot with a note drew: the loss axis and how much of the height the note took. */
  public record NotedLoss(LossPainter.Drawn drawn, double noteHeight) {}

  /**
   * The loss with its note above the curves, never on them (as many of its lines as take at most
   * 30 % of the height), the curves below it.
   */
  public static NotedLoss paintLoss(Graphics2D g, List<LossPainter.Series> series, String note, boolean log,
      boolean growing, double width, double height) {
    double noteWidth = Math.max(40, Math.min(width - PlotStyle.MARGIN_LEFT - 20, 460));
    String shown = note.isEmpty() ? "" : TextBlock.within(g, PlotStyle.TICK_FONT, note, noteWidth, 0.3 * height);
    double noteHeight = shown.isEmpty() ? 0 : TextBlock.height(g, PlotStyle.TICK_FONT, shown, TextBlock.AS_WRAPPED);
    g.translate(0, noteHeight);
    LossPainter.Drawn drawn = LossPainter.paint(g, series, width, height - noteHeight, log, growing);
    g.translate(0, -noteHeight);
    if (!shown.isEmpty()) {
      TextBlock.draw(g, PlotStyle.TICK_FONT, shown, PlotStyle.MARGIN_LEFT, 2, TextBlock.AS_WRAPPED,
          PlotTheme.of(g).ink());
    }
    return new NotedLoss(drawn, noteHeight);
  }
}
