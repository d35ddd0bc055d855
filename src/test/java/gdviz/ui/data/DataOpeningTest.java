package gdviz.ui.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gdviz.model.data.LinearRegressionLoss;
import gdviz.model.data.LogisticLoss;
import gdviz.ui.WindowUnderTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/** The class's own data in the app: a CSV opens as a fit, standardizes, and a bad one says where it is bad. */
class DataOpeningTest extends WindowUnderTest {
  @TempDir
  Path dir;

  @Override
  protected String preset() {
    return "quadratic-1d";
  }

  /** Opens a file; it is read inline here (the app reads it on a thread of its own) and opened on the FX thread. */
  private void openAndWait(FxRobot robot, Path file) throws Exception {
    robot.interact(() -> view.data().open(file));
    assertEquals(file.getFileName().toString(), onFx(robot, () -> {
      view.pulse();
      return model.presetProperty().get().name();
    }));
  }

  @Test
  void aCsvOpensAsALeastSquaresFitAndStandardizes(FxRobot robot) throws Exception {
    Path csv = Files.writeString(dir.resolve("heights.csv"), "age,height\n1,2\n2,4.1\n3,5.9\n4,8.2\n");
    openAndWait(robot, csv);
    var setup = onFx(robot, () -> model.frameProperty().get().setup());
    assertTrue(setup.objective() instanceof LinearRegressionLoss);
    assertEquals(List.of("intercept", "age"), setup.parameterNames());
    assertEquals(4, ((LinearRegressionLoss) setup.objective()).sampleCount());
    assertTrue(onFx(robot, () -> view.data().standardizeBox().isVisible()), "the box shows for a data set");
    assertFalse(onFx(robot, () -> view.data().progress().isVisible()), "the progress bar is gone when done");
    robot.interact(() -> view.data().standardizeBox().setSelected(true));
    var standardized = onFx(robot, () -> {
      view.pulse();
      return (LinearRegressionLoss) model.frameProperty().get().setup().objective();
    });
    // age 1..4: mean 2.5, sd √1.25; the first row becomes (1 − 2.5)/√1.25
    assertEquals((1 - 2.5) / Math.sqrt(1.25), standardized.feature(0, 0), 1e-15);
    assertTrue(standardized.description().endsWith("standardized"), standardized.description());
  }

  @Test
  void zeroOneTargetsAreFittedByLogisticRegression(FxRobot robot) throws Exception {
    Path csv = Files.writeString(dir.resolve("exam.csv"), "hours,passed\n1,0\n2,0\n3,1\n4,0\n5,1\n6,1\n");
    openAndWait(robot, csv);
    var f = onFx(robot, () -> model.frameProperty().get().setup().objective());
    assertTrue(f instanceof LogisticLoss, f.getClass().getName());
    assertEquals(Math.log(2), f.value(new double[2]), "cross-entropy at θ = 0: log 2");
    assertEquals("mean cross-entropy (logistic regression) over the data",
        onFx(robot, () -> model.setup().functionTextProperty().get()), "not 'least-squares loss'");
  }

  /**
   * 0/1 labels of two features in data space: the data panel is shown beside the loss (the points
   * by class, the decision boundary) and the status line says how many rows the model gets right at
   * the iterate shown, following the Iterate slider.
   */
  @Test
  void twoFeaturesWithZeroOneLabelsAreShownWithTheirBoundaryAndAccuracy(FxRobot robot) throws Exception {
    Path csv = Files.writeString(dir.resolve("admitted.csv"),
        "exam1,exam2,admitted\n1,1,0\n2,1,0\n1,2,0\n3,3,1\n4,3,1\n3,4,1\n2,3,1\n3,1,0\n");
    openAndWait(robot, csv);
    assertTrue(onFx(robot, () -> view.plots().showsDataFit()), "the data panel is shown");
    String note = onFx(robot, () -> view.plots().dataFit().note());
    assertTrue(note.startsWith("y\u00a0=\u00a01 blue, y\u00a0=\u00a00 orange; the line θ₀ + θ₁x₁ + θ₂x₂ = 0"), note);
    robot.interact(() -> {
      model.playback().reset();
      view.pulse();
    });
    // θ = 0 at the start: z = 0 ≥ 0 predicts 1 for every row, right for the 4 admitted of 8
    String start = onFx(robot, () -> robot.lookup("#statusStep").queryAs(javafx.scene.control.Label.class)
        .getText());
    assertTrue(start.endsWith("accuracy 50 % (4 of 8 rows)"), start);
    assertTrue(onFx(robot, () -> view.plots().dataFit().note()).endsWith("accuracy 50 % (4 of 8 rows)"));
    robot.interact(() -> {
      model.playback().end();
      view.pulse();
    });
    String end = onFx(robot, () -> robot.lookup("#statusStep").queryAs(javafx.scene.control.Label.class).getText());
    assertTrue(end.endsWith("accuracy 100 % (8 of 8 rows)"), "separable: the run separates them: " + end);
  }

  /** Standardizing changes L from thousands to about 1: η follows, 1/L of the data as it is now. */
  @Test
  void standardizingChoosesEtaAgain(FxRobot robot) throws Exception {
    Path csv = Path.of("resources/data/exam-scores.csv").toAbsolutePath();
    openAndWait(robot, csv);
    double raw = onFx(robot, () -> model.method().etaProperty().get());
    robot.interact(() -> view.data().standardizeBox().setSelected(true));
    var setup = onFx(robot, () -> {
      view.pulse();
      return model.frameProperty().get().setup();
    });
    double expected = gdviz.model.data.DataSets.startingEta(setup.objective(), setup.start());
    assertEquals(expected, onFx(robot, () -> model.method().etaProperty().get()), 0.0, "1/L of the standardized data");
    assertEquals(expected, setup.eta(), 0.0);
    assertTrue(expected > 50 * raw, "standardized: η " + expected + " against " + raw);
  }

  @Test
  void aBadFileSaysWhereAndChangesNothing(FxRobot robot) throws Exception {
    Path csv = Files.writeString(dir.resolve("bad.csv"), "x,y\n1,2\n2,abc\n");
    robot.interact(() -> view.data().open(csv));
    assertTrue(robot.lookup(".dialog-pane").tryQuery().isPresent(), "a dialog says what is wrong");
    DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
    assertEquals("bad.csv line 3, column 2 (y): 'abc' is not a number", pane.getContentText());
    assertEquals("quadratic-1d", onFx(robot, () -> model.presetProperty().get().name()), "the preset stays");
    robot.interact(() -> ((javafx.stage.Stage) pane.getScene().getWindow()).close());
  }

  /** A field of two million characters: the dialog names the line in a sentence, it does not lay the field out. */
  @Test
  void aHugeFieldIsNamedNotShown(FxRobot robot) throws Exception {
    Path csv = Files.writeString(dir.resolve("huge.csv"), "x,y\n1,2\n" + "7".repeat(2_000_000) + ",3\n");
    robot.interact(() -> view.data().open(csv));
    DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
    assertEquals("huge.csv line 3: longer than 1,000,000 characters; a row of numbers is far shorter (is this a CSV"
        + " file?)", pane.getContentText());
    robot.interact(() -> ((javafx.stage.Stage) pane.getScene().getWindow()).close());
  }
}
