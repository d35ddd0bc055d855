package gdviz.ui.lesson;

import gdviz.model.lesson.Lesson;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The strip above the plots while a lesson is open, its first row: the scene counter, the previous
 * and next buttons with their keys, the scene's title in a list to jump to any scene, Edit, a
 * button to leave the lesson; below, the scene's note — wrapped, never setting the window's width,
 * at most two lines (its whole text in a tooltip), so the plots keep their room on a projector at
 * 200 % — and the scene's question. Hidden when no lesson is open.
 */
public final class LessonStrip extends VBox {
  private final LessonPlayer player;
  private final Label note = new TwoLines();
  private final Tooltip wholeNote = new Tooltip();
  private final Label counter = new Label();
  private final ComboBox<String> scenes = new ComboBox<>();
  private final QuestionRow question;
  private boolean showing;

  /**
   * @param addScene asks a title and adds the window's state as a scene after the one shown
   * @param saveLesson asks where and saves the lesson
   */
  public LessonStrip(LessonPlayer player, Runnable addScene, Runnable saveLesson) {
    this.player = player;
    setId("lessonStrip");
    getStyleClass().add("lesson-strip");
    setSpacing(2);
    note.setId("lessonNote");
    note.setWrapText(true);
    note.setMinWidth(0);
    note.setMinHeight(Region.USE_PREF_SIZE);
    note.setMaxHeight(Region.USE_PREF_SIZE);
    note.setTooltip(wholeNote);
    counter.setId("lessonCounter");
    counter.setMinWidth(Region.USE_PREF_SIZE);
    scenes.setId("lessonScenes");
    scenes.setStyle("-fx-font-weight: bold;");
    scenes.setMinWidth(0);
    scenes.setMaxWidth(Double.MAX_VALUE);
    HBox.setHgrow(scenes, Priority.ALWAYS);
    scenes.setTooltip(new Tooltip("Jump to any scene of the lesson"));
    scenes.setButtonCell(new javafx.scene.control.ListCell<>() { // a title cut short has its whole text at hand
      @Override
      protected void updateItem(String item, boolean empty) {
        super.updateItem(item, empty);
        setText(empty || item == null ? null : item);
        setTooltip(empty || item == null ? null : new Tooltip(item));
      }
    });
    scenes.setPrefWidth(420);
    scenes.getSelectionModel().selectedIndexProperty().addListener((obs, old, i) -> {
      if (!showing && i.intValue() >= 0) {
        player.go(i.intValue());
      }
    });
    Button previous = button("◀", "The previous scene (PageUp)", player::previous);
    previous.setId("lessonPrevious");
    Button next = button("▶", "The next scene (PageDown)", player::next);
    next.setId("lessonNext");
    Button close = button("✕", "Leave the lesson (the scene shown stays)", player::close);
    close.setId("lessonClose");
    // one row: the title's list gives up its width first (its whole text in a tooltip), so the
    // strip keeps one row where the plots' column is narrow (a large UI scale on a small screen)
    HBox row = new HBox(6, counter, previous, next, scenes, editMenu(addScene, saveLesson), close);
    row.setAlignment(Pos.CENTER_LEFT);
    row.setMinWidth(0);
    scenes.setMinWidth(60);
    question = new QuestionRow(player);
    getChildren().addAll(row, note, question);
    player.lessonProperty().addListener((obs, old, l) -> show());
    player.sceneProperty().addListener((obs, old, i) -> show());
    show();
  }

  /**
   * A wrapped label of two lines at most at any scale — one on a short window (under 450 pixels
   * of its own: a 720-pixel projector at 200 %), so the plots keep their least size; the rest is
   * cut, whole in its tooltip.
   */
  private static final class TwoLines extends Label {
    @Override
    protected double computePrefHeight(double width) {
      boolean asks = getParent() instanceof LessonStrip strip && strip.question.isManaged();
      double lines = gdviz.ui.widgets.ShortWindow.holds(this) || asks ? 1.4 : 2.75; // a question takes the second line
      return Math.min(super.computePrefHeight(width), Math.ceil(getFont().getSize() * lines) + snappedTopInset()
          + snappedBottomInset());
    }
  }

  /**
   * On a short window a scene's question takes the note's row: the note is then in the question's
   * tooltip (and the title's list), so the function plot keeps its least height.
   */
  @Override
  protected void layoutChildren() {
    boolean shown = !note.getText().isEmpty() && !(question.isManaged() && gdviz.ui.widgets.ShortWindow.holds(note));
    if (note.isManaged() != shown) {
      note.setVisible(shown);
      note.setManaged(shown);
    }
    super.layoutChildren();
  }

  /** Edit ▾: add the window as a scene, move the scene shown, delete it, save the lesson. */
  private javafx.scene.control.MenuButton editMenu(Runnable addScene, Runnable saveLesson) {
    javafx.scene.control.MenuButton edit = new javafx.scene.control.MenuButton("Edit");
    edit.setId("lessonEdit");
    edit.setMinWidth(Region.USE_PREF_SIZE);
    edit.setFocusTraversable(false);
    edit.getItems().addAll(item("Add This as a Scene…", addScene), item("Move Scene Earlier", () -> player.moveScene(-1)),
        item("Move Scene Later", () -> player.moveScene(1)), item("Delete Scene", player::deleteScene),
        new javafx.scene.control.SeparatorMenuItem(), item("Save Lesson…", saveLesson));
    return edit;
  }

  private static javafx.scene.control.MenuItem item(String text, Runnable action) {
    javafx.scene.control.MenuItem i = new javafx.scene.control.MenuItem(text);
    i.setOnAction(e -> action.run());
    return i;
  }

  private static Button button(String text, String help, Runnable action) {
    Button b = new Button(text);
    b.setMinWidth(Region.USE_PREF_SIZE);
    b.setFocusTraversable(false); // PageUp / PageDown and the window's keys stay the window's
    b.setTooltip(new Tooltip(help));
    b.setOnAction(e -> action.run());
    return b;
  }

  private void show() {
    Lesson l = player.lessonProperty().get();
    setVisible(l != null);
    setManaged(l != null);
    Lesson.Scene s = player.current();
    if (l == null || s == null) {
      question.show(null);
      return;
    }
    showing = true;
    try {
      var titles = l.scenes().stream().map(Lesson.Scene::title).toList();
      if (!scenes.getItems().equals(titles)) {
        scenes.getItems().setAll(titles);
      }
      scenes.getSelectionModel().select(player.sceneProperty().get());
    } finally {
      showing = false;
    }
    counter.setText("Scene " + (player.sceneProperty().get() + 1) + " of " + l.scenes().size());
    note.setText(s.note());
    wholeNote.setText(s.note());
    note.setVisible(!s.note().isEmpty());
    note.setManaged(!s.note().isEmpty());
    question.show(s);
    requestLayout(); // the note's row, kept or folded into the question's tooltip
  }

  /**
   * A frame drawn, in the plane of coordinates {@code xAxis} and {@code yAxis} (3+ variables): once
   * a question is revealed and its runs have finished, the answer is shown.
   */
  public void showFrame(gdviz.ui.playback.Frame frame, int xAxis, int yAxis) {
    question.showFrame(frame, xAxis, yAxis);
  }

  /** Whether a question's answer is shown: its line says what the run did (the banner's words). */
  public boolean answered() {
    return isVisible() && !question.answerText().isEmpty();
  }

  /** The question's answer line, "" before Reveal (for tests). */
  public String answerText() {
    return question.answerText();
  }

  /** The scene's title as shown in the list. */
  public String shownTitle() {
    return scenes.getSelectionModel().getSelectedItem();
  }

  public Label note() {
    return note;
  }

  public Label counter() {
    return counter;
  }
}
