package gdviz.plot;

import gdviz.model.analysis.IteratePath;
import gdviz.model.analysis.LossBaseline;
import gdviz.model.analysis.Outcome;
import gdviz.model.analysis.SliceObjective;
import gdviz.model.format.Numbers;
import gdviz.model.method.Knob;
import gdviz.model.objective.DataObjective;
import gdviz.model.objective.Objective;
import gdviz.model.run.RunSetup;
import gdviz.plot.export.FigureFiles.Drawing;
import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/** Builds figures from runs: one figure, small multiples, or an animation. */
public final class Figures {
  private Figures() {}

  /**
   * A finished (or partly shown) run: its setup, the iterates to draw, how it ended, and the
   * method's state at iterate k (null: none to draw).
   */
  public record RunData(String label, RunSetup setup, IteratePath path, Outcome outcome,
      java.util.function.IntFunction<gdviz.model.method.Sketch> sketches) {
    public RunData(String label, RunSetup setup, IteratePath path, Outcome outcome) {
      this(label, setup, path, outcome, null);
    }
  }

  /**
   * A figure of finished runs: one function plot per function the runs use (each run is drawn only
   * over its own function: the aligned and the rotated runs of preconditioning get a panel each),
   * in several variables the plane of the first two coordinates through the least-squares
   * solution or the start; the loss of every run; the data panel for a one-feature regression.
   */
  public static Figure of(String title, List<RunData> runs, Figure.View view, boolean lossLog, boolean caption) {
    List<Figure.Line> lines = new ArrayList<>();
    List<Figure.Panel> panels = new ArrayList<>();
    java.util.Map<String, List<Integer>> byFunction = new java.util.LinkedHashMap<>();
    for (int i = 0; i < runs.size(); i++) {
      RunData r = runs.get(i);
      Color colour = runs.size() == 1 ? Palette.VERMILLION : FigurePainter.runColour(i);
      lines.add(new Figure.Line(r.label(), r.path(), r.path(), colour, r.path().size() - 1, false, false,
          LossBaseline.of(r.setup()), r.sketches()));
      byFunction.computeIfAbsent(r.setup().objective().description(), k -> new ArrayList<>()).add(i);
    }
    for (var group : byFunction.entrySet()) {
      RunSetup first = runs.get(group.getValue().get(0)).setup();
      panels.add(panel(group.getKey(), first, List.copyOf(group.getValue()), null));
    }
    Figure.DataPanel data = null;
    RunSetup first = runs.get(0).setup();
    if (panels.size() == 1 && DataSpacePainter.drawable(first.objective())) {
      DataObjective loss = (DataObjective) first.objective();
      IteratePath p = runs.get(0).path();
      data = new Figure.DataPanel(loss, last(p), loss.closedFormMinimizer(), lines.get(0).colour(),
          first.parameterNames());
    }
    return new Figure(title, List.copyOf(panels), List.copyOf(lines), 0, view, lossLog, data,
        caption ? caption(runs) : null);
  }

  /** The function plot of a run's function, in the plane of its first two coordinates (3+ variables). */
  public static Figure.Panel panel(String heading, RunSetup setup, List<Integer> lines, Viewport world) {
    Objective f = setup.objective();
    double[] exact = f instanceof DataObjective d ? d.closedFormMinimizer() : null;
    Objective shown = f.dimension() > 2 ? new SliceObjective(f, exact != null ? exact : setup.start(), 0, 1) : f;
    double[] marker = exact != null && exact.length >= 2 ? new double[] {exact[0], exact[1]} : null;
    return new Figure.Panel(heading, shown, 0, 1, setup.parameterNames(), lines, world, marker, "least squares");
  }

  private static double[] last(IteratePath p) {
    double[] x = new double[p.dimension()];
    for (int i = 0; i < x.length; i++) {
      x[i] = p.x(p.size() - 1, i);
    }
    return x;
  }

  /** Function, start, steps, seed; then each run's method, η, parameters and outcome. */
  public static String caption(List<RunData> runs) {
    return caption(runs, true);
  }

  /**
   * The same; {@code withEta} false leaves η out of each run's line (its label says it already:
   * "η = 0.05: gd — converged …").
   */
  public static String caption(List<RunData> runs, boolean withEta) {
    RunSetup first = runs.get(0).setup();
    StringBuilder s = new StringBuilder(gdviz.model.format.MathText.typeset(first.objective().description()));
    if (first.maximize()) {
      s.append(", maximized");
    }
    s.append(" · start ").append(names(first)).append(" = ").append(point(first.start())).append(" · up to ").append(first.steps()).append(" steps")
        .append(" · seed ").append(first.seed());
    for (RunData r : runs) {
      s.append("\n").append(runs.size() > 1 ? r.label() + ": " : "").append(method(r.setup(), withEta));
      if (r.outcome() != null) {
        s.append(" — ").append(r.outcome().message());
      }
    }
    return s.toString();
  }

  /** "momentum, η = 0.05, β = 0.9": the method with the value of each of its knobs. */
  public static String method(RunSetup setup) {
    return method(setup, true);
  }

  /** The same, without η when the run's label already says it. */
  public static String method(RunSetup setup, boolean withEta) {
    StringJoiner s = new StringJoiner(", ");
    s.add(setup.method().id());
    if (withEta) {
      s.add("η = " + Numbers.compact(setup.eta()));
    }
    for (Knob k : setup.method().knobs()) {
      Object value = setup.knobs().value(k);
      if (value != null) {
        s.add(k.symbol() + " = " + (value instanceof Double d ? Numbers.compact(d) : Knob.text(value)));
      }
    }
    return s.toString();
  }

  /** "x", or "(θ₀, θ₁)": what the start's coordinates are called. */
  private static String names(RunSetup setup) {
    List<String> n = setup.parameterNames();
    return n.size() == 1 ? n.get(0) : "(" + String.join(", ", n) + ")";
  }

  private static String point(double[] x) {
    StringJoiner s = new StringJoiner(", ", x.length > 1 ? "(" : "", x.length > 1 ? ")" : "");
    for (double v : x) {
      s.add(Numbers.compact(v));
    }
    return s.toString();
  }

  /**
   * Figures side by side (the classic "η too small / just right / too large" slide), each titled,
   * with an optional caption under all of them. Each panel is framed to its own runs, so a run
   * that crawls is as readable as one that diverges; {@code sharedAxes} gives them all one frame.
   */
  public static Drawing smallMultiples(List<Figure> figures, String caption, boolean sharedAxes) {
    return (g, width, height) -> {
      AxesPainter.clear(g, width, height);
      List<String> lines = caption == null ? List.of() : FigurePainter.wrap(g, caption, width - 24);
      double plotHeight = height - lines.size() * 17 - (lines.isEmpty() ? 0 : 10);
      double panelWidth = width / figures.size();
      List<Figure> shown = framed(figures, sharedAxes, panelWidth, plotHeight);
      for (int i = 0; i < shown.size(); i++) {
        var transform = g.getTransform();
        var clip = g.getClip();
        g.translate(i * panelWidth, 0);
        g.clip(new java.awt.geom.Rectangle2D.Double(0, 0, panelWidth, plotHeight));
        FigurePainter.paint(g, shown.get(i).withCaption(null), panelWidth, plotHeight);
        g.setTransform(transform);
        g.setClip(clip);
      }
      g.setColor(PlotTheme.of(g).ink());
      g.setFont(PlotStyle.LABEL_FONT);
      double y = plotHeight + 6;
      for (String line : lines) {
        y += 17;
        g.drawString(line, 12f, (float) y - 4);
      }
    };
  }

  /**
   * The small multiples as framed: each its own runs (null worlds: fitted when painted), or with
   * {@code sharedAxes} one frame around all of them, for panels of the given size.
   */
  public static List<Figure> framed(List<Figure> figures, boolean sharedAxes, double panelWidth, double panelHeight) {
    if (!sharedAxes) {
      return figures;
    }
    List<IteratePath> all = new ArrayList<>();
    for (Figure f : figures) {
      f.runs().forEach(l -> all.add(l.path()));
    }
    Figure.Panel p = figures.get(0).panels().get(0);
    Viewport shared = ViewFit.fit(all, p.shown(), p.xAxis(), p.yAxis(), panelWidth, panelHeight);
    return figures.stream().map(f -> f.withPanels(f.panels().stream().map(q -> q.withWorld(shared)).toList()))
        .toList();
  }

  /** An animation has at most this many frames: 100,001 frames took minutes and gigabytes, for a GIF nobody plays. */
  public static final int MAX_FRAMES = 1000;

  /**
   * The step between frames for an animation of a run of {@code steps} steps: {@code every}, or, where
   * that would make more than {@link #MAX_FRAMES} frames, the smallest 1-2-5 step (10, 20, 50, 100 …)
   * that does not.
   */
  public static int framesEvery(long steps, int every) {
    long needed = (long) Math.ceil(steps / (double) (MAX_FRAMES - 1)); // frames: ⌈steps / K⌉ + 1 (the last)
    if (every >= needed) {
      return every;
    }
    for (long decade = 1; ; decade *= 10) {
      for (long m : new long[] {1, 2, 5}) {
        if (m * decade >= needed) {
          return (int) Math.min(Integer.MAX_VALUE, m * decade);
        }
      }
    }
  }

  /**
   * Frames of growing paths: every {@code every} steps (and the last), the step counter in the
   * corner. The axes of every plot are those of the whole runs, so nothing jumps between frames.
   */
  public static List<Drawing> animation(Figure figure, int every, double width, double height) {
    int n = figure.runs().stream().mapToInt(l -> l.path().size()).max().orElse(1);
    List<Figure.Panel> fixed = new ArrayList<>();
    double panelHeight = height * (figure.view() == Figure.View.ALL ? 0.64 : 1);
    double panelWidth = width / Math.max(1, figure.panels().size());
    for (Figure.Panel p : figure.panels()) {
      fixed.add(p.withWorld(figure.worldFor(p, panelWidth, panelHeight)));
    }
    Figure whole = figure.withPanels(fixed);
    List<Drawing> frames = new ArrayList<>();
    List<Integer> steps = new ArrayList<>();
    for (int k = 0; k < n - 1; k += Math.max(1, every)) {
      steps.add(k);
    }
    steps.add(n - 1);
    for (int k : steps) {
      Figure frame = whole.upTo(k + 1);
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
    g.setColor(PlotTheme.of(g).veil(220));
    g.fill(new java.awt.geom.Rectangle2D.Double(x - 6, 4, fm.stringWidth(text) + 12, fm.getHeight() + 4));
    g.setColor(PlotTheme.of(g).ink());
    g.drawString(text, (float) x, (float) (6 + fm.getAscent()));
  }

  /** The difference-quotient lesson as one figure: derivatives above, error against h below. */
  public static Drawing derivativeCheck(Objective f, double from, double to, double h, String title) {
    return (g, width, height) -> {
      AxesPainter.clear(g, width, height);
      double top = 0;
      if (title != null) {
        g.setFont(PlotStyle.TITLE_FONT);
        g.setColor(PlotTheme.of(g).ink());
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

  /**
   * The function plot of one run over the basin map of its setup (every start of the rectangle
   * coloured by the minimum it reaches; at least 500 and at most 1,000 steps per start), in
   * {@code world} or fitted to the run, the key at the top right.
   */
  public static Figure basins(String title, RunData run, Viewport world, boolean caption) {
    gdviz.engine.BasinMap.check(run.setup());
    Figure f = of(title, List.of(run), Figure.View.FUNCTION, false, caption);
    Figure.Panel p = f.panels().get(0).withWorld(world).withBasins(v -> gdviz.engine.BasinMap.compute(
        gdviz.engine.BasinMap.budgeted(run.setup(), v.xMin(), v.xMax(), v.yMin(), v.yMax()), v.xMin(), v.xMax(),
        v.yMin(), v.yMax(), gdviz.engine.BasinMap.COLUMNS, gdviz.engine.BasinMap.rows(v.width(), v.height()),
        () -> false));
    return f.withPanels(List.of(p));
  }

  /** The figure's title centred at the top, if it has one; returns the height it takes. */
  static double title(java.awt.Graphics2D g, String title, double width) {
    return title == null || title.isEmpty() ? 0 : FigurePainter.title(g, title, width);
  }

  /**
   * The η sweep of these runs as a figure: each run at 200 rates from 1e-4 to 10 (at most 10,000
   * steps each), f − f* at the last step against η, the first run's step-size bands behind.
   */
  public static Drawing sweep(List<gdviz.model.run.RunSetup> setups, String title) {
    List<SweepPainter.Curve> curves = new ArrayList<>();
    for (int i = 0; i < setups.size(); i++) {
      gdviz.model.run.RunSetup s = setups.get(i);
      curves.add(new SweepPainter.Curve(s.label(), setups.size() == 1 ? Palette.VERMILLION : FigurePainter.runColour(i),
          gdviz.engine.EtaSweep.forView(s, () -> false), s.maximize() ? Double.NaN : s.objective().minimumValue()));
    }
    gdviz.model.run.RunSetup first = setups.get(0);
    var bands = gdviz.model.analysis.StepSizeBands.at(first.objective(), first.start());
    return (g, width, height) -> {
      AxesPainter.clear(g, width, height);
      double top = title(g, title, width);
      var transform = g.getTransform();
      g.translate(0, top);
      List<SweepPainter.Curve> tinted = curves.stream().map(c -> new SweepPainter.Curve(c.label(),
          PlotTheme.of(g).onPage(c.colour()), c.points(), c.minimum())).toList();
      SweepPainter.paint(g, tinted, bands, setups.size() == 1 ? first.eta() : Double.NaN,
          gdviz.engine.EtaSweep.VIEW_MIN, gdviz.engine.EtaSweep.VIEW_MAX, width, height - top);
      g.setTransform(transform);
    };
  }
}
