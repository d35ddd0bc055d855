package gdviz.app;

import atlantafx.base.theme.PrimerLight;
import gdviz.model.preset.PresetLibrary;
import gdviz.ui.MainView;
import gdviz.ui.MainViewModel;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** The desktop app: {@code ./mvnw javafx:run}, or {@code java -jar gdviz.jar app [--preset NAME]}. */
public final class GdvizApp extends Application {
  /** The preset the window opens with when none is named. */
  public static final String DEFAULT_PRESET = "quadratic-1d";
  private static final Logger LOG = Logger.getLogger(GdvizApp.class.getName());
  /** The shipped presets, read on another thread while the JavaFX toolkit starts (see {@link #main}). */
  private static volatile CompletableFuture<PresetLibrary> presets;
  private ExecutorService worker;

  @Override
  public void start(Stage stage) {
    Thread.setDefaultUncaughtExceptionHandler(GdvizApp::report);
    Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
    worker = Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, "gdviz-runs");
      t.setDaemon(true);
      return t;
    });
    PresetLibrary library = presets();
    MainViewModel model = new MainViewModel(library, worker);
    MainView view = new MainView(model);
    Scene scene = new Scene(view.root(), 1400, 880);
    view.attach(scene);
    model.presetProperty().set(library.require(presetName(getParameters().getRaw())));
    stage.setTitle("gdviz — gradient descent laboratory");
    stage.setMinWidth(1000);
    stage.setMinHeight(680);
    stage.setScene(scene);
    stage.show();
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

  /** {@code --preset NAME} or {@code --preset=NAME}; quadratic-1d by default. */
  static String presetName(List<String> args) {
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      if (a.startsWith("--preset=")) {
        return a.substring("--preset=".length());
      }
      if (a.equals("--preset") && i + 1 < args.size()) {
        return args.get(i + 1);
      }
    }
    return DEFAULT_PRESET;
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
