package gdviz.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import gdviz.model.data.CsvData;
import gdviz.model.preset.Preset;
import gdviz.ui.data.DataSetPreset;
import gdviz.ui.window.Appearance;
import java.io.BufferedReader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * The layout rule, checked for every classroom screen at every UI scale, in the window and in
 * presentation mode, for the examples that fill the window most (and a diverging run, whose banner
 * is long; lesson scenes with a long note and with each kind of question, asked and revealed):
 * every visible node lies inside
 * the window, no two visible texts overlap, every plot shown has at least its minimum size, and no
 * text is cut short without its whole text at hand (a tooltip). Deterministic: the window is laid
 * out, not timed. The matrix is printed.
 */
class LayoutAuditTest extends WindowUnderTest {
  static final int[][] SCREENS = {{1024, 768}, {1280, 720}, {1366, 768}, {1920, 1080}};
  static final int[] SCALES = {100, 125, 150, 200};
  static final String[] EXAMPLES = {"quadratic-1d", "quadratic-2d", "stability", "optimizer-family", "linreg-20pts",
      "basins", "five-features.csv", "stability at η = 0.1", "the course lesson at scene 11",
      "the course lesson at scene 4", "the course lesson at scene 4 revealed", "the course lesson at scene 7",
      "the course lesson at scene 7 revealed", "the course lesson at scene 16",
      "the course lesson at scene 16 revealed", "the course lesson at scene 19"};
  /**
   * The least sizes (README, "How it is built"): in window pixels, and in the plot's own pixels
   * (window pixels divided by the UI scale: what its painter has for margins, ticks and data).
   */
  static final double MAIN_PLOT_HEIGHT = 260;
  static final double MAIN_PLOT_OWN_HEIGHT = 130;
  static final double PLOT_HEIGHT = 120;
  static final double PLOT_OWN_HEIGHT = 100;
  static final double PLOT_WIDTH = 260;
  static final double PLOT_OWN_WIDTH = 200;
  static final List<String> PLOTS = List.of("lossPlot", "dataFit", "sweepPlot", "momentumMap");

  private Appearance appearance;

  @Override
  protected String preset() {
    return "quadratic-2d";
  }

  @Override
  protected double[] size() {
    return new double[] {1280, 720};
  }

  private static Preset fiveFeatures() throws Exception {
    StringBuilder csv = new StringBuilder("area,rooms,age,distance,floor,price\n");
    java.util.Random r = new java.util.Random(5);
    for (int i = 0; i < 40; i++) {
      csv.append(String.format(Locale.ROOT, "%.1f,%d,%d,%.2f,%d,%.1f%n", 40 + 100 * r.nextDouble(), 1 + r.nextInt(5),
          r.nextInt(60), 10 * r.nextDouble(), r.nextInt(8), 100 + 300 * r.nextDouble()));
    }
    CsvData.Loaded data = CsvData.parse(new BufferedReader(new StringReader(csv.toString())), "five-features.csv",
        () -> { }, () -> false);
    return DataSetPreset.of("five-features.csv", data, false);
  }

  /** Background work (sweeps, maps, the surface) is not done here: what it draws does not change the layout. */
  @Override
  protected gdviz.engine.Workers workers() {
    return (thread, lowPriority) -> task -> { };
  }

  @Test
  void everyScreenEveryScaleEveryMode(FxRobot robot) throws Exception {
    Preset csv = fiveFeatures();
    appearance = view.appearance();
    List<String> problems = new ArrayList<>();
    java.util.Map<String, List<String>> bad = new java.util.LinkedHashMap<>();
    for (String example : EXAMPLES) {
      robot.interact(() -> {
        if (example.startsWith("the course lesson")) { // the strip: a long note (11), a question (4, 7, 16)
          view.lessons().start(gdviz.model.lesson.LessonFiles.course(LIBRARY));
          view.lessons().go(Integer.parseInt(example.replace(" revealed", "").replaceAll(".* ", "")) - 1);
          if (example.endsWith(" revealed")) { // the answer's line, the runs played
            view.lessons().reveal();
          }
        } else {
          view.lessons().close();
          String[] named = example.split(" at η = "); // a diverging run: its banner is long
          model.presetProperty().set(example.endsWith(".csv") ? csv : LIBRARY.require(named[0]));
          if (named.length > 1) {
            model.method().etaProperty().set(Double.parseDouble(named[1]));
          }
        }
        model.playback().end();
        view.pulse();
      });
      for (int[] screen : SCREENS) {
        for (int scale : SCALES) {
          for (boolean present : new boolean[] {false, true}) {
            robot.interact(() -> {
              Stage stage = (Stage) view.root().getScene().getWindow();
              stage.setWidth(screen[0]);
              stage.setHeight(screen[1]);
              appearance.scaleProperty().set(scale);
              appearance.presentationProperty().set(present);
              view.pulse();
            });
            List<String> found = onFx(robot, () -> {
              for (int pass = 0; pass < 3; pass++) { // as the next pulses do: a fold's new nodes get their CSS
                view.root().applyCss();
                view.root().layout();
              }
              return audit();
            });
            String config = String.format(Locale.ROOT, "%4d×%-4d %3d %% %-12s", screen[0], screen[1], scale,
                present ? "presentation" : "window");
            bad.computeIfAbsent(config, k -> new ArrayList<>());
            if (!found.isEmpty()) {
              bad.get(config).add(example);
              found.forEach(f -> problems.add(config.replaceAll(" +", " ") + " " + example + ": " + f));
            }
          }
        }
      }
    }
    StringBuilder matrix = new StringBuilder("layout audit (screen × scale × mode: the examples with a problem)\n");
    bad.forEach((config, examples) -> matrix.append(config).append(' ')
        .append(examples.isEmpty() ? "ok" : String.join(", ", examples)).append('\n'));
    System.out.println(matrix);
    problems.forEach(System.out::println);
    assertEquals(List.of(), problems.stream().limit(20).toList(), problems.size() + " problems");
  }

  /**
   * Settings brought from a large screen — 300 %, optimizer-family — on a 1280 × 720 projector:
   * the 2D plot collapsed to a 20 px strip and the legend and iterates were cut at the right. (In
   * presentation mode at 300 % the strip's two rows leave the plot 205 px: README, known limits.)
   */
  @Test
  void settingsFromALargeScreenOnASmallOne(FxRobot robot) throws Exception {
    appearance = view.appearance();
    for (boolean present : new boolean[] {false}) {
      robot.interact(() -> {
        model.presetProperty().set(LIBRARY.require("optimizer-family"));
        model.playback().end();
        Stage stage = (Stage) view.root().getScene().getWindow();
        stage.setWidth(1280);
        stage.setHeight(720);
        appearance.scaleProperty().set(300);
        appearance.presentationProperty().set(present);
        view.pulse();
      });
      List<String> found = onFx(robot, () -> {
        for (int pass = 0; pass < 3; pass++) {
          view.root().applyCss();
          view.root().layout();
        }
        return audit();
      });
      assertEquals(List.of(), found, present ? "presentation mode" : "the window");
    }
  }

  /** What breaks the layout rule in the window as laid out now. */
  private List<String> audit() {
    Parent root = view.root();
    double w = root.getScene().getWidth();
    double h = root.getScene().getHeight();
    List<String> problems = new ArrayList<>();
    List<Node> texts = new ArrayList<>();
    walk(root, problems, texts, w, h);
    for (int i = 0; i < texts.size(); i++) {
      for (int j = i + 1; j < texts.size(); j++) {
        Bounds a = texts.get(i).localToScene(texts.get(i).getBoundsInLocal());
        Bounds b = texts.get(j).localToScene(texts.get(j).getBoundsInLocal());
        double ox = Math.min(a.getMaxX(), b.getMaxX()) - Math.max(a.getMinX(), b.getMinX());
        double oy = Math.min(a.getMaxY(), b.getMaxY()) - Math.max(a.getMinY(), b.getMinY());
        if (ox > 2 && oy > 2) {
          problems.add("texts overlap: " + describe(texts.get(i)) + " and " + describe(texts.get(j)));
        }
      }
    }
    // the own least sizes hold up to 200 % (beyond, those of 200 %: a 720 px screen at 300 % is 240 of its own)
    double scale = Math.min(2, appearance.scaleProperty().get() / 100.0);
    checkSize(view.functionPlot(), MAIN_PLOT_HEIGHT, MAIN_PLOT_OWN_HEIGHT, scale, problems);
    for (String id : PLOTS) {
      checkSize(root.lookup("#" + id), PLOT_HEIGHT, PLOT_OWN_HEIGHT, scale, problems);
    }
    return problems;
  }

  /** A plot shown (not in a tab behind another) has its least size in window pixels and in its own. */
  private static void checkSize(Node plot, double height, double ownHeight, double scale, List<String> problems) {
    if (plot == null || !shown(plot) || plot.getScene() == null) {
      return;
    }
    Bounds b = plot.localToScene(plot.getBoundsInLocal());
    if (b.getHeight() < Math.max(height, ownHeight * scale) - 0.5
        || b.getWidth() < Math.max(PLOT_WIDTH, PLOT_OWN_WIDTH * scale) - 0.5) {
      problems.add(String.format(Locale.ROOT, "%s is %.0f × %.0f (%.0f × %.0f of its own)", describe(plot),
          b.getWidth(), b.getHeight(), b.getWidth() / scale, b.getHeight() / scale));
    }
  }

  private static boolean shown(Node n) {
    for (Node p = n; p != null; p = p.getParent()) {
      if (!p.isVisible()) {
        return false;
      }
    }
    return true;
  }

  /**
   * Checks a node and what it holds: inside the window; a scroll pane or a table as a whole (what
   * they hold scrolls or is clipped by them); texts collected for the overlap check; a label cut
   * short must have a tooltip.
   */
  private void walk(Node n, List<String> problems, List<Node> texts, double w, double h) {
    if (!n.isVisible() || n.getScene() == null) {
      return;
    }
    Bounds b = n.localToScene(n.getLayoutBounds());
    if (b.getWidth() > 0 && b.getHeight() > 0 && (b.getMinX() < -1 || b.getMinY() < -1 || b.getMaxX() > w + 1
        || b.getMaxY() > h + 1)) {
      problems.add(String.format(Locale.ROOT, "%s lies outside the window (%.0f, %.0f)–(%.0f, %.0f)", describe(n),
          b.getMinX(), b.getMinY(), b.getMaxX(), b.getMaxY()));
      return; // what it holds would only repeat it
    }
    if (n instanceof Labeled l && l.getText() != null && !l.getText().isEmpty()) {
      for (Node c : l.getChildrenUnmodifiable()) {
        if (c instanceof Text t && c.isVisible()) {
          texts.add(t);
          String whole = l.isMnemonicParsing() ? l.getText().replaceFirst("_", "") : l.getText();
          if (!t.getText().equals(whole) && l.getTooltip() == null) {
            problems.add(describe(l) + " is cut to '" + t.getText() + "' with no tooltip");
          }
        }
      }
    }
    if (n.getStyleClass().contains("tab-header-area") && n instanceof Parent area) {
      // the skin places (and transforms) the headers itself: they must fit the area, no overflow menu
      Node headers = area.lookup(".headers-region");
      if (headers != null && headers.prefWidth(-1) > area.getLayoutBounds().getWidth() + 1) {
        problems.add(String.format(Locale.ROOT, "the tabs need %.0f px, their row is %.0f", headers.prefWidth(-1),
            area.getLayoutBounds().getWidth()));
      }
      return;
    }
    if (n instanceof ScrollPane sp && "controlsScroll".equals(sp.getId()) && sp.getContent() != null
        && sp.getContent().minWidth(-1) > sp.getViewportBounds().getWidth() + 1) {
      problems.add(String.format(Locale.ROOT, "the controls need %.0f px, their panel shows %.0f (cut at the right)",
          sp.getContent().minWidth(-1), sp.getViewportBounds().getWidth()));
    }
    if (n instanceof ScrollPane || n instanceof TableView || n instanceof TextInputControl) {
      return;
    }
    if (n instanceof Parent p) {
      for (Node c : p.getChildrenUnmodifiable()) {
        walk(c, problems, texts, w, h);
      }
    }
  }

  private static String describe(Node n) {
    String id = n.getId() != null ? "#" + n.getId()
        : n.getClass().getSimpleName() + (n.getStyleClass().isEmpty() ? "" : "." + String.join(".", n.getStyleClass()))
        + (n.getParent() != null && n.getParent().getId() != null ? " in #" + n.getParent().getId() : "");
    if (n instanceof Labeled l) {
      return id + " '" + gdviz.model.format.Quote.shortened(l.getText()) + "'";
    }
    if (n instanceof Text t) {
      Node owner = n.getParent();
      return (owner != null && owner.getId() != null ? "#" + owner.getId() : "text") + " '"
          + gdviz.model.format.Quote.shortened(t.getText()) + "'";
    }
    return id;
  }
}
