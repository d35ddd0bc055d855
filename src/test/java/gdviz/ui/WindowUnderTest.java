package gdviz.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import atlantafx.base.theme.PrimerLight;
import gdviz.engine.Workers;
import gdviz.model.preset.PresetLibrary;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * The main window as a TestFX test drives it, headless (Monocle): 1400 × 880 unless asked, runs
 * executed synchronously, the window's keys installed, a preset open; and no exception may reach
 * the FX thread while a test runs. The one base of every window test: a test that needs another
 * worker, other background work, the real frame pump or another size overrides the hook for it.
 */
@ExtendWith(ApplicationExtension.class)
public abstract class WindowUnderTest {
  protected static final PresetLibrary LIBRARY = PresetLibrary.builtIn();
  protected MainViewModel model;
  protected MainView view;
  /** Exceptions that reached a thread's default handler while the test ran (checked after each test). */
  protected final List<Throwable> uncaught = new CopyOnWriteArrayList<>();
  private Thread.UncaughtExceptionHandler previousHandler;

  /** The preset the window opens with. */
  protected abstract String preset();

  /** Where background work runs: on the FX thread itself, unless a test asks otherwise. */
  protected Workers workers() {
    return Workers.INLINE;
  }

  /** Where runs execute: at once, on the thread that asks, unless a test asks otherwise. */
  protected Executor worker() {
    return Runnable::run;
  }

  /** The window's width and height (a test of small screens asks for 1280 × 720). */
  protected double[] size() {
    return new double[] {1400, 880};
  }

  /** The window's keys (a test of the real frame pump attaches it instead: {@code view.attach(scene)}). */
  protected void wire(Scene scene) {
    view.installShortcuts(scene);
  }

  /**
   * Opens the window on the primary stage. (TestFX looks for {@code @Start} only among the test
   * class's own methods, so the window is set up here, after the extension made the stage.)
   */
  @BeforeEach
  void openWindow() throws Exception {
    previousHandler = Thread.getDefaultUncaughtExceptionHandler();
    Thread.setDefaultUncaughtExceptionHandler((t, e) -> uncaught.add(e));
    FxToolkit.setupStage(this::start);
  }

  @AfterEach
  void noExceptionReachedTheFxThread() {
    Thread.setDefaultUncaughtExceptionHandler(previousHandler);
    assertEquals(List.of(), uncaught, "no exception reached the FX thread");
  }

  private void start(Stage stage) {
    Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
    model = new MainViewModel(LIBRARY, worker());
    view = new MainView(model, new gdviz.ui.window.Appearance(), workers());
    Scene scene = new Scene(view.root(), size()[0], size()[1]);
    wire(scene);
    model.presetProperty().set(LIBRARY.require(preset()));
    stage.setScene(scene);
    stage.show();
  }

  /** What {@code s} gives, computed on the FX thread. */
  protected <T> T onFx(FxRobot robot, Supplier<T> s) {
    Object[] out = new Object[1];
    robot.interact(() -> out[0] = s.get());
    @SuppressWarnings("unchecked")
    T t = (T) out[0];
    return t;
  }

  /** The same after a frame: what the window shows now. */
  protected <T> T afterPulse(FxRobot robot, Supplier<T> s) {
    return onFx(robot, () -> {
      view.pulse();
      return s.get();
    });
  }

  /** Opens a preset and draws its first frame. */
  protected void select(FxRobot robot, String preset) {
    robot.interact(() -> {
      model.presetProperty().set(LIBRARY.require(preset));
      view.pulse();
    });
  }

  /** Opens a preset, plays it to its end and draws that frame. */
  protected void selectAtEnd(FxRobot robot, String preset) {
    robot.interact(() -> {
      model.presetProperty().set(LIBRARY.require(preset));
      model.playback().end();
      view.pulse();
    });
  }
}
