package gdviz.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.Scene;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** An exception nothing caught is shown to the user in a dialog, and the app goes on. */
@ExtendWith(ApplicationExtension.class)
class UncaughtExceptionDialogTest {
  private Label alive;

  @Start
  void start(Stage stage) {
    alive = new Label("still here");
    stage.setScene(new Scene(alive, 300, 200));
    stage.show();
  }

  @Test
  void anUncaughtExceptionOpensADialogAndTheAppKeepsRunning(FxRobot robot) {
    robot.interact(() -> GdvizApp.report(Thread.currentThread(), new IllegalStateException("a test failure")));
    DialogPane dialog = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
    assertEquals("gdviz hit an unexpected problem and skipped the last action.", dialog.getHeaderText());
    assertTrue(dialog.getContentText().contains("a test failure"));
    // from another thread too: the dialog is posted to the FX thread
    Thread t = new Thread(() -> GdvizApp.report(Thread.currentThread(), new RuntimeException("off the FX thread")));
    t.start();
    robot.sleep(300);
    long dialogs = Window.getWindows().stream().filter(w -> w.getScene() != null
        && w.getScene().getRoot() instanceof DialogPane).count();
    assertEquals(2, dialogs);
    robot.interact(() -> alive.setText("responsive"));
    assertEquals("responsive", alive.getText());
  }
}
