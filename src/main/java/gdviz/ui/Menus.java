package gdviz.ui;

import java.util.List;
import javafx.scene.control.Alert;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.GridPane;

/**
 * The menus' actions and the keys they show. Single keys are only displayed ({@link
 * DisplayedShortcut}); {@link KeyShortcuts} performs them, so typing in a field is never taken.
 */
final class Menus {
  /** Every shortcut as the F1 list shows it: key, then what it does. */
  static final String[][] SHORTCUTS = {
      {"Space", "play / pause"},
      {"→ / ←", "one step forward / back (all compared runs)"},
      {"Shift+→ / Shift+←", "10 steps forward / back"},
      {"R, Home", "reset to the start point"},
      {"[ / ]", "play slower / faster (1 to 1,000 steps per second)"},
      {"End", "jump to the last iterate"},
      {"C", "compare η: too small / just right / too large"},
      {"H", "back to the example's own η (the mark on the η slider); ← → on the slider step through rates"},
      {"F", "fit the view to what the selected run did"},
      {"T", "tangent line (1D)"},
      {"G", "−∇f arrow (2D)"},
      {"L", "log scale for the loss"},
      {"E", "eigen-directions of the Hessian (2D)"},
      {"D / B", "the loss by eigen-direction / the bound its rate sets (quadratic)"},
      {"S / M", "the η sweep / the momentum map beside the loss"},
      {"N", "many seeded runs of a noisy method: their paths, mean, spread and loss band"},
      {"A", "the basin map: where the method takes every start of the 2D view (click one to run from it)"},
      {"P", "many starts: the selected run from a grid or ring of starts, each path coloured by where it ends"},
      {"3", "the surface in 3D instead of the 2D view: drag to turn, scroll to zoom, double-click to reset"},
      {"V", "the method's state at the iterate (2D): momentum's −ηβv, −η∇f and step; the adaptive step box"},
      {"Esc", "leave a text field, so these keys act; leave presentation mode"},
      {"F5", "presentation mode: the plots fill the window, one strip of controls"},
      {"F11", "full screen"},
      {"Ctrl+= / Ctrl+− / Ctrl+0", "larger / smaller / actual size (controls and plots)"},
      {"Ctrl+1 / Ctrl+2", "show or hide the controls / the iterates"},
      {"Ctrl+Shift+D", "dark theme on / off"},
      {"Ctrl+O / Ctrl+S", "open / save a scenario"},
      {"Ctrl+L", "open a lesson (a deck of scenes)"},
      {"PageDown / PageUp", "next / previous scene of the lesson"},
      {"Q", "reveal the answer to the scene's question (the run plays)"},
      {"Ctrl+D", "open a data set (CSV: a header, rows of numbers, y last); or drop the file on the window"},
      {"Ctrl+E", "export the figure: what the window's plots show, as placed there"},
      {"Ctrl+Shift+C", "copy the figure as an image, for pasting into slides"},
      {"Ctrl+Shift+E", "save the iterates as CSV"},
      {"F1", "this list"},
      {"Ctrl+Q", "quit"}};

  private Menus() {}

  static void wire(MainView view, MainViewModel model) {
    wireFile(view);
    wireRun(view, model);
    wireView(view, model);
    wireWindow(view);
  }

  private static void wireFile(MainView view) {
    MenuItem[] file = items(view, "openItem", "saveItem", "exportItem", "csvItem", "quitItem");
    file[0].setAccelerator(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN));
    file[0].setOnAction(e -> view.files().chooseAndOpen());
    file[1].setAccelerator(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN));
    file[1].setOnAction(e -> view.files().chooseAndSave());
    file[2].setAccelerator(new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN));
    file[2].setOnAction(e -> view.files().chooseAndExport());
    file[3].setAccelerator(new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
    file[3].setOnAction(e -> view.files().chooseAndSaveCsv());
    file[4].setAccelerator(new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN));
    file[4].setOnAction(e -> view.quit());
    MenuItem[] lesson = items(view, "lessonItem", "courseItem", "addSceneItem", "saveLessonItem", "nextSceneItem",
        "previousSceneItem", "revealItem");
    shown(lesson[4], "PageDown", view.lessons()::next);
    shown(lesson[5], "PageUp", view.lessons()::previous);
    shown(lesson[6], "Q", view.lessons()::reveal);
    lesson[2].setOnAction(e -> view.files().chooseAndAddScene());
    lesson[3].setOnAction(e -> view.files().chooseAndSaveLesson());
    lesson[0].setAccelerator(new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN));
    lesson[0].setOnAction(e -> view.files().chooseAndOpenLesson());
    lesson[1].setOnAction(e -> view.openCourse());
    // File ▸ Open Lesson… too, where a teacher looks for files (Ctrl+L fires once: the Lesson menu's)
    shown(items(view, "fileLessonItem")[0], lesson[0].getAccelerator().getDisplayText(),
        () -> view.files().chooseAndOpenLesson());
    MenuItem copyFigure = items(view, "copyFigureItem")[0];
    copyFigure.setAccelerator(new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
    copyFigure.setOnAction(e -> view.files().copyFigure());
    MenuItem dataItem = items(view, "dataItem")[0];
    dataItem.setAccelerator(new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN));
    dataItem.setOnAction(e -> view.data().chooseAndOpen(view.root().getScene().getWindow()));
  }

  private static void wireRun(MainView view, MainViewModel model) {
    MenuItem[] run = items(view, "playItem", "stepItem", "stepBackItem", "resetItem", "endItem", "compareItem");
    var lesson = javafx.beans.binding.Bindings.createBooleanBinding(() -> model.presetProperty().get() != null
        && gdviz.model.preset.Preset.KIND_DIFFERENCE_QUOTIENT.equals(model.presetProperty().get().kind()),
        model.presetProperty());
    for (MenuItem item : run) {
      item.disableProperty().bind(lesson); // the difference-quotient lesson has no run to drive
    }
    shown(run[0], "Space", model.playback()::togglePlay);
    shown(run[1], "→", model.playback()::step);
    shown(run[2], "←", model.playback()::stepBack);
    shown(run[3], "R", model.playback()::reset);
    shown(run[4], "End", model.playback()::end);
    shown(run[5], "C", model::compareLearningRates);
  }

  /** The View menu: framing, what is drawn (each with its key), the dark theme, the shortcut list. */
  private static void wireView(MainView view, MainViewModel model) {
    MenuItem[] v = items(view, "fitItem", "tangentItem", "arrowItem", "logItem", "darkItem", "shortcutsItem");
    shown(v[0], "F", view::fitToPath);
    CheckMenuItem tangent = (CheckMenuItem) v[1];
    CheckMenuItem arrow = (CheckMenuItem) v[2];
    CheckMenuItem log = (CheckMenuItem) v[3];
    tangent.setAccelerator(new DisplayedShortcut("T"));
    tangent.selectedProperty().bindBidirectional(model.plotOptions().tangentProperty());
    arrow.setAccelerator(new DisplayedShortcut("G"));
    arrow.selectedProperty().bindBidirectional(model.plotOptions().gradientArrowProperty());
    log.setAccelerator(new DisplayedShortcut("L"));
    log.selectedProperty().bindBidirectional(model.plotOptions().lossLogProperty());
    MenuItem[] lab = items(view, "eigenItem", "directionItem", "boundItem", "sweepItem", "mapItem", "seededItem",
        "basinItem", "startsItem", "surfaceItem", "stateItem");
    var plot = model.plotOptions();
    var toggles = List.of(plot.eigenProperty(), plot.lossByDirectionProperty(), plot.lossBoundProperty(),
        plot.sweepProperty(), plot.momentumMapProperty(), plot.seededRunsProperty(),
        plot.basinsProperty(), plot.manyStartsProperty(), plot.surfaceProperty(), plot.methodStateProperty());
    String[] keys = {"E", "D", "B", "S", "M", "N", "A", "P", "3", "V"};
    for (int i = 0; i < lab.length; i++) {
      ((CheckMenuItem) lab[i]).selectedProperty().bindBidirectional(toggles.get(i));
      lab[i].setAccelerator(new DisplayedShortcut(keys[i]));
    }
    ((CheckMenuItem) items(view, "logHeightsItem")[0]).selectedProperty().bindBidirectional(plot.logHeightsProperty());
    var appearance = view.appearance();
    CheckMenuItem dark = (CheckMenuItem) v[4];
    dark.setSelected(appearance.themeProperty().get() == gdviz.plot.PlotTheme.DARK);
    dark.selectedProperty().addListener((obs, o, on) -> appearance.themeProperty().set(on
        ? gdviz.plot.PlotTheme.DARK : gdviz.plot.PlotTheme.LIGHT));
    appearance.themeProperty().addListener((obs, o, t) -> dark.setSelected(t == gdviz.plot.PlotTheme.DARK));
    dark.setAccelerator(new DisplayedShortcut("Ctrl+Shift+D"));
    v[5].setAccelerator(new KeyCodeCombination(KeyCode.F1));
    v[5].setOnAction(e -> showShortcuts(view));
  }

  /** The Window menu: panels, presentation mode, full screen, the UI scale. */
  private static void wireWindow(MainView view) {
    var appearance = view.appearance();
    MenuItem[] w = items(view, "controlsItem", "iteratesItem", "presentationItem", "fullScreenItem", "zoomInItem",
        "zoomOutItem", "actualSizeItem");
    ((CheckMenuItem) w[0]).selectedProperty().bindBidirectional(appearance.controlsShownProperty());
    w[0].setAccelerator(new DisplayedShortcut("Ctrl+1"));
    ((CheckMenuItem) w[1]).selectedProperty().bindBidirectional(appearance.iteratesShownProperty());
    w[1].setAccelerator(new DisplayedShortcut("Ctrl+2"));
    shown(w[2], "F5", () -> appearance.presentationProperty().set(true));
    shown(w[3], "F11", view::toggleFullScreen);
    shown(w[4], "Ctrl+=", appearance::zoomIn);
    shown(w[5], "Ctrl+−", appearance::zoomOut);
    shown(w[6], "Ctrl+0", appearance::actualSize);
  }

  /** The menu items with these ids (as MainView.fxml names them), in this order. */
  private static MenuItem[] items(MainView view, String... ids) {
    MenuItem[] found = new MenuItem[ids.length];
    for (javafx.scene.control.Menu menu : view.menuBar().getMenus()) {
      find(menu, ids, found);
    }
    for (int i = 0; i < ids.length; i++) {
      if (found[i] == null) {
        throw new IllegalStateException("MainView.fxml has no menu item " + ids[i]);
      }
    }
    return found;
  }

  /** The items with these ids in a menu and its submenus. */
  private static void find(javafx.scene.control.Menu menu, String[] ids, MenuItem[] found) {
    for (MenuItem item : menu.getItems()) {
      for (int i = 0; i < ids.length; i++) {
        if (ids[i].equals(item.getId())) {
          found[i] = item;
        }
      }
      if (item instanceof javafx.scene.control.Menu sub) {
        find(sub, ids, found);
      }
    }
  }

  private static void shown(MenuItem item, String key, Runnable action) {
    item.setAccelerator(new DisplayedShortcut(key));
    item.setOnAction(e -> action.run());
  }

  /**
   * The list of keys as a grid that fits the window: keys whole (never "S…"), what they do wrapped
   * beside them; two pairs of columns side by side where the window is wide enough for them.
   *
   * @param width the width the list may take
   * @param em the font size, in pixels (the UI scale)
   */
  static GridPane shortcutTable(double width, double em) {
    GridPane grid = new GridPane();
    grid.setId("shortcutTable");
    grid.setHgap(em * 1.2);
    grid.setVgap(em * 0.25);
    int pairs = width >= 64 * em ? 2 : 1;
    double describe = Math.max(12 * em, width / pairs - 11 * em);
    int rows = (SHORTCUTS.length + pairs - 1) / pairs;
    for (int i = 0; i < SHORTCUTS.length; i++) {
      Label key = new Label(SHORTCUTS[i][0]);
      key.setStyle("-fx-font-weight: bold;");
      key.setMinWidth(Label.USE_PREF_SIZE);
      Label what = new Label(SHORTCUTS[i][1]);
      what.setWrapText(true);
      what.setMaxWidth(describe);
      what.setMinHeight(Label.USE_PREF_SIZE);
      grid.add(key, 2 * (i / rows), i % rows);
      grid.add(what, 2 * (i / rows) + 1, i % rows);
    }
    Label mouse = new Label("Mouse: scroll to zoom, drag to pan, click to set the start point, drag the start "
        + "marker to move it while the run follows. The single keys act when no text field has the focus.");
    mouse.setWrapText(true);
    mouse.setMaxWidth(width);
    mouse.setMinHeight(Label.USE_PREF_SIZE);
    grid.add(mouse, 0, rows, 2 * pairs, 1);
    return grid;
  }

  /** The F1 list: the grid in a pane that scrolls where the window is too low for it. */
  private static void showShortcuts(MainView view) {
    javafx.stage.Window window = view.root().getScene().getWindow();
    double em = javafx.scene.text.Font.getDefault().getSize() * view.appearance().scaleProperty().get() / 100.0;
    javafx.scene.control.ScrollPane list = new javafx.scene.control.ScrollPane(
        shortcutTable(window.getWidth() * 0.85, em));
    list.setFitToWidth(true);
    list.setPrefViewportWidth(window.getWidth() * 0.85);
    list.setPrefViewportHeight(window.getHeight() * 0.6);
    Alert about = new Alert(Alert.AlertType.INFORMATION);
    about.setTitle("Keyboard shortcuts");
    about.setHeaderText("Keyboard shortcuts");
    about.getDialogPane().setContent(list);
    about.getDialogPane().setStyle("-fx-font-size: " + em + "px;"); // at the window's UI scale
    about.setResizable(true);
    about.initOwner(window);
    about.show();
  }
}
