package gdviz.plot;

import gdviz.engine.ManyStartRuns;
import gdviz.model.analysis.IteratePath;
import gdviz.model.analysis.LossBaseline;
import gdviz.model.format.Numbers;
import java.util.ArrayList;
import java.util.List;

/**
 * Many starts as a figure's lines: each start's run labelled and coloured by where it ends
 * ("ends at (3, 2)", grey "diverged"), so the legend has one entry per place — the lines an
 * export of many starts draws, from the command line and from the window.
 */
public final class StartLines {
  private StartLines() {}

  /** Each start's run as far as its first {@code shown} iterates (the window's step; all: a large number). */
  public static List<Figure.Line> of(ManyStartRuns many, int shown, PlotTheme theme) {
    List<Figure.Line> lines = new ArrayList<>();
    LossBaseline baseline = LossBaseline.of(many.setups().get(0)); // one function: one f*
    for (int i = 0; i < many.runs().size(); i++) {
      IteratePath whole = many.runs().get(i).trajectory();
      IteratePath path = whole.first(many.shown(i, shown));
      int place = many.ends().place()[i];
      String where = place < 0 ? "diverged" : "ends at " + point(many.ends().places().get(place));
      lines.add(new Figure.Line(where, path, whole, EndColours.of(place, theme), path.size() - 1, false, false,
          baseline));
    }
    return lines;
  }

  /** "(3, 2)": a place to three decimals. */
  private static String point(double[] x) {
    StringBuilder s = new StringBuilder("(");
    for (int i = 0; i < x.length; i++) {
      s.append(i == 0 ? "" : ", ").append(Numbers.compact(Numbers.round(x[i], 3)));
    }
    return s.append(")").toString();
  }
}
