package gdviz.app;

import gdviz.model.SetupException;
import gdviz.model.format.Numbers;
import gdviz.model.format.Quote;
import gdviz.model.preset.Preset;
import gdviz.model.preset.PresetLibrary;
import gdviz.plot.PlotTheme;
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
        "  gdviz export --all-presets --dir figures",
        "  gdviz export --lesson course --dir handout"})
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
          + " momentum map alone, or a data set in data space with the run's model (line, predictions, sigmoid or"
          + " decision boundary)")
  String view = "all";

  @Option(names = "--azimuth", paramLabel = "DEG", description = "--view 3d: the camera's turn about the vertical"
      + " (default -35)")
  double azimuth = gdviz.plot.SurfacePainter.Camera.DEFAULT.azimuth();

  @Option(names = "--elevation", paramLabel = "DEG", description = "--view 3d: the camera's height above the floor,"
      + " 0 to 90 (default 30)")
  double elevation = gdviz.plot.SurfacePainter.Camera.DEFAULT.elevation();

  @Option(names = "--all-runs", description = "also the runs the preset leaves unticked in the app's legend"
      + " (optimizer-family's AdamW, AMSGrad, Lion, CG, BFGS and Nelder–Mead); by default the figure draws the"
      + " runs the window shows")
  boolean allRuns;

  @Option(names = "--log-heights", description = "--view 3d: heights on a log scale above the minimum (a very skewed"
      + " function's valley stays visible; the f axis says so); default linear")
  boolean logHeights;

  @Option(names = "--width", paramLabel = "W", description = "width in points (default 900)")
  int width = 900;

  @Option(names = "--height", paramLabel = "H", description = "height in points (default 675)")
  int height = 675;

  @Option(names = "--scale", paramLabel = "S", description = "PNG pixels per point: 1, 2 or 3 for high-DPI slides (default 1)")
  double scale = 1;

  @Option(names = "--theme", paramLabel = "light|dark", converter = ThemeConverter.class,
      description = "the figure's page: light (default, for slides and print) or dark")
  PlotTheme theme = PlotTheme.LIGHT;

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

  @Option(names = "--starts", paramLabel = "grid:NxM|ring:N", description = "the run from many starts at once, each"
      + " path coloured by where it ends (as run --starts)")
  String starts;

  /** Where {@link #starts} came from, for a message: the option, or a preset's or scene's view. */
  String startsFrom = "--starts";

  @Option(names = "--all-presets", description = "one figure per shipped preset, into --dir")
  boolean allPresets;

  @Option(names = "--lesson", paramLabel = "FILE.json|course",
      description = "a handout of a lesson into --dir: each scene's figure (PNG and SVG), index.html with the titles,"
          + " notes and questions, answers.html with what each scene's runs did")
  String lesson;

  @Option(names = "--dir", paramLabel = "DIR", description = "with --all-presets or --lesson: the folder to write into")
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
      for (Preset p : PresetLibrary.builtIn().all()) {
        Path file = dir.resolve(p.name() + "." + format);
        writeOwnFigure(p, file, format);
        err.println("wrote " + file);
      }
      return 0;
    }
    if (lesson != null) {
      if (dir == null || out != null) {
        throw new SetupException("--lesson writes a handout into a folder: give --dir DIR (not --out)");
      }
      var l = gdviz.model.lesson.LessonFiles.open(lesson, PresetLibrary.builtIn());
      for (Path file : new LessonHandout(this).write(l, dir)) {
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
      new FigureWriter(this).writeSmallMultiples(chosen, etas);
    } else {
      new FigureWriter(this).write(chosen, options.toSpec(etas.isEmpty() ? null : etas.get(0)), out);
    }
    err.println("wrote " + out);
    return 0;
  }

  /**
   * A preset's own figure, as --all-presets and a lesson's handout draw it: its many starts, its
   * basin map, the stability lab's plots or its seeded runs where it opens them (with --view all),
   * else the view asked for.
   */
  void writeOwnFigure(Preset p, Path file, String type) throws IOException {
    String asked = view;
    Integer askedRepeat = repeat;
    String askedStarts = starts;
    boolean own = asked.equals("all") && repeat == null && starts == null && !type.equals("gif");
    String ownStarts = own && p.view() != null ? p.view().starts() : null;
    view = own && ownStarts == null ? ownView(p) : asked;
    repeat = own && ownStarts == null && shows(p, "seededRuns")
        ? Integer.valueOf(gdviz.engine.SeededRuns.DEFAULT_COUNT) : repeat;
    starts = ownStarts != null ? ownStarts : starts;
    startsFrom = ownStarts != null ? "view.starts" : "--starts";
    try {
      new FigureWriter(this).write(p, options.toSpec(singleEta()), file);
    } finally {
      view = asked;
      repeat = askedRepeat;
      starts = askedStarts;
      startsFrom = "--starts";
    }
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

  static String type(Path file) {
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

}
