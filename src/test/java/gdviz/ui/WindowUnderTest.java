package gdviz.ui;

import atlantafx.base.theme.PrimerLight;
import gdviz.model.preset.PresetLibrary;
import java.util.function.Supplier;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.junit.jupiter.api.BeforeEach;
import org.testfx.api.FxToolkit;

/**
 * The main window as a TestFX test drives it, headless (Monocle): 1400 × 880 unless asked, runs executed
 * synchronously, the window's keys installed, a preset open.
 */
@ExtendWith(ApplicationExtension.class)
public abstract class WindowUnderTest {
  protected static final PresetLibrary LIBRARY = PresetLibrary.builtIn();
  protected MainViewModel model;
  protected MainView view;

  /** The preset the window opens with. */
  protected abstract String preset();

  /** Where background work runs: on the FX thread itself, unless a test asks otherwise. */
  protected gdviz.engine.Workers workers() {
    return gdviz.engine.Workers.INLINE;
  }

  /** The window's width and height (a test of small screens asks for 1280 × 720). */
  protected double[] size() {
    return new double[] {1400, 880};
  }

  /**
   * Opens the window on the primary stage. (TestFX looks for {@code @Start} only among the test
   * class's own methods, so the window is set up here, after the extension made the stage.)
   */
  @BeforeEach
  void openWindow() throws Exception {
    FxToolkit.setupStage(this::start);
  }

  private void start(Stage stage) {
    Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
    model = new MainViewModel(LIBRARY, Runnable::run);
    view = new MainView(model, new gdviz.ui.window.Appearance(), workers());
    Scene scene = new Scene(view.root(), size()[0], size()[1]);
    view.installShortcuts(scene);
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
}
