package gdviz.ui.lesson;

import gdviz.model.lesson.Lesson;
import gdviz.model.lesson.Question;
import gdviz.model.preset.Preset;
import gdviz.model.preset.RunOverrides;
import gdviz.ui.playback.Frame;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * A scene's question on the lesson strip: its text, a button per choice with the count of hands
 * beside it (each click adds one; the count can be typed), and Reveal (Q). Once revealed and the
 * runs have finished, the right choice is marked and one line says why.
 */
final class QuestionRow extends VBox {
  private static final String RIGHT = "-fx-background-color: #2e7d32; -fx-text-fill: white;";
  private final LessonPlayer player;
  private final Label text = new Label();
  private final FlowPane choices = new FlowPane(8, 4);
  private final Label answer = new Label();
  private final List<Button> buttons = new ArrayList<>();
  private Question question;
  private boolean answered;

  QuestionRow(LessonPlayer player) {
    this.player = player;
    setId("lessonQuestion");
    setSpacing(4);
    text.setId("questionText");
    text.setStyle("-fx-font-weight: bold;");
    answer.setId("questionAnswer");
    for (Label l : new Label[] {text, answer}) {
      l.setWrapText(true);
      l.setMinWidth(0);
      l.setMinHeight(Region.USE_PREF_SIZE);
    }
    choices.setAlignment(Pos.CENTER_LEFT);
    choices.setMinWidth(0);
    choices.prefWrapLengthProperty().bind(widthProperty());
    getChildren().addAll(text, choices, answer);
  }

  /** The scene's question, fresh (counts at 0), or nothing for a scene without one. */
  void show(Lesson.Scene scene) {
    question = scene == null ? null : scene.question();
    answered = false;
    buttons.clear();
    choices.getChildren().clear();
    answer.setText("");
    setVisible(question != null);
    setManaged(question != null);
    if (question == null) {
      return;
    }
    text.setText(question.text());
    for (String choice : question.choices(runLabels(scene.scenario()))) {
      TextField count = new TextField("0");
      count.setPrefColumnCount(2);
      count.setId("count-" + choice);
      Button b = new Button(choice);
      b.setId("choice-" + choice);
      b.setMinWidth(Region.USE_PREF_SIZE);
      b.setFocusTraversable(false);
      b.setTooltip(new Tooltip("A hand for " + choice + " (or type the count)"));
      b.setOnAction(e -> count.setText(Integer.toString(parse(count.getText()) + 1)));
      buttons.add(b);
      choices.getChildren().add(new javafx.scene.layout.HBox(2, b, count));
    }
    if (question.ask() == Question.Ask.NEXT) {
      Label count = new Label();
      count.setId("guessCount");
      count.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> player.guesses().size()
          + (player.guesses().size() == 1 ? " guess" : " guesses"), player.guesses()));
      Button clear = new Button("Clear Guesses");
      clear.setId("clearGuesses");
      clear.setFocusTraversable(false);
      clear.setMinWidth(Region.USE_PREF_SIZE);
      clear.setOnAction(e -> player.guesses().clear());
      clear.disableProperty().bind(player.askingProperty().not());
      choices.getChildren().addAll(count, clear);
    }
    Button reveal = new Button("Reveal (Q)");
    reveal.setId("revealButton");
    reveal.setMinWidth(Region.USE_PREF_SIZE);
    reveal.setFocusTraversable(false);
    reveal.setOnAction(e -> player.reveal());
    reveal.disableProperty().bind(player.askingProperty().not());
    choices.getChildren().add(reveal);
  }

  /** After Reveal, once the runs have finished: the right choice marked, and why. */
  void showFrame(Frame frame) {
    if (question == null || answered || !player.revealed() || frame == null || !frame.finished()) {
      return;
    }
    if (question.ask() == Question.Ask.NEXT) {
      if (frame.trajectory().size() < 2 || frame.current() < 1) {
        return;
      }
      double[] x1 = frame.trajectory().x(1);
      double[] drawn = x1.length == 1 ? x1 : new double[] {x1[0], x1[1]}; // the plane the guesses were clicked in
      answered = true;
      answer.setText("Answer: " + Question.next(drawn, List.copyOf(player.guesses())).why());
      return;
    }
    List<Question.Ran> runs = new ArrayList<>();
    for (Frame.RunFrame r : frame.runs()) {
      if (r.visible()) {
        runs.add(new Question.Ran(r.label(), r.trajectory(), r.outcome()));
      }
    }
    if (runs.isEmpty()) {
      return;
    }
    Question.Answer a = question.answer(runs);
    answered = true;
    answer.setText("Answer: " + a.why());
    for (Button b : buttons) {
      if (b.getText().equals(a.choice())) {
        b.setStyle(RIGHT);
      }
    }
  }

  /** The labels of the runs a race question names: those the scene shows (not left unticked). */
  private static List<String> runLabels(Preset p) {
    List<String> hidden = p.view() == null || p.view().hidden() == null ? List.of() : p.view().hidden();
    return p.runs().stream().map(RunOverrides::label).filter(l -> l != null && !hidden.contains(l)).toList();
  }

  private static int parse(String count) {
    try {
      return Math.max(0, Integer.parseInt(count.strip()));
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  /** The answer's line ("" before it is known). */
  String answerText() {
    return answer.getText();
  }
}
