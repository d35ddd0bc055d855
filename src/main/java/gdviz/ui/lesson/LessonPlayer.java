package gdviz.ui.lesson;

import gdviz.model.lesson.Lesson;
import gdviz.model.preset.Preset;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * Walking through a lesson: the scene shown, the next, the previous, any one. Going to a scene
 * opens it from its own settings — the teacher's live changes to the scene left are not kept, so
 * coming back shows the scene as prepared.
 */
public final class LessonPlayer {
  private final Consumer<Preset> open;
  private final ReadOnlyObjectWrapper<Lesson> lesson = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyIntegerWrapper scene = new ReadOnlyIntegerWrapper(-1);

  /** @param open opens a scene's scenario in the window (its view, its runs) */
  public LessonPlayer(Consumer<Preset> open) {
    this.open = open;
  }

  /** Starts a lesson at its first scene. */
  public void start(Lesson l) {
    lesson.set(l);
    scene.set(-1);
    go(0);
  }

  /** Leaves the lesson; the scene shown stays, as an example like any other. */
  public void close() {
    lesson.set(null);
    scene.set(-1);
  }

  /** PageDown: the next scene (none after the last). */
  public void next() {
    go(scene.get() + 1);
  }

  /** PageUp: the previous scene (none before the first). */
  public void previous() {
    go(scene.get() - 1);
  }

  /** Scene {@code index} (0-based), opened afresh from its own settings; out of range: nothing. */
  public void go(int index) {
    Lesson l = lesson.get();
    if (l == null || index < 0 || index >= l.scenes().size()) {
      return;
    }
    scene.set(index);
    open.accept(l.scenes().get(index).scenario());
  }

  /** The lesson open (null when none). */
  public ReadOnlyObjectProperty<Lesson> lessonProperty() {
    return lesson.getReadOnlyProperty();
  }

  /** The scene shown, 0-based (−1 when no lesson is open). */
  public ReadOnlyIntegerProperty sceneProperty() {
    return scene.getReadOnlyProperty();
  }

  /** The scene shown, or null. */
  public Lesson.Scene current() {
    Lesson l = lesson.get();
    return l == null || scene.get() < 0 ? null : l.scenes().get(scene.get());
  }
}
