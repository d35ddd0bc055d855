package gdviz.plot;

import gdviz.model.analysis.IteratePath;
import gdviz.model.analysis.LossBaseline;
import gdviz.model.run.RunSetup;
import java.util.List;

/**
 * Theory beside a run's loss: its split along the eigen-directions, and the bound its rate sets —
 * in the window's loss plot and in an exported stability figure.
 */
public final class LossTheory {
  /** The directions' curves: colours of their own, named in the note. */
  private static final java.awt.Color[] DIRECTIONS = {Palette.SKY, Palette.PURPLE,
      Palette.GREEN, Palette.ORANGE};
  private static final String[] NAMES = {"sky blue", "pink", "green", "orange"};

  private LossTheory() {}

  /**
   * For a run on a quadratic (its first {@code shown} iterates drawn): its loss along each
   * eigen-direction and the bound its rate sets, as asked, added to {@code losses}; returns the note
   * saying what they are ("" when none is drawn).
   */
  public static String add(RunSetup setup, IteratePath run, int shown, boolean byDirection, boolean bound,
      java.awt.Color ink, List<LossPainter.Series> losses, LossBaseline baseline) {
    if (!(byDirection || bound) || setup.maximize()) {
      return "";
    }
    gdviz.model.objective.Curvature c = gdviz.model.analysis.DirectionLosses.of(setup.objective());
    if (c == null) {
      return "the split by direction and the bound need a quadratic";
    }
    double[] minimizer = setup.objective().minimizer();
    double minimum = setup.objective().minimumValue();
    IteratePath drawn = run.first(shown);
    StringBuilder note = new StringBuilder();
    if (byDirection) {
      note.append("f − f* along");
      for (int i = 0; i < c.dimension(); i++) {
        losses.add(new LossPainter.Series(gdviz.model.analysis.DirectionLosses.along(drawn, c, minimizer, minimum, i),
            DIRECTIONS[i % DIRECTIONS.length], -1,
            gdviz.model.analysis.DirectionLosses.along(run, c, minimizer, minimum, i), baseline));
        note.append(i == 0 ? " " : ", ").append(c.dimension() == 1 ? "x" : "v" + sub(i + 1)).append(" (λ = ")
            .append(gdviz.model.format.Numbers.compact(c.values()[i])).append(", ").append(NAMES[i % NAMES.length])
            .append(")");
      }
    }
    var rate = gdviz.model.analysis.ConvergenceRate.of(setup);
    if (bound && rate != null && setup.schedule().isConstant()) {
      double rho = rate.rate(c);
      IteratePath line = gdviz.model.analysis.DirectionLosses.bound(run.value(0), minimum, rho, Math.max(1, run.size()));
      losses.add(new LossPainter.Series(line.first(Math.max(1, shown)), ink, -1, line, baseline).asGuide());
      note.append(note.length() > 0 ? "; " : "").append("dashed: ρ^(2k)·(f₀ − f*), ρ = ")
          .append(gdviz.model.format.Numbers.compact(rho));
    } else if (bound) {
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
