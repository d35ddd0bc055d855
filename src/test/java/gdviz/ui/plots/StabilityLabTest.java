package gdviz.ui.plots;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gdviz.plot.MomentumMapPainter;
import gdviz.plot.Viewport;
import gdviz.ui.WindowUnderTest;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** The stability preset opens the lab; the sweep and the momentum map set what they are clicked at. */
class StabilityLabTest extends WindowUnderTest {
  @Override
  protected String preset() {
    return "stability";
  }

  @Override
  protected double[] size() {
    return new double[] {1600, 1000};
  }

  /** The sweep was computed as the window opened (background work runs inline here). */
  private void waitForTheSweep(FxRobot robot) {
    assertFalse(onFx(robot, () -> view.plots().sweep().curves().isEmpty()), "the sweep was computed");
  }

  @Test
  void thePresetOpensTheLab(FxRobot robot) {
    assertNotNull(onFx(robot, () -> view.plots().sweep().getScene()), "the sweep is shown");
    assertNotNull(onFx(robot, () -> view.plots().momentumMap().getScene()), "the momentum map is shown");
    var eigen = onFx(robot, () -> view.functionPlot().eigen());
    assertNotNull(eigen);
    assertFalse(eigen.local(), "a quadratic: its axes at x*, exact");
    assertArrayEquals(new double[] {2, 50}, eigen.curvature().values(), 1e-12);
    // momentum, η = 0.02, β = 0.7: t² − (1.7 − 0.02λ)t + 0.7 has complex roots for λ = 2 and 50: √0.7
    Label factors = robot.lookup("#directionFactors").queryAs(Label.class);
    assertEquals("per step the error along v₁ (λ = 2) ×0.837, along v₂ (λ = 50) ×0.837", factors.getText());
    assertTrue(onFx(robot, () -> view.plots().lossPlot().note()).contains("ρ = 0.83666"), "the bound's rate on the loss");
    waitForTheSweep(robot);
    assertEquals(200, (int) onFx(robot, () -> view.plots().sweep().curves().get(0).points().size()));
  }

  /**
   * The sweep depends on everything but η: a slider move moves its η mark (the overlay) and does not
   * paint the curves again, though the run's name (with its η) changed.
   */
  @Test
  void aSliderMoveDoesNotRepaintTheSweepsCurves(FxRobot robot) {
    waitForTheSweep(robot);
    robot.interact(view::pulse);
    long before = onFx(robot, () -> view.plots().sweep().backgroundPaints());
    for (double eta : new double[] {0.01, 0.03, 0.05}) {
      robot.interact(() -> {
        model.method().etaProperty().set(eta);
        view.pulse();
      });
    }
    assertEquals(before, (long) onFx(robot, () -> view.plots().sweep().backgroundPaints()));
    assertEquals("momentum, η = 0.05", onFx(robot, () -> model.runs().selected().label()),
        "the run was renamed");
  }

  @Test
  void aClickOnTheSweepSetsEta(FxRobot robot) {
    waitForTheSweep(robot);
    robot.interact(view::pulse);
    Viewport area = onFx(robot, () -> view.plots().sweep().plotArea());
    double x = area.left() + area.width() * 0.3;
    // the robot lands on a whole pixel: the rate under it, to 3 digits, within a pixel and a half
    double low = onFx(robot, () -> view.plots().sweep().etaAt(x - 1.5));
    double high = onFx(robot, () -> view.plots().sweep().etaAt(x + 1.5));
    Point2D onScreen = onFx(robot, () -> view.plots().sweep().localToScreen(x, area.top() + area.height() / 2));
    robot.clickOn(onScreen);
    double eta = model.method().etaProperty().get();
    assertTrue(eta >= low * 0.995 && eta <= high * 1.005, eta + " in [" + low + ", " + high + "]");
    assertEquals(eta, Double.parseDouble(String.format(java.util.Locale.ROOT, "%.3g", eta)), 0.0, "3 digits");
  }

  @Test
  void aClickOnTheMomentumMapSetsEtaAndBeta(FxRobot robot) {
    var map = view.plots().momentumMap();
    Viewport v = onFx(robot, () -> MomentumMapPainter.viewport(map.getWidth(), map.getHeight()));
    double px = v.toPixelX(Math.log10(0.01));
    double py = v.toPixelY(0.5);
    robot.clickOn(onFx(robot, () -> map.localToScreen(px, py)));
    assertEquals(0.01, model.method().etaProperty().get(), 0.0005);
    assertEquals(0.5, model.method().number("beta"), 0.01);
  }
}
