package gdviz.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

/** The app opens normally whatever its settings folder holds, and on the screen. */
class AppStartTest {
  @TempDir Path dir;
  private String previousConfig;
  private Thread.UncaughtExceptionHandler previousHandler;
  private Stage stage;
  private javafx.application.Application app;

  @BeforeEach
  void setUp() throws Exception {
    previousConfig = System.getProperty("gdviz.config.dir");
    previousHandler = Thread.getDefaultUncaughtExceptionHandler();
    stage = FxToolkit.registerPrimaryStage();
  }

  @AfterEach
  void tearDown() throws Exception {
    if (app != null) {
      FxToolkit.cleanupApplication(app);
    }
    FxToolkit.setupFixture(() -> stage.hide());
    if (previousConfig == null) {
      System.clearProperty("gdviz.config.dir");
    } else {
      System.setProperty("gdviz.config.dir", previousConfig);
    }
    Thread.setDefaultUncaughtExceptionHandler(previousHandler);
  }

  private Rectangle2D start(Path config, String... args) throws Exception {
    System.setProperty("gdviz.config.dir", config.toString());
    app = FxToolkit.setupApplication(GdvizApp.class, args);
    AtomicReference<Rectangle2D> bounds = new AtomicReference<>();
    FxToolkit.setupFixture(() -> {
      assertTrue(stage.isShowing(), "the window is open");
      bounds.set(new Rectangle2D(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight()));
    });
    return bounds.get();
  }

  private static void onScreen(Rectangle2D window) {
    Rectangle2D screen = Screen.getPrimary().getVisualBounds();
    assertTrue(window.getMinX() >= screen.getMinX() && window.getMinY() >= screen.getMinY()
        && window.getMaxX() <= screen.getMaxX() && window.getMaxY() <= screen.getMaxY(),
        "window " + window + " lies on the screen " + screen);
  }

  @Test
  void aCorruptSettingsFile() throws Exception {
    Files.writeString(dir.resolve("settings.properties"), "window.width=wide\n\\uZZZZ\n");
    onScreen(start(dir));
  }

  @Test
  void settingsFromALargerScreenWithTheWindowOffThisOne() throws Exception {
    Files.writeString(dir.resolve("settings.properties"),
        "window.x=2600\nwindow.y=1500\nwindow.width=2400\nwindow.height=1500\nwindow.maximized=false\n"
        + "theme=dark\nscale=125\npreset=quadratic-2d\n");
    Rectangle2D window = start(dir);
    onScreen(window);
    Rectangle2D screen = Screen.getPrimary().getVisualBounds();
    assertEquals(screen.getWidth(), window.getWidth(), 0.0, "shrunk to the screen");
  }

  @Test
  void aConfigFolderThatCannotBeWritten() throws Exception {
    Path occupied = dir.resolve("occupied");
    Files.writeString(occupied, "a file where the folder would be");
    onScreen(start(occupied));
    // closing the window tries to save there: logged, not thrown
    FxToolkit.setupFixture(() -> stage.close());
    assertTrue(Files.isRegularFile(occupied));
  }

  @Test
  void theLastWindowIsRememberedForTheNextStart() throws Exception {
    start(dir, "--preset", "linreg-20pts", "--scale", "110");
    FxToolkit.setupFixture(() -> {
      stage.setX(40);
      stage.setY(30);
      stage.setWidth(1000);
      stage.setHeight(700);
      stage.close();
    });
    Settings saved = Settings.load(dir.resolve("settings.properties"));
    assertEquals("linreg-20pts", saved.preset());
    assertEquals(110, saved.scale());
    assertEquals(1000, saved.window().width(), 0.0);
    assertEquals(40, saved.window().x(), 0.0);
  }
}
