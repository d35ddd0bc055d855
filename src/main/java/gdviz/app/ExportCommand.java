package gdviz.app;

import gdviz.model.format.Quote;
import gdviz.engine.DescentRun;
import gdviz.engine.RunResult;
import gdviz.engine.StateReplay;
import gdviz.model.Numbers;
import gdviz.model.RunSetup;
import gdviz.model.SetupException;
import gdviz.model.preset.Preset;
import gdviz.model.preset.PresetLibrary;
import gdviz.model.preset.RunSpec;
import gdviz.model.preset.SetupResolver;
import gdviz.plot.Figure;
import gdviz.plot.Viewport;
import gdviz.plot.FigurePainter;
import gdviz.plot.Figures;
import gdviz.plot.PlotTheme;
import gdviz.plot.export.FigureFiles;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import gdviz.model.format.MathText;
import picocli.CommandLine.Spec;

@Command(name = "export", mixinStandardHelpOptions = true, sortOptions = false,
    description = {
        "Draws a run as a figure file, with no display needed: PNG (at any scale), SVG, or an animated GIF.",
        "The figure is the app's drawing: the function plot with the path, the loss per iteration, or both.",
        "Run options are those of 'run'; --eta a,b,c draws one panel per η, each framed to its run",
        "(--shared-axes: one frame for all)."},
    footer = {"", "Examples:",
        "  gdviz export --preset quadratic-2d --out bowl.png --scale 2 --caption",
        "  gdviz export --preset quadratic-1d --eta 0.05,0.2,1.1 --view 1d --out eta.png",
        "  gdviz export --preset optimizer-family --out family.svg",
        "  gdviz export --preset quadratic-2d --out path.gif",
        "  gdviz export --preset stability --view stability --out lab.png",
        "  gdviz export --all-presets --dir figures"})
final class ExportCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  RunOptions options;

  @Option(names = "--eta", paramLabel = "η[,η…]",
      description = "learning rate; several, comma-separated, give one panel each (small multiples)")
  String eta;

  @Option(names = "--out", paramLabel = "FILE", description = "the file to write: .png, .svg or .gif")
  Path out;

  @Option(names = "--view", paramLabel = "1d|2d|loss|all|sweep|basins|3d|stability|momentum|data",
      description = "the function plot (1d or 2d), the loss per iteration, both (default: all), the η sweep, the"
          + " basin map of a 2D run (where every start ends up), the surface in 3D, the stability lab's plots as the"
          + " window places them (eigen-directions, the rate's bound on the loss, the sweep, the momentum map), the"
          + " momentum map alone, or the data with the fitted line (one-feature least squares)")
  String view = "all";

  @Option(names = "--azimuth", paramLabel = "DEG", description = "--view 3d: the camera's turn about the vertical"
      + " (default -35)")
  double azimuth = gdviz.plot.SurfacePainter.Camera.DEFAULT.azimuth();

  @Option(names = "--elevation", paramLabel = "DEG", description = "--view 3d: the camera's height above the floor,"
      + " 0 to 90 (default 30)")
  double elevation = gdviz.plot.SurfacePainter.Camera.DEFAULT.elevation();

  @Option(names = "--width", paramLabel = "W", description = "width in points (default 900)")
  int width = 900;

  @Option(names = "--height", paramLabel = "H", description = "height in points (default 675)")
  int height = 675;

  @Option(names = "--scale", paramLabel = "S", description = "PNG pixels per point: 1, 2 or 3 for high-DPI slides (default 1)")
  double scale = 1;

  @Option(names = "--theme", paramLabel = "light|dark", converter = ThemeConverter.class,
      description = "the figure's page: light (default, for slides and print) or dark")
  private PlotTheme theme = PlotTheme.LIGHT;

  @Option(names = "--caption", description = "add a caption: function, method, η and parameters, steps, seed, outcome")
  boolean caption;

  @Option(names = "--title", paramLabel = "TEXT", description = "the figure's title (default: the function, typeset: f(x₁, x₂) = x₁² + 2x₂²; \"\" for none)")
  String title;

  @Option(names = "--log-loss", arity = "0..1", fallbackValue = "true",
      description = "the loss as f − f* on a log axis (default: as the preset shows it)")
  Boolean logLoss;

  @Option(names = "--shared-axes", description = "with several --eta: one frame for every panel (default: each its own)")
  boolean sharedAxes;

  @Option(names = "--gif", description = "an animated GIF of the run (also implied by --out FILE.gif)")
  boolean gif;

  @Option(names = "--every", paramLabel = "K", description = "GIF: one frame every K steps (default 1)")
  int every = 1;

  @Option(names = "--delay", paramLabel = "MS", description = "GIF: milliseconds per frame (default 150)")
  int delay = 150;

  @Option(names = "--repeat", paramLabel = "N", description = "also N runs with seeds seed, seed+1, … (sgd, minibatch,"
      + " shrinking): drawn faintly with their mean path and spread ellipse, their median loss and 10–90 % band")
  Integer repeat;

  @Option(names = "--all-presets", description = "one figure per shipped preset, into --dir")
  boolean allPresets;

  @Option(names = "--dir", paramLabel = "DIR", description = "with --all-presets: the folder to write into")
  Path dir;

  @Option(names = "--format", paramLabel = "png|svg|gif", description = "with --all-presets: the file type (png)")
  String format = "png";

  @Override
  public Integer call() throws IOException {
    validate();
    PrintWriter err = spec.commandLine().getErr();
    if (allPresets) {
      if (dir == null) {
        throw new SetupException("--all-presets needs --dir DIR");
      }
      if (out != null) {
        throw new SetupException("--all-presets writes one file per preset into --dir; --out names a single file:"
            + " give one of them");
      }
      if (Files.exists(dir) && !Files.isDirectory(dir)) {
        throw new SetupException("--dir " + dir + " is a file, not a folder");
      }
      Files.createDirectories(dir);
      String asked = view;
      for (Preset p : PresetLibrary.builtIn().all()) {
        Path file = dir.resolve(p.name() + "." + format);
        boolean own = asked.equals("all") && repeat == null && !format.equals("gif");
        view = own ? ownView(p) : asked;
        Integer askedRepeat = repeat;
        repeat = own && shows(p, "seededRuns") ? Integer.valueOf(gdviz.engine.SeededRuns.DEFAULT_COUNT) : repeat;
        try {
          write(p, options.toSpec(singleEta()), file);
        } finally {
          view = asked;
          repeat = askedRepeat;
        }
        err.println("wrote " + file);
      }
      return 0;
    }
    if (out == null) {
      throw new SetupException("say where to write: --out FILE.png|.svg|.gif (or --all-presets --dir DIR)");
    }
    Preset chosen = options.choosePreset();
    List<Double> etas = etas();
    if (etas.size() > 1) {
      writeSmallMultiples(chosen, etas);
    } else {
      write(chosen, options.toSpec(etas.isEmpty() ? null : etas.get(0)), out);
    }
    err.println("wrote " + out);
    return 0;
  }

  private void validate() {
    if (width < 100 || height < 100 || width > 10_000 || height > 10_000) {
      throw new SetupException("--width and --height must be between 100 and 10000 points");
    }
    if (!(scale > 0) || scale > 8) {
      throw new SetupException("--scale must be a number in (0, 8], e.g. 1, 2 or 3");
    }
    if (every < 1) {
      throw new SetupException("--every must be at least 1");
    }
    if (delay < 10) {
      throw new SetupException("--delay must be at least 10 milliseconds");
    }
    if (!List.of("png", "svg", "gif").contains(format)) {
      throw new SetupException("--format must be png, svg or gif, got " + Quote.of(format));
    }
    if (!List.of("1d", "2d", "loss", "all", "sweep", "basins", "3d", "stability", "momentum", "data").contains(view)) {
      throw new SetupException("--view must be 1d, 2d, loss, all, sweep, basins, 3d, stability, momentum or data, got "
          + Quote.of(view));
    }
    if (!Double.isFinite(azimuth) || !(elevation >= 0 && elevation <= 90)) {
      throw new SetupException("--azimuth must be a number of degrees and --elevation between 0 and 90, got "
          + Numbers.format(azimuth) + " and " + Numbers.format(elevation));
    }
    if (out != null && type(out) == null) {
      throw new SetupException("--out must end in .png, .svg or .gif, got " + out.getFileName());
    }
  }

  private static String type(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    for (String t : List.of("png", "svg", "gif")) {
      if (name.endsWith("." + t)) {
        return t;
      }
    }
    return null;
  }

  private List<Double> etas() {
    List<Double> list = new ArrayList<>();
    if (eta != null) {
      for (double v : RunOptions.numbers("--eta", eta)) {
        list.add(v);
      }
    }
    return list;
  }

  private Double singleEta() {
    List<Double> list = etas();
    if (list.size() > 1) {
      throw new SetupException("--all-presets takes at most one --eta");
    }
    return list.isEmpty() ? null : list.get(0);
  }

  /**
   * What --all-presets draws of a preset by default: its own point — the basin map for a preset
   * that opens it, the stability lab's plots for one that opens the sweep or the momentum map,
   * else the function and the loss (a preset that opens seeded runs gets them too, see call).
   */
  private static String ownView(Preset p) {
    if (shows(p, "basins")) {
      return "basins";
    }
    return shows(p, "sweep") || shows(p, "momentumMap") ? "stability" : "all";
  }

  private static boolean shows(Preset p, String plot) {
    return p.view() != null && p.view().show() != null && p.view().show().contains(plot);
  }

  /** The loss scale: --log-loss if given, else the preset's view, else linear. */
  private boolean logLoss(Preset chosen) {
    if (logLoss != null) {
      return logLoss;
    }
    return chosen != null && chosen.view() != null && Boolean.TRUE.equals(chosen.view().lossLog());
  }

  /** One preset (all its runs) into one file. */
  private void write(Preset chosen, RunSpec overrides, Path file) throws IOException {
    String name = chosen != null ? chosen.name() : "run";
    if (chosen != null && chosen.kind().equals(Preset.KIND_DIFFERENCE_QUOTIENT)) {
      var f = SetupResolver.objective(chosen.base().overriddenBy(overrides), chosen.description());
      String heading = title != null ? title : MathText.typeset(f.description());
      Preset.DerivativeCheck c = chosen.derivativeCheckOrDefault();
      var drawing = Figures.derivativeCheck(f, c.fromOrDefault(), c.toOrDefault(), c.hOrDefault(), heading);
      save(drawing, List.of(drawing), file);
      return;
    }
    List<RunSetup> setups = options.setups(chosen, overrides);
    // a slide's title: the function as a slide prints it (x₁² + 2x₂²), unless --title says otherwise
    String heading = title != null ? title : MathText.typeset(setups.get(0).objective().description());
    if (view.equals("sweep")) {
      if (isGif(file)) {
        throw new SetupException("--view sweep makes a still figure: write .png or .svg");
      }
      var drawing = Figures.sweep(setups, heading);
      save(drawing, List.of(drawing), file);
      return;
    }
    if (view.equals("3d")) {
      if (setups.size() > 1) {
        throw new SetupException("--view 3d draws one run: this preset has " + setups.size());
      }
      Figures.RunData r = run(setups).get(0);
      var camera = new gdviz.plot.SurfacePainter.Camera(azimuth, elevation, 1);
      List<Integer> steps = new ArrayList<>();
      int frameEvery = isGif(file) ? framesEvery(r.path().size() - 1) : Integer.MAX_VALUE;
      for (int k = 0; k < r.path().size(); k += frameEvery) {
        steps.add(k);
      }
      if (steps.get(steps.size() - 1) != r.path().size() - 1) {
        steps.add(r.path().size() - 1); // the last iterate always, as the 2D animation ends
      }
      var frames = Figures.surfaceFrames(heading, r, presetWorld(chosen), camera, steps);
      save(frames.get(frames.size() - 1), frames, file);
      return;
    }
    if (view.equals("basins")) {
      if (isGif(file) || setups.size() > 1) {
        throw new SetupException("--view basins makes a still figure of one run: write .png or .svg, one run");
      }
      Figure figure = Figures.basins(heading, run(setups).get(0), presetWorld(chosen), caption);
      FigureFiles.Drawing drawing = (g, w, h) -> FigurePainter.paint(g, figure, w, h);
      save(drawing, List.of(drawing), file);
      return;
    }
    if (LabExport.VIEWS.contains(view)) {
      if (isGif(file) || setups.size() > 1) {
        throw new SetupException("--view " + view + " makes a still figure of one run: write .png or .svg, one run"
            + (setups.size() > 1 ? " (this preset has " + setups.size() + ")" : ""));
      }
      List<Figures.RunData> runs = run(setups);
      Figure figure = LabExport.figure(view, Figures.of(heading, runs, Figure.View.ALL, logLoss(chosen), caption),
          runs.get(0), width, height);
      FigureFiles.Drawing drawing = (g, w, h) -> FigurePainter.paint(g, figure, w, h);
      save(drawing, List.of(drawing), file);
      return;
    }
    if (repeat != null) {
      if (isGif(file) || setups.size() > 1 || !List.of("1d", "2d", "loss", "all").contains(view)) {
        throw new SetupException("--repeat draws the seeded runs of one run in a still figure (--view 1d, 2d, loss or"
            + " all; .png or .svg)" + (setups.size() > 1 ? ": this preset has " + setups.size() + " runs" : ""));
      }
      figureView(setups.get(0)); // the view fits the function (1d or 2d)
      var spread = gdviz.engine.SeededRuns.spread(setups.get(0), repeat, "--repeat", () -> false);
      Figure figure = LabExport.seeded(view, Figures.of(heading, run(setups), Figure.View.ALL, logLoss(chosen),
          caption), spread, width, height);
      FigureFiles.Drawing drawing = (g, w, h) -> FigurePainter.paint(g, figure, w, h);
      save(drawing, List.of(drawing), file);
      return;
    }
    Figure figure = Figures.of(heading, run(setups), figureView(setups.get(0)), logLoss(chosen), caption);
    FigureFiles.Drawing drawing = (g, w, h) -> FigurePainter.paint(g, figure, w, h);
    List<FigureFiles.Drawing> frames = List.of(drawing);
    if (isGif(file)) {
      int longest = figure.runs().stream().mapToInt(l -> l.path().size()).max().orElse(1);
      frames = Figures.animation(figure, framesEvery(longest - 1), width, height);
    }
    save(drawing, frames, file);
  }

  /**
   * --every, or a larger step where it would draw more than {@link Figures#MAX_FRAMES} frames for a
   * run of {@code steps} steps; standard error says so.
   */
  private int framesEvery(long steps) {
    int k = Figures.framesEvery(steps, every);
    if (k != every) {
      spec.commandLine().getErr().println(String.format(Locale.ROOT, "gdviz export: %,d steps at --every %d would"
          + " make %,d frames; drawing one every %,d steps (at most %,d frames; --every K for another step)", steps,
          every, (steps + every - 1) / every + 1, k, Figures.MAX_FRAMES));
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

  private void writeSmallMultiples(Preset chosen, List<Double> etas) throws IOException {
    if (isGif(out)) {
      throw new SetupException("an animated GIF shows one run: give one --eta");
    }
    List<Figure> panels = new ArrayList<>();
    List<Figures.RunData> all = new ArrayList<>();
    for (double value : etas) {
      RunSpec overrides = options.toSpec(value);
      List<RunSetup> setups = options.setups(chosen, overrides);
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
    var drawing = Figures.smallMultiples(panels, caption ? Figures.caption(labelled, false) : null, sharedAxes);
    save(drawing, List.of(drawing), out);
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
    return switch (view) {
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
    return gif || "gif".equals(type(file));
  }

  /** "light" or "dark", with a message naming the option otherwise. */
  static final class ThemeConverter implements picocli.CommandLine.ITypeConverter<PlotTheme> {
    @Override
    public PlotTheme convert(String value) {
      try {
        return PlotTheme.parse(value);
      } catch (IllegalArgumentException e) {
        throw new picocli.CommandLine.TypeConversionException(e.getMessage());
      }
    }
  }

  private void save(FigureFiles.Drawing untinted, List<FigureFiles.Drawing> untintedFrames, Path file)
      throws IOException {
    FigureFiles.Drawing still = theme.on(untinted);
    List<FigureFiles.Drawing> frames = theme.on(untintedFrames);
    String t = type(file);
    if (gif && !"gif".equals(t)) {
      throw new SetupException("--gif writes a .gif file; --out is " + file.getFileName());
    }
    switch (t) {
      case "svg" -> FigureFiles.svg(file, still, width, height);
      case "gif" -> FigureFiles.gif(file, frames, width, height, delay);
      default -> FigureFiles.png(file, still, width, height, scale);
    }
  }
}
