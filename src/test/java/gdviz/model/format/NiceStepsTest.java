package gdviz.model.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The η slider's arrow keys: readable rates, a tenth of a decade apart, and the example's η on the way. */
class NiceStepsTest {
  @Test
  void stepsUpAndDownThroughReadableRates() {
    assertEquals(0.25, NiceSteps.next(0.2, 1, Double.NaN));
    assertEquals(0.15, NiceSteps.next(0.2, -1, Double.NaN));
    assertEquals(0.3, NiceSteps.next(0.25, 1, Double.NaN));
    assertEquals(1.0, NiceSteps.next(0.8, 1, Double.NaN));
    assertEquals(0.08, NiceSteps.next(0.1, -1, Double.NaN));
    assertEquals(0.0012, NiceSteps.next(0.001, 1, Double.NaN));
    assertEquals(0.2, NiceSteps.next(0.163, 1, Double.NaN), "from a dragged 0.163 back onto 0.2");
    assertEquals(0.0173, NiceSteps.next(0.0163, 1, 0.0173));
    assertEquals(0.0173, NiceSteps.next(0.02, -1, 0.0173));
  }
}
