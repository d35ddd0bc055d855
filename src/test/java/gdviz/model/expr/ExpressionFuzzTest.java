package gdviz.model.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gdviz.model.objective.ExpressionObjective;
import java.time.Duration;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * What students type, on purpose or not: random strings over the characters of expressions (and
 * some others) must either parse or be refused with an {@link ExpressionException} naming a column
 * inside the text — never any other exception. What parses must evaluate and differentiate without
 * throwing. The number of cases is jqwik's default (1,000 here; {@code -Pstress} runs 100,000).
 */
class ExpressionFuzzTest {
  private final ExpressionParser parser = new ExpressionParser();

  @Property
  void randomTextParsesOrNamesAColumn(@ForAll("noise") String text) {
    check(text);
  }

  @Property
  void randomTokenSequencesParseOrNameAColumn(@ForAll("tokens") String text) {
    check(text);
  }

  private void check(String text) {
    Expression e;
    try {
      e = parser.parse(text);
    } catch (ExpressionException problem) {
      int column = problem.column();
      assertTrue(column >= 0 && column <= text.length() + 1, "column " + column + " for '" + text + "'");
      assertTrue(column == 0 || problem.getMessage().endsWith(" at column " + column), problem.getMessage());
      return;
    }
    double[] x = new double[e.dimension()];
    java.util.Arrays.fill(x, 0.7);
    e.value(x); // may be NaN or infinite, never an exception
    ExpressionObjective f = new ExpressionObjective(e);
    double[] g = new double[e.dimension()];
    f.gradient(x, g);
    double[][] h = new double[e.dimension()][e.dimension()];
    f.hessian(x, h);
    f.derivativeText();
  }

  @Provide
  Arbitrary<String> noise() {
    return Arbitraries.strings().withChars("xy12.e+-*/^() sincotaqrlgbph,#_;E0x1x2").ofMinLength(0).ofMaxLength(40);
  }

  @Provide
  Arbitrary<String> tokens() {
    return Arbitraries.of("x", "y", "x1", "x2", "x3", "2", "0.5", "1e-3", "1e", "pi", "e", "+", "-", "*", "/", "^", "(",
        ")", "sin", "cos(", "log(", "sqrt", "abs(", "exp(", "sinn(", "z", ".", ",", " ")
        .list().ofMinSize(0).ofMaxSize(25).map(l -> String.join("", l));
  }

  @Test
  void pathologicalButValidInputIsHandledOrRefusedQuickly() {
    // a tower of powers, the deepest nesting allowed, a long flat sum: handled (with exact derivatives)
    String tower = "x" + "^x".repeat(40);
    String deepest = "sin(".repeat(ExpressionParser.MAX_DEPTH - 1) + "x" + ")".repeat(ExpressionParser.MAX_DEPTH - 1);
    String longSum = "x + ".repeat(1_200) + "x";
    for (String text : new String[] {"x^x^x^x", tower, deepest, longSum}) {
      assertTimeoutPreemptively(Duration.ofSeconds(20), () -> check(text),
          "hung on " + text.substring(0, Math.min(20, text.length())));
    }
    assertEquals(1201, parser.parse(longSum).gradient().get(0).eval(new double[] {1}), 0.0,
        "d/dx of a sum of 1,201 x's");
    // beyond the limits: refused with a message, never a stack overflow
    String hundredKb = "x+".repeat(50_000) + "x";
    String tenThousandParens = "(".repeat(10_000) + "x" + ")".repeat(10_000);
    for (String text : new String[] {hundredKb, tenThousandParens, "-".repeat(5_000) + "x"}) {
      ExpressionException e = org.junit.jupiter.api.Assertions.assertThrows(ExpressionException.class,
          () -> parser.parse(text));
      assertTrue(e.getMessage().startsWith("the function is too long") || e.getMessage().startsWith(
          "the function is nested too deeply"), e.getMessage());
    }
  }
}
