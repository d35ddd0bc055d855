package gdviz.app;

import gdviz.engine.DescentRun;
import gdviz.engine.RunResult;
import gdviz.engine.StateReplay;
import gdviz.model.SetupException;
import gdviz.model.format.MathText;
import gdviz.model.format.Numbers;
import gdviz.model.preset.Preset;
import gdviz.model.preset.RunOverrides;
import gdviz.model.preset.SetupResolver;
import gdviz.model.run.RunSetup;
import gdviz.plot.Figure;
import gdviz.plot.FigurePainter;
import gdviz.plot.Figures;
import gdviz.plot.StartLines;
import gdviz.plot.Viewport;
import gdviz.plot.export.FigureFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What {@code export} writes, as its options ask: one preset's figure in the view asked for (the
 * function and loss, the sweep, 3D, the basin map, the stability lab's plots, seeded runs), small
 * multiples over several η, or an animation — into a PNG, SVG or GIF.
 */
final class FigureWriter {
  private final ExportCommand o;

  FigureWriter(ExportCommand options) {
    this.o = options;
  }

  /** The loss scale: --log-loss if given, else the preset's view, else linear. */
  private boolean logLoss(Preset chosen) {
    if (o.logLoss != null) {
      return o.logLoss;
    }
    return chosen != null && chosen.view() != null && Boolean.TRUE.equals(chosen.view().lossLog());
  }

  /** One preset (all its runs) into one file. */
  void write(Preset chosen, RunOverrides overrides, Path file) throws IOException {
    if (chosen != null && chosen.kind().equals(Preset.KIND_DIFFERENCE_QUOTIENT)) {
      writeDerivativeCheck(chosen, overrides, file);
      return;
    }
    List<RunSetup> setups = shown(chosen, o.options.setups(chosen, overrides));
    // a slide's title: the function as a slide prints it (x₁² + 2x₂²), unless --title says otherwise
    String heading = o.title != null ? o.title : MathText.typeset(setups.get(0).objective().description());
    if (o.starts != null) {
      writeStarts(setups, heading, file);
    } else if (o.repeat != null) {
      writeSeeded(chosen, setups, heading, file);
    } else if (o.view.equals("sweep")) {
      if (isGif(file)) {
        throw new SetupException("--view sweep makes a still figure: write .png or .svg");
      }
      var drawing = Figures.sweep(setups, heading);
      save(drawing, List.of(drawing), file);
    } else if (o.view.equals("3d")) {
      writeSurface(chosen, setups, heading, file);
    } else if (o.view.equals("basins")) {
      if (isGif(file) || setups.size() > 1) {
        throw new SetupException("--view basins makes a still figure of one run: write .png or .svg, one run");
      }
      writeStill(Figures.basins(heading, run(setups).get(0), presetWorld(chosen), o.caption), file);
    } else if (LabExport.VIEWS.contains(o.view)) {
      if (isGif(file) || setups.size() > 1) {
        throw new SetupException("--view " + o.view + " makes a still figure of one run: write .png or .svg, one run"
            + (setups.size() > 1 ? " (this preset has " + setups.size() + ")" : ""));
      }
      List<Figures.RunData> runs = run(setups);
      writeStill(LabExport.figure(o.view, Figures.of(heading, runs, Figure.View.ALL, logLoss(chosen), o.caption),
          runs.get(0), o.width, o.height), file);
    } else {
      Figure figure = Figures.of(heading, run(setups), figureView(setups.get(0)), logLoss(chosen), o.caption);
      FigureFiles.Drawing drawing = (g, w, h) -> FigurePainter.paint(g, figure, w, h);
      List<FigureFiles.Drawing> frames = List.of(drawing);
      if (isGif(file)) {
        int longest = figure.runs().stream().mapToInt(l -> l.path().size()).max().orElse(1);
        frames = Figures.animation(figure, framesEvery(longest - 1), o.width, o.height);
      }
      save(drawing, frames, file);
    }
  }

  /**
   * The runs the window shows: those the preset leaves unticked in the legend are left out too
   * (optimizer-family draws its seven classic methods, not thirteen), unless --all-runs.
   */
  private List<RunSetup> shown(Preset chosen, List<RunSetup> setups) {
    if (o.allRuns || chosen == null || chosen.view() == null || chosen.view().hidden() == null) {
      return setups;
    }
    List<RunSetup> kept = setups.stream().filter(s -> !chosen.view().hidden().contains(s.label())).toList();
    return kept.isEmpty() ? setups : kept;
  }

  /** --starts: one setup from many starts, each path (and its loss) coloured by where it ends; grey: diverged. */
  private void writeStarts(List<RunSetup> setups, String heading, Path file) throws IOException {
    if (setups.size() > 1 || o.repeat != null || isGif(file) || !List.of("all", "1d", "2d", "loss").contains(o.view)) {
      throw new SetupException("--starts draws one run from many starts as a still figure (--view all, 1d, 2d or loss;"
          + " .png or .svg), not with --repeat or a preset of several runs");
    }
    var many = gdviz.engine.ManyStartRuns.run(setups.get(0), o.starts, o.startsFrom, () -> false);
    List<Figures.RunData> runs = new ArrayList<>();
    for (int i = 0; i < many.runs().size(); i++) {
      RunResult r = many.runs().get(i);
      runs.add(new Figures.RunData(many.setups().get(i).label(), many.setups().get(i), r.trajectory(), r.outcome()));
    }
    Figure f = Figures.of(heading, runs, figureView(many.setups().get(0)), logLoss(null), false);
    String caption = o.caption ? many.describe(setups.get(0).steps()) : f.caption();
    writeStill(new Figure(f.title(), f.panels(), StartLines.of(many, Integer.MAX_VALUE, gdviz.plot.PlotTheme.LIGHT),
        f.selected(), f.view(), f.lossLog(), f.data(), caption, f.shown()), file);
  }

  /** A still figure into a PNG or SVG. */
  private void writeStill(Figure figure, Path file) throws IOException {
    FigureFiles.Drawing drawing = (g, w, h) -> FigurePainter.paint(g, figure, w, h);
    save(drawing, List.of(drawing), file);
  }

  private void writeDerivativeCheck(Preset chosen, RunOverrides overrides, Path file) throws IOException {
    var f = SetupResolver.objective(chosen.base().overriddenBy(overrides), chosen.description());
    String heading = o.title != null ? o.title : MathText.typeset(f.description());
    Preset.DerivativeCheck c = chosen.derivativeCheckOrDefault();
    var drawing = Figures.derivativeCheck(f, c.fromOrDefault(), c.toOrDefault(), c.hOrDefault(), heading);
    save(drawing, List.of(drawing), file);
  }

  /** --view 3d: the surface with the runs on it (one function), still or growing frame by frame in a GIF. */
  private void writeSurface(Preset chosen, List<RunSetup> setups, String heading, Path file) throws IOException {
    List<Figures.RunData> runs = run(setups);
    var camera = new gdviz.plot.SurfacePainter.Camera(o.azimuth, o.elevation, 1);
    int longest = runs.stream().mapToInt(r -> r.path().size()).max().orElse(1);
    List<Integer> steps = new ArrayList<>();
    int frameEvery = isGif(file) ? framesEvery(longest - 1) : Integer.MAX_VALUE;
    for (int k = 0; k < longest; k += frameEvery) {
      steps.add(k);
    }
    if (steps.get(steps.size() - 1) != longest - 1) {
      steps.add(longest - 1); // the last iterate always, as the 2D animation ends
    }
    var frames = gdviz.plot.SurfaceFigures.surfaceFrames(heading, runs, presetWorld(chosen), camera, steps, o.logHeights);
    save(frames.get(frames.size() - 1), frames, file);
  }

  /** --repeat N: the run with its seeded runs, in the function plot, the loss, both, or on the surface in 3D. */
  private void writeSeeded(Preset chosen, List<RunSetup> setups, String heading, Path file) throws IOException {
    if (isGif(file) || setups.size() > 1 || !List.of("1d", "2d", "loss", "all", "3d").contains(o.view)) {
      throw new SetupException("--repeat draws the seeded runs of one run in a still figure (--view 1d, 2d, loss,"
          + " all or 3d; .png or .svg)" + (setups.size() > 1 ? ": this preset has " + setups.size() + " runs" : ""));
    }
    var spread = gdviz.engine.SeededRuns.spread(setups.get(0), o.repeat, "--repeat", () -> false);
    if (o.view.equals("3d")) {
      List<Figures.RunData> runs = run(setups);
      var camera = new gdviz.plot.SurfacePainter.Camera(o.azimuth, o.elevation, 1);
      var frames = gdviz.plot.SurfaceFigures.surfaceFrames(heading, runs, presetWorld(chosen), camera,
          List.of(runs.get(0).path().size() - 1), o.logHeights, spread);
      save(frames.get(0), frames, file);
      return;
    }
    figureView(setups.get(0)); // the view fits the function (1d or 2d)
    writeStill(LabExport.seeded(o.view, Figures.of(heading, run(setups), Figure.View.ALL, logLoss(chosen), o.caption),
        spread, o.width, o.height), file);
  }



  /**
   * --every, or a larger step where it would draw more than {@link Figures#MAX_FRAMES} frames for a
   * run of {@code steps} steps; standard error says so.
   */
  private int framesEvery(long steps) {
    int k = Figures.framesEvery(steps, o.every);
    if (k != o.every) {
      o.spec.commandLine().getErr().println(String.format(Locale.ROOT, "gdviz export: %,d steps at --every %d would"
          + " make %,d frames; drawing one every %,d steps (at most %,d frames; --every K for another step)", steps,
          o.every, (steps + o.every - 1) / o.every + 1, k, Figures.MAX_FRAMES));
    }
    return k;
  }

  /** The preset's saved rectangle of the function plot, or null (fit to the run). */
  private static Viewport presetWorld(Preset chosen) {
    var v = chosen == null ? null : chosen.view();
    return v != null && v.xMin() != null && v.xMax() != null && v.yMin() != null && v.yMax() != null
        && v.xMax() > v.xMin() && v.yMax() > v.yMin() ? new Viewport(v.xMin(), v.xMax(), v.yMin(), v.yMax(), 0, 0, 1, 1)
        : null;
  }

  void writeSmallMultiples(Preset chosen, List<Double> etas) throws IOException {
    if (isGif(o.out)) {
      throw new SetupException("an animated GIF shows one run: give one --eta");
    }
    List<Figure> panels = new ArrayList<>();
    List<Figures.RunData> all = new ArrayList<>();
    for (double value : etas) {
      RunOverrides overrides = o.options.toSpec(value);
      List<RunSetup> setups = o.options.setups(chosen, overrides);
      if (setups.size() > 1) {
        throw new SetupException("--eta with several values needs a preset with one run; "
            + chosen.name() + " has " + setups.size());
      }
      List<Figures.RunData> runs = run(setups);
      all.addAll(runs);
      panels.add(Figures.of("η = " + Numbers.format(value), runs, figureView(setups.get(0)), logLoss(chosen), false));
    }
    List<Figures.RunData> labelled = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      Figures.RunData r = all.get(i);
      labelled.add(new Figures.RunData("η = " + Numbers.format(etas.get(i)), r.setup(), r.path(), r.outcome()));
    }
    var drawing = Figures.smallMultiples(panels, o.caption ? Figures.caption(labelled, false) : null, o.sharedAxes);
    save(drawing, List.of(drawing), o.out);
  }

  private static List<Figures.RunData> run(List<RunSetup> setups) {
    List<Figures.RunData> runs = new ArrayList<>();
    for (RunSetup s : setups) {
      RunResult r = DescentRun.run(s);
      runs.add(new Figures.RunData(s.label(), s, r.trajectory(), r.outcome(), new StateReplay(s)::at));
    }
    return runs;
  }

  private Figure.View figureView(RunSetup setup) {
    int n = setup.objective().dimension();
    return switch (o.view) {
      case "1d" -> {
        if (n != 1) {
          throw new SetupException("--view 1d: the function has " + n + " variables; use --view 2d");
        }
        yield Figure.View.FUNCTION;
      }
      case "2d" -> {
        if (n < 2) {
          throw new SetupException("--view 2d: the function has 1 variable; use --view 1d");
        }
        yield Figure.View.FUNCTION;
      }
      case "loss" -> Figure.View.LOSS;
      default -> Figure.View.ALL;
    };
  }

  private boolean isGif(Path file) {
    return o.gif || "gif".equals(ExportCommand.type(file));
  }

  private void save(FigureFiles.Drawing untinted, List<FigureFiles.Drawing> untintedFrames, Path file)
      throws IOException {
    FigureFiles.Drawing still = o.theme.on(untinted);
    List<FigureFiles.Drawing> frames = o.theme.on(untintedFrames);
    String t = ExportCommand.type(file);
    if (o.gif && !"gif".equals(t)) {
      throw new SetupException("--gif writes a .gif file; --out is " + file.getFileName());
    }
    switch (t) {
      case "svg" -> FigureFiles.svg(file, still, o.width, o.height);
      case "gif" -> FigureFiles.gif(file, frames, o.width, o.height, o.delay);
      default -> FigureFiles.png(file, still, o.width, o.height, o.scale);
    }
  }
}
