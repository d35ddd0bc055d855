package gdviz.app;

import gdviz.engine.Workers;
import gdviz.model.preset.PresetLibrary;
import gdviz.ui.MainView;
import gdviz.ui.MainViewModel;
import gdviz.ui.window.Appearance;
import gdviz.ui.window.ScreenArea;
import gdviz.ui.window.WindowFit;
import gdviz.ui.window.WindowPlacement;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.Alert;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;

/** The desktop app: {@code ./mvnw javafx:run}, or {@code java -jar gdviz.jar app [options]} ({@link AppArguments}). */
public final class GdvizApp extends Application {
  /** The preset the window opens with when none is named or remembered. */
  public static final String DEFAULT_PRESET = "quadratic-1d";
  /** The window's size when nothing is remembered and the screen is large enough. */
  static final double PREFERRED_WIDTH = 1400;
  static final double PREFERRED_HEIGHT = 880;
  private static final double MIN_WIDTH = 800;
  /** Narrower windows open without the iterates panel the first time. */
  static final double ITERATES_FROM_WIDTH = 1200;
  private static final double MIN_HEIGHT = 560;
  private static final Logger LOG = Logger.getLogger(GdvizApp.class.getName());
  /** The shipped presets, read on another thread while the JavaFX toolkit starts (see {@link #main}). */
  private static volatile CompletableFuture<PresetLibrary> presets;
  private ExecutorService worker;

  @Override
  public void start(Stage stage) {
    Thread.setDefaultUncaughtExceptionHandler(GdvizApp::report);
    worker = Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, "gdviz-runs");
      t.setDaemon(true);
      return t;
    });
    AppArguments args = AppArguments.parse(getParameters().getRaw()); // checked by Launcher already
    Path settingsFile = Settings.defaultFile();
    Settings saved = Settings.load(settingsFile);
    Appearance appearance = new Appearance();
    appearance.themeProperty().set(args.theme() != null ? args.theme() : saved.theme());
    appearance.scaleProperty().set(args.scale() != null ? args.scale() : saved.scale());
    appearance.controlsShownProperty().set(saved.controlsShown());
    double scale = appearance.scaleProperty().get() / 100.0; // a larger UI wants a larger window
    WindowPlacement place = WindowFit.place(saved.window(), screens(), PREFERRED_WIDTH * scale,
        PREFERRED_HEIGHT * scale);
    // first launch on a small screen (1024 × 768): the plots get the width, the iterates wait behind Ctrl+2
    appearance.iteratesShownProperty().set(saved.window() == null ? place.width() >= ITERATES_FROM_WIDTH
        : saved.iteratesShown());
    PresetLibrary library = presets();
    MainViewModel model = new MainViewModel(library, worker);
    MainView view = new MainView(model, appearance, Workers.threads());
    Scene scene = new Scene(view.root(), place.width(), place.height());
    view.attach(scene);
    model.presetProperty().set(openingPreset(library, args.preset(), saved.preset()));
    stage.setTitle("gdviz — gradient descent laboratory");
    stage.setMinWidth(Math.min(MIN_WIDTH, place.width()));
    stage.setMinHeight(Math.min(MIN_HEIGHT, place.height()));
    stage.setScene(scene);
    stage.setX(place.x());
    stage.setY(place.y());
    stage.setWidth(place.width());
    stage.setHeight(place.height());
    stage.setMaximized(place.maximized());
    appearance.presentationProperty().set(args.presentation());
    stage.setOnHiding(e -> remember(stage, appearance, model).save(settingsFile));
    stage.show();
    if (args.data() != null) {
      view.data().open(java.nio.file.Path.of(args.data())); // read in the background, opened when read
    }
    if (args.lesson() != null) {
      view.lessons().start(gdviz.model.lesson.LessonFiles.open(args.lesson(), library)); // checked by Launcher already
    }
  }

  /** The preset named on the command line, else the last one shown (if it still exists), else quadratic-1d. */
  private static gdviz.model.preset.Preset openingPreset(PresetLibrary library, String named, String last) {
    if (named != null) {
      return library.require(named); // checked by Launcher already
    }
    return library.byName(last == null ? DEFAULT_PRESET : last).orElseGet(() -> library.require(DEFAULT_PRESET));
  }

  private static List<ScreenArea> screens() {
    List<ScreenArea> areas = new java.util.ArrayList<>();
    areas.add(area(Screen.getPrimary().getVisualBounds()));
    for (Screen s : Screen.getScreens()) {
      if (!s.equals(Screen.getPrimary())) {
        areas.add(area(s.getVisualBounds()));
      }
    }
    return areas;
  }

  private static ScreenArea area(Rectangle2D r) {
    return new ScreenArea(r.getMinX(), r.getMinY(), r.getWidth(), r.getHeight());
  }

  private static Settings remember(Stage stage, Appearance appearance, MainViewModel model) {
    var preset = model.presetProperty().get();
    return new Settings(new WindowPlacement(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(),
        stage.isMaximized()), appearance.themeProperty().get(), appearance.scaleProperty().get(),
        appearance.controlsShownProperty().get(), appearance.iteratesShownProperty().get(),
        preset == null ? null : preset.name());
  }

  /**
   * An exception nothing else caught: logged with its context and shown in a dialog; the app goes
   * on running (the window's state is unchanged, the failed action simply did not happen).
   */
  static void report(Thread thread, Throwable error) {
    LOG.log(Level.SEVERE, "uncaught exception on thread " + thread.getName(), error);
    Runnable show = () -> {
      Alert alert = new Alert(Alert.AlertType.ERROR);
      alert.setTitle("Something went wrong");
      alert.setHeaderText("gdviz hit an unexpected problem and skipped the last action.");
      alert.setContentText(error + "\n\nThe details are in the log. Please report this with what you were doing.");
      alert.show();
    };
    if (Platform.isFxApplicationThread()) {
      show.run();
    } else {
      Platform.runLater(show);
    }
  }

  /**
   * Starts reading the shipped presets on another thread. Reading them (Jackson's first use) takes
   * ~250 ms of a ~2 s start; the JavaFX toolkit's own start-up (~200 ms) runs meanwhile.
   */
  public static void readPresetsAhead() {
    presets = CompletableFuture.supplyAsync(PresetLibrary::builtIn, command -> {
      Thread t = new Thread(command, "gdviz-presets");
      t.setDaemon(true);
      t.start();
    });
  }

  /** The shipped presets: those read ahead by {@link #readPresetsAhead}, or read now. */
  public static PresetLibrary presets() {
    CompletableFuture<PresetLibrary> ahead = presets;
    if (ahead == null) {
      return PresetLibrary.builtIn();
    }
    try {
      return ahead.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw e;
    }
  }

  @Override
  public void stop() {
    if (worker != null) {
      worker.shutdownNow();
    }
  }

  public static void main(String[] args) {
    readPresetsAhead();
    launch(GdvizApp.class, args);
  }
}
