package gdviz.ui.lesson;

import gdviz.model.lesson.Lesson;
import gdviz.model.preset.Preset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
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
  private final Runnable play;
  private final Runnable firstStep;
  private final javafx.collections.ObservableList<double[]> guesses = javafx.collections.FXCollections
      .observableArrayList();
  private final ReadOnlyObjectWrapper<Lesson> lesson = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyIntegerWrapper scene = new ReadOnlyIntegerWrapper(-1);
  private final ReadOnlyBooleanWrapper asking = new ReadOnlyBooleanWrapper();
  private final Set<Integer> revealed = new HashSet<>();

  /**
   * @param open opens a scene's scenario in the window (its view, its runs)
   * @param play plays the runs shown from their start (what Reveal does after opening the scene)
   * @param firstStep shows the first step, paused (what Reveal does for "where does the next iterate land")
   */
  public LessonPlayer(Consumer<Preset> open, Runnable play, Runnable firstStep) {
    this.open = open;
    this.play = play;
    this.firstStep = firstStep;
  }

  /** Whether a click on the plot is a guess now: a "where does it land" question is open. */
  public boolean takesGuesses() {
    Lesson.Scene s = current();
    return asking.get() && s != null && s.question().ask() == gdviz.model.lesson.Question.Ask.NEXT;
  }

  /** A guess clicked on the plot (the coordinates drawn: x in 1D, (x₁, x₂) in 2D). */
  public void addGuess(double[] point) {
    if (takesGuesses()) {
      guesses.add(point.clone());
    }
  }

  /** The guesses clicked for the scene shown (cleared when another scene opens). */
  public javafx.collections.ObservableList<double[]> guesses() {
    return guesses;
  }

  /** Starts a lesson at its first scene. */
  public void start(Lesson l) {
    scene.set(-1);
    lesson.set(l);
    revealed.clear();
    go(0);
  }

  /** Leaves the lesson; the scene shown stays, as an example like any other. */
  public void close() {
    lesson.set(null);
    scene.set(-1);
    asking.set(false);
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
    Lesson.Scene s = l.scenes().get(index);
    boolean ask = s.question() != null && !revealed.contains(index);
    guesses.clear();
    asking.set(ask); // before the scene opens: the strip shows the question with it
    scene.set(index);
    open.accept(ask ? s.asked() : s.scenario());
  }

  /**
   * Adds the window's state as a scene after the one shown (the first scene of a new lesson when
   * none is open) and shows it.
   */
  public void addScene(Lesson.Scene scene) {
    Lesson l = lesson.get();
    List<Lesson.Scene> scenes = new ArrayList<>(l == null ? List.of() : l.scenes());
    int at = l == null ? 0 : scene() + 1;
    scenes.add(at, scene);
    edited(new Lesson(l == null ? "My lesson" : l.title(), scenes), at);
  }

  /** Deletes the scene shown (the last one stays: a lesson has a scene); the next one is shown. */
  public void deleteScene() {
    Lesson l = lesson.get();
    if (l == null || l.scenes().size() < 2) {
      return;
    }
    List<Lesson.Scene> scenes = new ArrayList<>(l.scenes());
    scenes.remove(scene());
    edited(new Lesson(l.title(), scenes), Math.min(scene(), scenes.size() - 1));
  }

  /** Moves the scene shown one place earlier (−1) or later (+1) in the deck. */
  public void moveScene(int by) {
    Lesson l = lesson.get();
    int to = scene() + by;
    if (l == null || to < 0 || to >= l.scenes().size()) {
      return;
    }
    List<Lesson.Scene> scenes = new ArrayList<>(l.scenes());
    scenes.add(to, scenes.remove(scene()));
    lesson.set(new Lesson(l.title(), scenes));
    revealed.clear();
    scene.set(to); // the same scene, in its new place: nothing is opened again
  }

  private void edited(Lesson l, int show) {
    scene.set(-1); // first: the strip never reads a scene the new deck does not have
    lesson.set(l);
    revealed.clear();
    go(show);
  }

  private int scene() {
    return scene.get();
  }

  /** Q: the answer — the scene opened whole and its runs played; nothing when no question is open. */
  public void reveal() {
    if (!asking.get()) {
      return;
    }
    revealed.add(scene.get());
    asking.set(false);
    open.accept(current().scenario());
    if (current().question().ask() == gdviz.model.lesson.Question.Ask.NEXT) {
      firstStep.run();
    } else {
      play.run();
    }
  }

  /** Whether the scene shown asks a question that has not been revealed yet. */
  public ReadOnlyBooleanProperty askingProperty() {
    return asking.getReadOnlyProperty();
  }

  /** Whether the scene shown asked a question that has been revealed. */
  public boolean revealed() {
    return revealed.contains(scene.get());
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
