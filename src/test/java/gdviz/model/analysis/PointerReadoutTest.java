package gdviz.model.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import gdviz.model.expr.ExpressionParser;
import gdviz.model.objective.ExpressionObjective;
import gdviz.model.objective.Objective;
import gdviz.model.objective.Quadratic;
import java.util.List;
import org.junit.jupiter.api.Test;

class PointerReadoutTest {
  // f(x1, x2) = x1² + 2·x2²
  private final Objective f = Quadratic.weightedSquares(new double[] {1, 2}, "x1² + 2·x2²");

  @Test
  void coordinatesAreRoundedToOnePixelAndFIsTakenThere() {
    // 0.02 per pixel: two decimals, 0.2513 reads 0.25; 0.25 per pixel: one decimal, -1.4987 reads -1.5
    String text = PointerReadout.describe(f, new double[] {0.2513, -1.4987}, new double[] {0.02, 0.25},
        List.of("w", "b"));
    // f at the pointer itself: 0.2513² + 2·1.4987² = 4.55535507, six digits
    assertEquals("w = 0.25, b = -1.5, f = 4.55536", text);
  }

  @Test
  void oneVariableAndUndefinedValues() {
    Objective log = new ExpressionObjective(new ExpressionParser().parse("log(x)"));
    assertEquals("x = -2, f = undefined", PointerReadout.describe(log, new double[] {-2.02}, new double[] {0.1},
        List.of("x")));
  }
}
