package gdviz.model.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExpressionParserTest {
  private final ExpressionParser parser = new ExpressionParser();

  private double eval(String text, double... x) {
    return parser.parse(text).value(x);
  }

  @Test
  void precedenceAndAssociativity() {
    assertEquals(7, eval("1 + 2*3"));
    assertEquals(-9, eval("-3^2"), "unary minus binds looser than ^");
    assertEquals(512, eval("2^3^2"), "^ is right-associative");
    assertEquals(0.5, eval("2^-1"));
    assertEquals(2, eval("8/2/2"), "/ is left-associative");
    assertEquals(1, eval("5 - 3 - 1"));
    assertEquals(0.001, eval("1e-3"));
    assertEquals(250, eval("2.5E2"));
    assertEquals(Math.PI, eval("pi"));
    assertEquals(Math.E, eval("e"));
    assertEquals(3, eval("+3"));
  }

  @Test
  void everyFunction() {
    double x = 0.3;
    String[] names = {"sin", "cos", "tan", "asin", "acos", "atan", "exp", "log", "sqrt", "abs", "sinh", "cosh",
        "tanh"};
    double[] expected = {Math.sin(x), Math.cos(x), Math.tan(x), Math.asin(x), Math.acos(x), Math.atan(x),
        Math.exp(x), Math.log(x), Math.sqrt(x), Math.abs(x), Math.sinh(x), Math.cosh(x), Math.tanh(x)};
    for (int i = 0; i < names.length; i++) {
      assertEquals(expected[i], eval(names[i] + "(x)", x), 1e-15, names[i]);
    }
  }

  @Test
  void variableNaming() {
    assertEquals(List.of("x"), parser.parse("x^2").variables());
    assertEquals(List.of("x", "y"), parser.parse("x^2 + y").variables());
    assertEquals(List.of("x", "y"), parser.parse("y").variables());
    assertEquals(List.of("x1", "x2"), parser.parse("x1 + 2*x2").variables());
    assertEquals(List.of("x1", "x2", "x3"), parser.parse("x3").variables());
    assertEquals(List.of("x1", "x2"), parser.parse("x1", 2).variables(), "a minimum dimension can be asked for");
    assertEquals(13, eval("x^2 + y^2", 2, 3));
    assertEquals(13, eval("x1^2 + x2^2", 2, 3));
  }

  @Test
  void namedConstantsKeepTheirNames() {
    Expression e = new ExpressionParser(Map.of("c", 0.5)).parse("cosh(c*x)");
    assertEquals(Math.cosh(1), e.value(new double[] {2}), 1e-15);
    assertEquals("f'(x) = c*sinh(c*x)", e.derivativeText().get(0));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "x + sinn(x)      | unknown function 'sinn' at column 5",
      "x + z            | unknown name 'z' at column 5",
      "2x               | missing operator before 'x' (write * to multiply) at column 2",
      "(x + 1           | the '(' of column 1 is never closed: missing ')' at column 7",
      "x + 1)           | unmatched ')' at column 6",
      "x +              | the function ends too early: expected a number, a name or '(' at column 4",
      "* x              | '*' has nothing on its left at column 1",
      "x # 2            | unexpected character '#' at column 3",
      "1,5*x            | unexpected character ',' (write decimals with '.') at column 2",
      "sin x            | 'sin' needs its argument in parentheses, e.g. sin(x) at column 1",
      "sin()            | 'sin' needs an argument, e.g. sin(x) at column 5",
      "1.2.3            | malformed number '1.2.3' at column 1",
      "x + x1           | 'x1' mixes variable styles: use x and y, or x1, x2, … but not both at column 5",
      "()               | unexpected ')' at column 2",
  })
  void malformedInputNamesTheProblemAndItsColumn(String text, String message) {
    ExpressionException e = assertThrows(ExpressionException.class, () -> parser.parse(text));
    assertEquals(message, e.getMessage());
  }

  @Test
  void emptyInput() {
    assertEquals("the function is empty", assertThrows(ExpressionException.class, () -> parser.parse("  ")).getMessage());
  }

  @Test
  void deepNestingIsRefusedWithAMessageNotAStackOverflow() {
    String deep = "(".repeat(10_000) + "x" + ")".repeat(10_000);
    ExpressionException e = assertThrows(ExpressionException.class, () -> parser.parse(deep));
    assertTrue(e.getMessage().contains("the function is too long"), e.getMessage());
    String nested = "(".repeat(1_000) + "x" + ")".repeat(1_000);
    e = assertThrows(ExpressionException.class, () -> parser.parse(nested));
    assertTrue(e.getMessage().startsWith("the function is nested too deeply"), e.getMessage());
    assertEquals(ExpressionParser.MAX_DEPTH + 1, e.column());
    String minuses = "-".repeat(1_000) + "x";
    assertThrows(ExpressionException.class, () -> parser.parse(minuses));
  }

  @Test
  void towersOfPowersAreHandled() {
    Expression tower = parser.parse("x^x^x^x");
    assertEquals(Math.pow(1.5, Math.pow(1.5, Math.pow(1.5, 1.5))), tower.value(new double[] {1.5}), 1e-12);
    assertTrue(Double.isFinite(tower.gradient().get(0).eval(new double[] {1.5})));
  }
}
