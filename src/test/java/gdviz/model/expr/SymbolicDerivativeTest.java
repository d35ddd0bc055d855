package gdviz.model.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The derivative formulas a student sees: exact, simplified, and readable. */
class SymbolicDerivativeTest {
  private final ExpressionParser parser = new ExpressionParser(Map.of("c", 0.15 * Math.PI));

  private String derivative(String f) {
    return ExprText.print(parser.parse(f).gradient().get(0));
  }

  @ParameterizedTest(name = "d/dx {0} = {1}")
  @CsvSource(delimiter = '|', value = {
      "x^2                 | 2*x",
      "x*cos(c*x)          | cos(c*x) - c*x*sin(c*x)",
      "cosh(c*x)           | c*sinh(c*x)",
      "0.5*(x - 4)^2       | x - 4",
      "3*x^3 - x + 7       | 9*x^2 - 1",
      "exp(-x^2)           | -2*x*exp(-x^2)",
      "log(x)              | 1/x",
      "sqrt(x)             | 1/(2*sqrt(x))",
      "abs(x)              | sign(x)",
      "1/x                 | -1/x^2",
      "sin(x)/x            | cos(x)/x - sin(x)/x^2",
      "2^x                 | 2^x*log(2)",
      "x^x                 | x^x*(log(x) + 1)",
      "tan(x)              | 1/cos(x)^2",
      "atan(x)             | 1/(1 + x^2)",
      "tanh(x)             | 1 - tanh(x)^2",
      "pi*x                | pi",
      "7                   | 0",
  })
  void simplifiedDerivative(String f, String expected) {
    assertEquals(expected, derivative(f));
  }

  private static String product(int factors) {
    StringBuilder s = new StringBuilder();
    for (int i = 1; i <= factors; i++) {
      s.append(i == 1 ? "" : "*").append("sin(x1+x2/").append(i).append(')');
    }
    return s.toString();
  }

  /**
   * The exact Hessian of a product of n factors grows with n³: 333 sines (4,886 characters) took 96 s
   * and 818 MB. The work is counted as the derivatives are built, and beyond the limit the function
   * is refused at once, naming it; 100 factors are differentiated exactly.
   */
  @Test
  void aFunctionTooLargeForExactDerivativesIsRefusedNamingTheLimit() {
    var e = org.junit.jupiter.api.Assertions.assertThrows(ExpressionException.class,
        () -> new gdviz.model.objective.ExpressionObjective(parser.parse(product(333))));
    assertEquals("the function is too large for exact derivatives: its second derivatives take more than 1,000,000"
        + " terms to build (a product of about 150 factors does); write it shorter", e.getMessage());
    var fine = new gdviz.model.objective.ExpressionObjective(parser.parse(product(100)));
    double[][] h = new double[2][2];
    fine.hessian(new double[] {1, 1}, h);
    assertEquals(h[0][1], h[1][0]);
    String text = fine.derivativeText().get(0);
    assertEquals(true, text.endsWith(" characters more)"), "a formula is written out to 1,000 characters");
    assertEquals(true, text.length() < 1100, text.length() + " characters");
  }

  @Test
  void secondDerivativeAndTheStudentText() {
    Expression e = parser.parse("x*cos(c*x)");
    assertEquals(List.of("f'(x) = cos(c*x) - c*x*sin(c*x)", "f''(x) = -2*c*sin(c*x) - c^2*x*cos(c*x)"),
        e.derivativeText());
  }

  @Test
  void partialDerivativesAndHessian() {
    Expression e = new ExpressionParser().parse("x1^2 + 2*x2^2 + x1*x2");
    assertEquals(List.of("∂f/∂x1 = 2*x1 + x2", "∂f/∂x2 = 4*x2 + x1"), e.derivativeText());
    assertEquals("1", ExprText.print(e.hessian().get(0).get(1)));
    assertEquals("4", ExprText.print(e.hessian().get(1).get(1)));
  }

  @Test
  void printedFormulasParseBackToTheSameFunction() {
    for (String f : List.of("x*cos(c*x)", "exp(-x^2)/(1 + x^2)", "x^x", "-(x - 1)^3", "2^-x", "(-x)^2",
        "x - (x - 1)", "x/(x/2)")) {
      Expression original = parser.parse(f);
      Expression reprinted = parser.parse(ExprText.print(original.tree()));
      for (double x : new double[] {0.3, 1.7, 2.9}) {
        assertEquals(original.value(new double[] {x}), reprinted.value(new double[] {x}), 1e-12, f);
      }
    }
  }

  @Test
  void printingKeepsTheGroupingSoTheFormulaEvaluatesExactlyAsBefore() {
    ExpressionParser p = new ExpressionParser();
    double[][] points = {{0.37, -0.81}, {1.3, 2.9}, {-4.1, 0.07}};
    for (String f : List.of("x*(y*x)", "x + (y + x)", "x*(y/x)", "2*(x*y)", "x - (y - x)", "3*sin(x*(y*x))")) {
      Expression e = p.parse(f);
      List<Expr> all = new java.util.ArrayList<>(e.gradient());
      all.add(e.tree());
      for (Expr g : all) {
        Expression back = p.parse(ExprText.print(g), 2);
        for (double[] x : points) {
          // bit for bit: the printed formula computes in the same order as the tree
          assertEquals(g.eval(x), back.value(x), 0.0, f + " → " + ExprText.print(g));
        }
      }
    }
  }
}
