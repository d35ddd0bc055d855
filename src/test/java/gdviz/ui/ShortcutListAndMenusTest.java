package gdviz.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * The F1 list cut its keys ("S…", "R…") and the View menu was taller than a 720 px screen (Dark
 * theme only by scrolling, with no key).
 */
class ShortcutListAndMenusTest extends WindowUnderTest {
  @Override
  protected String preset() {
    return "quadratic-1d";
  }

  @Test
  void theShortcutListShowsEveryKeyWholeAndFits(FxRobot robot) {
    for (double[] screen : new double[][] {{1280, 26}, {1024, 19.5}, {1920, 13}, {1280, 13}}) {
      double width = screen[0] * 0.85;
      String problems = onFx(robot, () -> {
        GridPane grid = Menus.shortcutTable(width, screen[1]);
        StackPane root = new StackPane(grid);
        root.setStyle("-fx-font-size: " + screen[1] + "px;");
        new Scene(root, width, 4000);
        root.applyCss();
        root.layout();
        StringBuilder out = new StringBuilder();
        if (grid.getWidth() > width + 1) {
          out.append("the list is ").append(grid.getWidth()).append(" px wide for ").append(width).append("; ");
        }
        for (Node n : grid.getChildren()) {
          if (n instanceof Label l && l.getStyle().contains("bold")) {
            Text t = (Text) l.lookup(".text");
            if (t == null || !t.getText().equals(l.getText())) {
              out.append(l.getText()).append(" is cut; ");
            }
          }
        }
        return out.toString();
      });
      assertEquals("", problems, screen[0] + " px at " + screen[1] + " px text");
    }
    assertTrue(java.util.Arrays.stream(Menus.SHORTCUTS).anyMatch(r -> r[0].equals("Ctrl+Shift+D")), "dark theme's key");
  }

  @Test
  void everyMenuFitsA720PixelScreenAt200PercentAndDarkThemeHasAKey(FxRobot robot) {
    for (Menu menu : view.menuBar().getMenus()) {
      checkHeight(menu);
    }
    robot.interact(() -> view.appearance().themeProperty().set(gdviz.plot.PlotTheme.LIGHT));
    robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.SHIFT, javafx.scene.input.KeyCode.D)
        .release(javafx.scene.input.KeyCode.D, javafx.scene.input.KeyCode.SHIFT, javafx.scene.input.KeyCode.CONTROL);
    assertEquals(gdviz.plot.PlotTheme.DARK, onFx(robot, () -> view.appearance().themeProperty().get()));
  }

  /** A teacher looks for files in the File menu: Open Lesson… is there too, with the Lesson menu's Ctrl+L. */
  @Test
  void theFileMenuOpensALessonToo(FxRobot robot) {
    Menu file = view.menuBar().getMenus().get(0);
    Menu lesson = view.menuBar().getMenus().stream().filter(m -> m.getText().equals("_Lesson")).findFirst().orElseThrow();
    MenuItem inFile = file.getItems().stream().filter(i -> "Open _Lesson…".equals(i.getText())).findFirst()
        .orElseThrow();
    MenuItem inLesson = lesson.getItems().get(0);
    assertEquals("_Open Lesson…", inLesson.getText());
    assertEquals(inLesson.getAccelerator().getDisplayText(), inFile.getAccelerator().getDisplayText());
    assertTrue(inFile.getOnAction() != null, "it opens the chooser");
  }

  /** An item at 200 % is about 2 × 26 px high: at most 12 in a menu under a 720 px screen's menu bar. */
  private static void checkHeight(Menu menu) {
    assertTrue(menu.getItems().size() <= 12, menu.getText() + " has " + menu.getItems().size() + " items");
    for (MenuItem item : menu.getItems()) {
      if (item instanceof Menu sub) {
        checkHeight(sub);
      }
    }
  }
}
