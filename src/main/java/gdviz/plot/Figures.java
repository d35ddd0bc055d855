package gdviz.plot;

import gdviz.model.DataObjective;
import gdviz.model.IteratePath;
import gdviz.model.Method;
import gdviz.model.MethodParams;
import gdviz.model.Numbers;
import gdviz.model.Objective;
import gdviz.model.Outcome;
import gdviz.model.RunSetup;
import gdviz.model.SliceObjective;
import gdviz.plot.export.FigureFiles.Drawing;
import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/** Builds figures from runs: one plot, small multiples with shared axes, or an animation. */
public final class Figures {
  private Figures() {}

  /** A finished (or partly shown) run: its setup, the iterates to draw, and how it ended. */
  public record RunData(String label, RunSetup setup, IteratePath path, Outcome outcome) {}

  /** All runs on the first run's function; in several variables, the plane (x1, x2) through the least-squares solution or the start. */
  public static Figure of(String title, List<RunData> runs, Figure.View view, boolean lossLog, boolean caption) {
    RunSetup first = runs.get(0).setup();
    Objective f = first.objective();
    double[] marker = null;
    double[] exact = f instanceof DataObjective d ? d.closedFormMinimizer() : null;
    Objective shown = f;
    if (f.dimension() > 2) {
      shown = new SliceObjective(f, exact != null ? exact : first.start(), 0, 1);
    }
    if (exact != null && exact.length >= 2) {
      marker = new double[] {exact[0], exact[1]};
    }
    List<Figure.Line> lines = new ArrayList<>();
    for (int i = 0; i < runs.size(); i++) {
      RunData r = runs.get(i);
      Color colour = runs.size() == 1 ? Palette.VERMILLION : FigurePainter.runColour(i);
      lines.add(new Figure.Line(r.label(), r.path(), colour, r.path().size() - 1));
    }
    return new Figure(title, shown, 0, 1, lines, 0, view, null, lossLog, marker, "least squares",
        caption ? caption(runs) : null);
  }

  /** Function, start, steps, seed; then each run's method, η, parameters and outcome. */
  public static String caption(List<RunData> runs) {
    RunSetup first = runs.get(0).setup();
    StringBuilder s = new StringBuilder(first.objective().description());
    if (first.maximize()) {
      s.append(", maximized");
    }
    s.append(" · start ").append(point(first.start())).append(" · up to ").append(first.steps()).append(" steps")
        .append(" · seed ").append(first.seed());
    for (RunData r : runs) {
      s.append("\n").append(runs.size() > 1 ? r.label() + ": " : "").append(method(r.setup()));
      if (r.outcome() != null) {
        s.append(" — ").append(r.outcome().message());
      }
    }
    return s.toString();
  }

  /** "momentum, η = 0.05, β = 0.9": the method with the parameters it reads. */
  public static String method(RunSetup setup) {
    Method m = setup.method();
    MethodParams p = setup.params();
    StringJoiner s = new StringJoiner(", ");
    s.add(m.id()).add("η = " + Numbers.compact(setup.eta()));
    for (String name : m.parameters()) {
      Object value = switch (name) {
        case "beta" -> p.beta();
        case "beta1" -> p.beta1();
        case "beta2" -> p.beta2();
        case "eps" -> p.eps();
        case "gamma" -> p.gamma();
        case "rho" -> p.rho();
        case "noise" -> p.noise();
        case "batchSize" -> p.batchSize();
        case "absHessian" -> p.absHessian();
        case "lineSearch" -> p.lineSearch();
        default -> null;
      };
      if (value != null) {
        String shown = value instanceof Double d ? Numbers.compact(d) : value.toString();
        s.add(symbol(name) + " = " + shown);
      }
    }
    return s.toString();
  }

  private static String symbol(String name) {
    return switch (name) {
      case "beta" -> "β";
      case "beta1" -> "β₁";
      case "beta2" -> "β₂";
      case "eps" -> "ε";
      case "gamma" -> "γ";
      case "rho" -> "ρ";
      case "noise" -> "σ";
      case "batchSize" -> "batch";
      case "absHessian" -> "|H|";
      case "lineSearch" -> "search";
      default -> name;
    };
  }

  private static String point(double[] x) {
    StringJoiner s = new StringJoiner(", ", x.length > 1 ? "(" : "", x.length > 1 ? ")" : "");
    for (double v : x) {
      s.add(Numbers.compact(v));
    }
    return s.toString();
  }

  /**
   * Panels side by side with the same axes (the classic "η too small / just right / too large"
   * slide), each titled, with an optional caption under all of them.
   */
  public static Drawing smallMultiples(List<Figure> panels, String caption) {
    return (g, width, height) -> {
      AxesPainter.clear(g, width, height);
      List<String> lines = caption == null ? List.of() : FigurePainter.wrap(g, caption, width - 24);
      double plotHeight = height - lines.size() * 17 - (lines.isEmpty() ? 0 : 10);
      double panelWidth = width / panels.size();
      List<IteratePath> all = new ArrayList<>();
      for (Figure f : panels) {
        f.runs().forEach(l -> all.add(l.path()));
      }
      Figure first = panels.get(0);
      Viewport shared = ViewFit.fit(all, first.shown(), first.xAxis(), first.yAxis(), panelWidth, plotHeight);
      for (int i = 0; i < panels.size(); i++) {
        var transform = g.getTransform();
        var clip = g.getClip();
        g.translate(i * panelWidth, 0);
        g.clip(new java.awt.geom.Rectangle2D.Double(0, 0, panelWidth, plotHeight));
        FigurePainter.paint(g, panels.get(i).withWorld(shared).withCaption(null), panelWidth, plotHeight);
        g.setTransform(transform);
        g.setClip(clip);
      }
      g.setColor(Palette.BLACK);
      g.setFont(PlotStyle.LABEL_FONT);
      double y = plotHeight + 6;
      for (String line : lines) {
        y += 17;
        g.drawString(line, 12f, (float) y - 4);
      }
    };
  }

  /**
   * Frames of a growing path: every {@code every} steps (and the last), the step counter in the
   * corner. The axes are those of the whole run, so nothing jumps between frames.
   */
  public static List<Drawing> animation(Figure figure, int every, double width, double height) {
    int n = figure.runs().stream().mapToInt(l -> l.path().size()).max().orElse(1);
    Viewport world = figure.world() != null ? figure.world()
        : ViewFit.fit(figure.runs().stream().map(Figure.Line::path).toList(), figure.shown(), figure.xAxis(),
            figure.yAxis(), width, height * (figure.view() == Figure.View.ALL ? 0.64 : 1));
    List<Drawing> frames = new ArrayList<>();
    List<Integer> steps = new ArrayList<>();
    for (int k = 0; k < n - 1; k += Math.max(1, every)) {
      steps.add(k);
    }
    steps.add(n - 1);
    for (int k : steps) {
      List<Figure.Line> cut = new ArrayList<>();
      for (Figure.Line l : figure.runs()) {
        IteratePath p = l.path().first(k + 1);
        cut.add(new Figure.Line(l.label(), p, l.colour(), p.size() - 1));
      }
      Figure frame = new Figure(figure.title(), figure.shown(), figure.xAxis(), figure.yAxis(), cut, figure.selected(),
          figure.view(), world, figure.lossLog(), figure.marker(), figure.markerLabel(), figure.caption());
      frames.add((g, w, h) -> {
        FigurePainter.paint(g, frame, w, h);
        counter(g, "k = " + k, w);
      });
    }
    return frames;
  }

  private static void counter(Graphics2D g, String text, double width) {
    g.setFont(PlotStyle.TITLE_FONT);
    FontMetrics fm = g.getFontMetrics();
    double x = width - fm.stringWidth(text) - 14;
    g.setColor(new Color(255, 255, 255, 220));
    g.fill(new java.awt.geom.Rectangle2D.Double(x - 6, 4, fm.stringWidth(text) + 12, fm.getHeight() + 4));
    g.setColor(Palette.BLACK);
    g.drawString(text, (float) x, (float) (6 + fm.getAscent()));
  }

  /** The difference-quotient lesson as one figure: derivatives above, error against h below. */
  public static Drawing derivativeCheck(Objective f, double from, double to, double h, String title) {
    return (g, width, height) -> {
      AxesPainter.clear(g, width, height);
      double top = 0;
      if (title != null) {
        g.setFont(PlotStyle.TITLE_FONT);
        g.setColor(Palette.BLACK);
        FontMetrics fm = g.getFontMetrics();
        g.drawString(title, (float) ((width - fm.stringWidth(title)) / 2), (float) (8 + fm.getAscent()));
        top = 30;
      }
      double half = (height - top) / 2;
      var transform = g.getTransform();
      g.translate(0, top);
      DerivativeCheckPainter.paintDerivatives(g, f, from, to, h, width, half);
      g.translate(0, half);
      DerivativeCheckPainter.paintErrors(g, f, from, to, h, width, half);
      g.setTransform(transform);
    };
  }
}
