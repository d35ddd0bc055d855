package gdviz.ui.setup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import gdviz.model.SetupException;
import gdviz.model.preset.RunOverrides;
import org.junit.jupiter.api.Test;

class SetupFieldsTest {
  private static SetupFields loaded(String function, double... start) {
    SetupFields f = new SetupFields();
    RunOverrides s = RunOverrides.builder().function(function).start(start).build();
    f.load(s, s);
    return f;
  }

  @Test
  void aPickedStartIsRoundedToWhatAPixelCanAim() {
    SetupFields f = loaded("x1^2 + 2*x2^2", -5, -2);
    f.pickStart(new double[] {-0.05511, -0.01973}, 2, new double[] {0, 0}, new double[] {0.02, 0.02});
    assertEquals("-0.06, -0.02", f.startTextProperty().get());
  }

  /** On the plane (w₂, b) of a 3-parameter loss, with a start typed for two: the third comes from the plane. */
  @Test
  void aStartThatDoesNotFitTakesThePlanesPoint() {
    SetupFields f = loaded("x1^2 + x2^2 + x3^2", 1, 2, 3);
    f.xAxisProperty().set(1);
    f.yAxisProperty().set(2);
    f.startTextProperty().set("0, 0");
    f.pickStart(new double[] {0.5, 0.25}, 3, new double[] {2, -3.4, 4.2}, new double[] {0.01, 0.01});
    assertEquals("2, 0.5, 0.25", f.startTextProperty().get());
    f.startTextProperty().set("7, 8, 9");
    f.pickStart(new double[] {1, 1}, 3, new double[] {2, -3.4, 4.2}, new double[] {0.01, 0.01});
    assertEquals("7, 1, 1", f.startTextProperty().get(), "a start that fits keeps its other coordinate");
  }

  @Test
  void eachFieldSaysWhatIsWrongWithIt() {
    SetupFields f = loaded("x^2", 1);
    f.stepsTextProperty().set("-3");
    assertThrows(SetupException.class, f::parse);
    assertEquals("steps must be a whole number ≥ 0, got '-3'", f.problemProperty().get());
    f.stepsTextProperty().set("3");
    f.startTextProperty().set("1, x");
    assertThrows(SetupException.class, f::parse);
    assertEquals("start: 'x' is not a number (write e.g. -5, -2)", f.startErrorProperty().get());
  }
}
