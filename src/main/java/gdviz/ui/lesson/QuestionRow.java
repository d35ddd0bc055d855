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
 * A scene's question on the lesson strip: its text with Reveal (Q) beside it, and below a button
 * per choice with the count of hands beside it (each click adds one; the count can be typed).
 * Once revealed and the runs have finished, the right choice is marked and one line says why.
 */
final class QuestionRow extends VBox {
  private static final String RIGHT = "-fx-background-color: #2e7d32; -fx-text-fill: white;";
  /** A choice and its count as small as they read: many choices (a race of seven) in one row. */
  private static final String TIGHT = "-fx-padding: 0.15em 0.4em;";
  private static final String TIGHT_COUNT = "-fx-padding: 0.15em 0.3em;";
  private final LessonPlayer player;
  private final Label text = new Label();
  private final FlowPane choices = new FlowPane(6, 2);
  /** After Reveal on a short window: one line, whole in its tooltip (the question and choices folded away). */
  private final Label answer = new Label() {
    @Override
    protected double computePrefHeight(double width) {
      double whole = super.computePrefHeight(width);
      return folded.get() ? Math.min(whole, Math.ceil(getFont().getSize() * 1.4) + snappedTopInset()
          + snappedBottomInset()) : whole;
    }
  };
  private final javafx.beans.property.BooleanProperty folded = new javafx.beans.property.SimpleBooleanProperty();
  private final Button reveal = new Button("Reveal (Q)");
  private final FlowPane asked = new FlowPane(8, 2);
  private final List<Button> buttons = new ArrayList<>();
  private final List<TextField> counts = new ArrayList<>();
  private Question question;
  private boolean answered;
  private boolean tight;
  private String rightChoice;

  QuestionRow(LessonPlayer player) {
    this.player = player;
    setId("lessonQuestion");
    setSpacing(2);
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
    answer.visibleProperty().bind(answer.textProperty().isNotEmpty()); // no room kept for it before Reveal
    answer.managedProperty().bind(answer.visibleProperty());
    reveal.setId("revealButton");
    reveal.setMinWidth(Region.USE_PREF_SIZE);
    reveal.setFocusTraversable(false);
    reveal.setOnAction(e -> player.reveal());
    reveal.disableProperty().bind(player.askingProperty().not());
    // Reveal beside the question where it fits, the choices' row all theirs: seven fit in one row at 200 %
    asked.getChildren().setAll(text, reveal);
    asked.setAlignment(Pos.CENTER_LEFT);
    asked.setMinWidth(0);
    asked.prefWrapLengthProperty().bind(widthProperty());
    text.maxWidthProperty().bind(widthProperty()); // a long question wraps, its buttons in the next row
    choices.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(choices.getChildren()).and(folded.not()));
    choices.managedProperty().bind(choices.visibleProperty());
    asked.visibleProperty().bind(folded.not());
    asked.managedProperty().bind(folded.not());
    answer.setTooltip(new Tooltip());
    answer.getTooltip().textProperty().bind(answer.textProperty());
    getChildren().addAll(asked, choices, answer);
  }

  /**
   * Once answered on a short window (a 720-pixel projector at 200 %), and once a race is answered
   * (the legend, folded while it was asked, is back), the answer line takes the question's and the
   * choices' rows: the right choice and its hands are in its words.
   */
  @Override
  protected void layoutChildren() {
    boolean short_ = gdviz.ui.widgets.ShortWindow.holds(answer);
    boolean fold = question != null && !answer.getText().isEmpty()
        && (short_ || question.ask() == Question.Ask.RACE); // a race answered: the legend is back
    if (short_ != tight) {
      tight = short_;
      dress();
    }
    if (folded.get() != fold) {
      folded.set(fold);
    }
    super.layoutChildren();
  }

  /** The scene's question, fresh (counts at 0), or nothing for a scene without one. */
  void show(Lesson.Scene scene) {
    question = scene == null ? null : scene.question();
    answered = false;
    buttons.clear();
    counts.clear();
    rightChoice = null;
    choices.getChildren().clear();
    asked.getChildren().setAll(text, reveal);
    answer.setText("");
    setVisible(question != null);
    setManaged(question != null);
    if (question == null) {
      return;
    }
    text.setText(question.text());
    // the note, where the question takes its row (a short window)
    text.setTooltip(scene.note().isEmpty() ? null : new Tooltip(scene.note()));
    for (String choice : question.choices(runLabels(scene.scenario()))) {
      TextField count = new TextField("0");
      count.setPrefColumnCount(1);
      count.setId("count-" + choice);
      Button b = new Button(choice);
      b.setId("choice-" + choice);
      b.setMinWidth(Region.USE_PREF_SIZE);
      b.setFocusTraversable(false);
      b.setTooltip(new Tooltip("A hand for " + choice + " (or type the count)"));
      b.setOnAction(e -> count.setText(Integer.toString(parse(count.getText()) + 1)));
      buttons.add(b);
      counts.add(count);
      choices.getChildren().add(new javafx.scene.layout.HBox(2, b, count));
    }
    dress();
    if (question.ask() == Question.Ask.NEXT) {
      Label count = new Label();
      count.setId("guessCount");
      count.setMinWidth(Region.USE_PREF_SIZE);
      count.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> player.guesses().size()
          + (player.guesses().size() == 1 ? " guess" : " guesses"), player.guesses()));
      Button clear = new Button("Clear Guesses");
      clear.setId("clearGuesses");
      clear.setFocusTraversable(false);
      clear.setMinWidth(Region.USE_PREF_SIZE);
      clear.setOnAction(e -> player.guesses().clear());
      clear.disableProperty().bind(player.askingProperty().not());
      asked.getChildren().setAll(text, count, clear, reveal); // no choices: the guesses' row is the question's
    }
  }

  /** The choices as large as the window allows: small on a short window (seven fit in one row at 200 %). */
  private void dress() {
    for (int i = 0; i < buttons.size(); i++) {
      Button b = buttons.get(i);
      b.setStyle((tight ? TIGHT : "") + (b.getText().equals(rightChoice) ? RIGHT : ""));
      counts.get(i).setStyle(tight ? TIGHT_COUNT : "");
    }
  }

  /** After Reveal, once the runs have finished: the right choice marked, and why. */
  void showFrame(Frame frame, int xAxis, int yAxis) {
    if (question == null || answered || !player.revealed() || frame == null || !frame.finished()) {
      return;
    }
    if (question.ask() == Question.Ask.NEXT) {
      if (frame.trajectory().size() < 2 || frame.current() < 1) {
        return;
      }
      answered = true; // measured in the plane the guesses were clicked in
      answer.setText("Answer: " + Question.next(frame.trajectory().x(1), xAxis, yAxis, List.copyOf(player.guesses()))
          .why());
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
    int right = 0;
    int hands = 0;
    for (int i = 0; i < buttons.size(); i++) {
      int n = parse(counts.get(i).getText());
      hands += n;
      if (buttons.get(i).getText().equals(a.choice())) {
        right = n;
      }
    }
    rightChoice = a.choice();
    dress();
    answer.setText("Answer: " + a.why() + (hands == 0 ? "" : " — " + right + " of " + hands + " hands"));
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
