package gdviz.ui.plots;

import gdviz.model.IteratePath;
import gdviz.model.LossBaseline;
import gdviz.plot.LossPainter;
import gdviz.ui.playback.Frame;
import java.util.List;

/** Theory beside the selected run's loss: its split along the eigen-directions, and the bound its rate sets. */
final class LossTheory {
  /** The directions' curves: colours of their own, named in the note. */
  private static final java.awt.Color[] DIRECTIONS = {gdviz.plot.Palette.SKY, gdviz.plot.Palette.PURPLE,
      gdviz.plot.Palette.GREEN, gdviz.plot.Palette.ORANGE};
  private static final String[] NAMES = {"sky blue", "pink", "green", "orange"};

  private LossTheory() {}

  /**
   * For the selected run on a quadratic: its loss along each eigen-direction and the bound its
   * rate sets, as asked; returns the note saying what they are ("" when none is drawn).
   */
  static String add(Frame frame, PlotOptions o, List<LossPainter.Series> losses, LossBaseline baseline) {
    Frame.RunFrame r = frame.selectedRun();
    gdviz.model.RunSetup setup = r.setup();
    if (!(o.lossByDirectionProperty().get() || o.lossBoundProperty().get()) || setup.maximize()) {
      return "";
    }
    gdviz.model.Curvature c = gdviz.model.DirectionLosses.of(setup.objective());
    if (c == null) {
      return "the split by direction and the bound need a quadratic";
    }
    double[] minimizer = setup.objective().minimizer();
    double minimum = setup.objective().minimumValue();
    IteratePath shown = new TrajectoryPath(r.trajectory(), r.shown());
    var theme = o.themeProperty().get();
    StringBuilder note = new StringBuilder();
    if (o.lossByDirectionProperty().get()) {
      note.append("f − f* along");
      for (int i = 0; i < c.dimension(); i++) {
        losses.add(new LossPainter.Series(gdviz.model.DirectionLosses.along(shown, c, minimizer, minimum, i),
            DIRECTIONS[i % DIRECTIONS.length], -1,
            gdviz.model.DirectionLosses.along(r.trajectory(), c, minimizer, minimum, i), baseline));
        note.append(i == 0 ? " " : ", ").append(c.dimension() == 1 ? "x" : "v" + sub(i + 1)).append(" (λ = ")
            .append(gdviz.model.Numbers.compact(c.values()[i])).append(", ").append(NAMES[i % NAMES.length])
            .append(")");
      }
    }
    var rule = gdviz.model.ConvergenceRate.Rule.of(setup.method().id());
    if (o.lossBoundProperty().get() && rule != null && setup.schedule().isConstant()) {
      double beta = rule == gdviz.model.ConvergenceRate.Rule.GD ? 0 : setup.knobs().real(gdviz.model.optim.Momentum.BETA);
      double rho = gdviz.model.ConvergenceRate.rate(rule, setup.eta(), beta, c);
      IteratePath bound = gdviz.model.DirectionLosses.bound(r.trajectory().value(0), minimum, rho,
          Math.max(1, r.trajectory().size()));
      losses.add(new LossPainter.Series(bound.first(Math.max(1, r.shown())), theme.ink(), -1, bound, baseline).asGuide());
      note.append(note.length() > 0 ? "; " : "").append("dashed: ρ^(2k)·(f₀ − f*), ρ = ")
          .append(gdviz.model.Numbers.compact(rho));
    } else if (o.lossBoundProperty().get()) {
      note.append(note.length() > 0 ? "; " : "").append("the bound needs gd, momentum or nesterov with a constant η");
    }
    return note.toString();
  }

  private static String sub(int i) {
    StringBuilder s = new StringBuilder();
    for (char ch : Integer.toString(i).toCharArray()) {
      s.append((char) ('₀' + (ch - '0')));
    }
    return s.toString();
  }
}
