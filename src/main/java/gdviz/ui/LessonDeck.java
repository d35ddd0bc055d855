package gdviz.ui;

import gdviz.model.lesson.LessonFiles;
import gdviz.ui.files.FileActions;
import gdviz.ui.lesson.LessonPlayer;
import gdviz.ui.lesson.LessonStrip;
import gdviz.ui.playback.Frame;
import java.util.List;
import java.util.function.Supplier;
import javafx.collections.ListChangeListener;

/**
 * The lesson in the main window: the player (scenes, questions, guesses), its strip above the
 * plots, and what it changes elsewhere — a click on the plot is a guess while a "where does it
 * land" question is open, Reveal plays the runs or shows their first step, a question folds the
 * legend, the banner and outlines an η band ({@link #showFrame}).
 */
final class LessonDeck {
  private final MainViewModel model;
  private final LessonPlayer player;
  private final LessonStrip strip;

  /** @param redraw draws the frame again (a guess added or cleared) */
  LessonDeck(MainViewModel model, WindowContents contents, Supplier<FileActions> files, Runnable redraw) {
    this.model = model;
    this.player = new LessonPlayer(contents::open, () -> {
      if (!model.playingProperty().get()) {
        model.playback().togglePlay();
      }
    }, () -> model.playback().showIterate(1));
    this.strip = new LessonStrip(player, () -> files.get().chooseAndAddScene(), () -> files.get().chooseAndSaveLesson());
    player.guesses().addListener((ListChangeListener<double[]>) c -> redraw.run());
  }

  LessonPlayer player() {
    return player;
  }

  LessonStrip strip() {
    return strip;
  }

  /** A click on the function plot: a guess when a question takes one (true), else not this deck's. */
  boolean takesClick(double[] point) {
    if (!player.takesGuesses()) {
      return false;
    }
    player.addGuess(point);
    return true;
  }

  /** The guesses where the plot draws them: on the curve, (x, f(x)), in one variable. */
  List<double[]> guessesDrawn(Frame frame) {
    return player.guesses().stream().map(p -> p.length == 1
        ? new double[] {p[0], frame.setup().objective().value(p)} : p).toList();
  }

  /**
   * What a scene's question changes in a frame drawn (after the plots): the answer once the runs
   * have finished (guesses measured in the plane drawn); a race asked folds the legend (its choices
   * name the runs); an answer's line replaces the banner it repeats; an outcome answered outlines
   * the η band that decided it.
   */
  void showFrame(Frame frame, gdviz.ui.plots.PlotsView plots, gdviz.ui.runs.LegendView legend,
      List<gdviz.ui.method.EtaSlider> etaSliders) {
    strip.showFrame(frame, plots.functionPlot().xAxis(), plots.functionPlot().yAxis());
    legend.fold(racing());
    if (strip.answered() && plots.banner().isVisible()) {
      plots.banner().setVisible(false);
      plots.banner().setManaged(false);
    }
    boolean decided = outcomeAnswered();
    etaSliders.forEach(s -> s.decidingProperty().set(decided));
  }

  /** Whether a race question is open, not revealed yet (its choices stand for the legend). */
  private boolean racing() {
    var scene = player.current();
    return player.askingProperty().get() && scene != null && scene.question() != null
        && scene.question().ask() == gdviz.model.lesson.Question.Ask.RACE;
  }

  /** Whether an outcome question's answer is shown (the η slider outlines the band that decided it). */
  private boolean outcomeAnswered() {
    var scene = player.current();
    return strip.answered() && scene != null && scene.question() != null
        && scene.question().ask() == gdviz.model.lesson.Question.Ask.OUTCOME;
  }

  /** Lesson ▸ The Course as a Lesson: the shipped course, from its first scene. */
  void openCourse() {
    player.start(LessonFiles.course(model.library()));
  }
}
