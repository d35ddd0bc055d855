package gdviz.ui.method;

import static org.junit.jupiter.api.Assertions.assertEquals;

import gdviz.model.optim.Methods;
import org.junit.jupiter.api.Test;

/** Sliders spread each knob as its declaration says and give back values a user would type. */
class KnobControlsTest {
  @Test
  void betaTwoIsSpreadByItsDistanceFromOne() {
    var beta2 = Methods.anyKnob("beta2").orElseThrow();
    double at999 = KnobControls.toSlider(beta2, 0.999);
    double at99 = KnobControls.toSlider(beta2, 0.99);
    double at9 = KnobControls.toSlider(beta2, 0.9);
    assertEquals(at999 - at99, at99 - at9, 1e-12, "0.9, 0.99, 0.999 equally spaced");
    assertEquals(0.999, (double) KnobControls.fromSlider(beta2, at999), 0.0);
  }

  @Test
  void aBatchSizeIsWholeOnALogSlider() {
    var batch = Methods.anyKnob("batchSize").orElseThrow();
    assertEquals(100, KnobControls.fromSlider(batch, 2.0));
    assertEquals(2.0, KnobControls.toSlider(batch, 100), 1e-12);
  }

  @Test
  void aRealKnobKeepsFourDigits() {
    var beta = Methods.anyKnob("beta").orElseThrow();
    assertEquals(0.8123, (double) KnobControls.fromSlider(beta, 0.812345), 0.0);
  }
}
