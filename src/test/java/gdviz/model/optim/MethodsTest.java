package gdviz.model.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gdviz.model.SetupException;
import gdviz.model.method.Knob;
import gdviz.model.method.KnobValues;
import gdviz.model.method.Method;
import gdviz.model.preset.SetupResolver;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The methods' declarations: what the command line, presets, validation, sliders and captions are built from. */
class MethodsTest {
  @Test
  void aKnobNameMeansOneThingForEveryMethodThatHasIt() {
    for (Map.Entry<String, List<Method>> e : Methods.knobUsers().entrySet()) {
      Knob first = e.getValue().get(0).knob(e.getKey()).orElseThrow();
      for (Method m : e.getValue()) {
        Knob k = m.knob(e.getKey()).orElseThrow();
        assertEquals(first.type(), k.type(), e.getKey() + " of " + m.id());
        assertEquals(first.symbol(), k.symbol(), e.getKey() + " of " + m.id());
        assertEquals(first.option(), k.option());
      }
    }
  }

  @Test
  void theCommandLinesOptionsAndPresetFieldsKeepTheirNames() {
    assertEquals(List.of("noise", "batchSize", "epochs", "shuffle", "beta", "eps", "gamma", "rho", "beta1", "beta2",
        "absHessian", "lineSearch", "bracket", "patience"), List.copyOf(Methods.knobUsers().keySet()).subList(0, 14));
    assertEquals("--batch-size", Methods.anyKnob("batchSize").orElseThrow().option());
    assertEquals("--abs-hessian", Methods.anyKnob("absHessian").orElseThrow().option());
    assertEquals("--line-search", Methods.anyKnob("lineSearch").orElseThrow().option());
  }

  @Test
  void eachMethodHasItsOwnDefaults() {
    assertEquals(1e-6, Methods.require("adagrad").knob("eps").orElseThrow().defaultValue());
    assertEquals(1e-5, Methods.require("adadelta").knob("eps").orElseThrow().defaultValue());
    assertEquals(1e-8, Methods.require("adam").knob("eps").orElseThrow().defaultValue());
  }

  @Test
  void theHelpASudentReadsIsPlainWords() {
    for (Method m : Methods.all()) {
      assertFalse(m.summary().contains("--"), m.id() + ": " + m.summary());
      assertFalse(m.rule().contains("--"), m.id() + ": " + m.rule());
      for (Knob k : m.knobs()) {
        assertFalse(k.help().isBlank(), m.id() + "." + k.name());
      }
    }
  }

  @Test
  void validationNamesTheKnobTheMethodAndTheRange() {
    var f = SetupResolver.function("x^2", null);
    Method momentum = Methods.require("momentum");
    assertEquals("β (--beta) of momentum must be in [0, 1), got 1.5", assertThrows(SetupException.class,
        () -> momentum.validate(f, KnobValues.of(Map.of("beta", 1.5)))).getMessage());
    assertEquals("ε (--eps) of adam must be in (0, ∞), got 0", assertThrows(SetupException.class,
        () -> Methods.require("adam").validate(f, KnobValues.of(Map.of("eps", 0.0)))).getMessage());
    assertEquals("search (--line-search) of linesearch must be armijo or exact, got golden", assertThrows(
        SetupException.class, () -> Methods.require("linesearch").validate(f, KnobValues.of(Map.of("lineSearch",
            "golden"))))
        .getMessage());
    // a knob the method does not have is left alone, as before
    Methods.require("gd").validate(f, KnobValues.of(Map.of("beta", 1.5)));
  }

  @Test
  void valuesAreReadAsTheirKnobsTypeOrRefusedByName() {
    Knob batch = Methods.anyKnob("batchSize").orElseThrow();
    assertEquals(100, batch.parse("100"));
    assertEquals("batchSize (--batch-size): '1.5' is not a whole number",
        assertThrows(SetupException.class, () -> batch.parse("1.5")).getMessage());
    double[] bracket = (double[]) Methods.anyKnob("bracket").orElseThrow().parse("0, 2");
    assertEquals(2, bracket[1], 0.0);
    assertTrue((Boolean) Methods.anyKnob("absHessian").orElseThrow().parse("true"));
  }
}
