package gdviz.model.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;

import gdviz.model.expr.ExpressionCode.Part;
import java.util.EnumSet;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A typed function's compiled code gives the interpreter's doubles, bit for bit: the value, every
 * gradient entry and every Hessian entry, on random functions at random points (NaN and the
 * infinities included, where the function gives them).
 */
class ExpressionCompilerTest {
  private final ExpressionParser parser = new ExpressionParser();

  @Property(tries = 2000)
  void compiledCodeGivesTheInterpretersDoubles(@ForAll("functions") String text,
      @ForAll @DoubleRange(min = -3, max = 3) double a, @ForAll @DoubleRange(min = -3, max = 3) double b) {
    ExpressionCode compiled = parser.parse(text, 2).code();
    ExpressionCode trees = compiled.interpreter();
    double[] x = {a, b};
    assertSameBits(trees.value(x), compiled.value(x), text);
    double[] g = new double[2];
    double[] gc = new double[2];
    trees.gradient(x, g);
    compiled.gradient(x, gc);
    double[][] h = new double[2][2];
    double[][] hc = new double[2][2];
    trees.hessian(x, h);
    compiled.hessian(x, hc);
    for (int i = 0; i < 2; i++) {
      assertSameBits(g[i], gc[i], "∂/∂x" + (i + 1) + " of " + text);
      for (int j = 0; j < 2; j++) {
        assertSameBits(h[i][j], hc[i][j], "H" + i + j + " of " + text);
      }
    }
  }

  @Provide
  Arbitrary<String> functions() {
    return ExpressionArbitraries.functionsOfTwo(5);
  }

  @Test
  void aClassroomFunctionRunsCompiledEverywhere() {
    ExpressionCode code = parser.parse("(1 - x)^2 + 100*(y - x^2)^2", 2).code();
    assertEquals(EnumSet.allOf(Part.class), code.compiledParts());
    double[] x = {-1.2, 1};
    double[] g = new double[2];
    code.gradient(x, g);
    // by hand: ∂f/∂x = −2(1 − x) − 400x(y − x²) = −215.6, ∂f/∂y = 200(y − x²) = −88, f = 24.2
    assertEquals(-215.6, g[0], 1e-12);
    assertEquals(-88, g[1], 1e-12);
    assertEquals(24.2, code.value(x), 1e-12);
  }

  @ParameterizedTest
  @CsvSource({"700, true", "2000, true", "1000, false"})
  void aPartTooLargeForOneMethodIsLeftToTheInterpreterWithTheSameValues(int terms, boolean balanced) {
    // 700 distinct terms summed pairwise pass the JIT's 8,000 bytes for one method, 2,000 the
    // operations allowed; 1,000 added one after the other the nesting allowed
    Expr x = new Expr.Var(0, "x");
    java.util.List<Expr> sum = new java.util.ArrayList<>();
    for (int k = 1; k <= terms; k++) {
      Expr.Num c = new Expr.Num(k);
      Expr term = new Expr.Mul(new Expr.Call(Fn.SIN, new Expr.Mul(c, x)), c);
      sum.add(balanced || sum.isEmpty() ? term : new Expr.Add(sum.remove(0), term));
    }
    while (sum.size() > 1) {
      sum.add(new Expr.Add(sum.remove(0), sum.remove(0)));
    }
    Expr small = new Expr.Mul(x, x);
    ExpressionCode code = ExpressionCompiler.compile(
        ExpressionCode.interpreted(sum.get(0), java.util.List.of(small), java.util.List.of(java.util.List.of(small))));
    assertEquals(EnumSet.of(Part.GRADIENT, Part.HESSIAN), code.compiledParts());
    double[] at = {0.3};
    assertSameBits(code.interpreter().value(at), code.value(at), "the long sum");
  }

  @Test
  void eachCompileDefinesItsOwnClassAndSharesSubexpressions() {
    ExpressionCode one = parser.parse("x*y + sin(x*y)", 2).code();
    ExpressionCode two = parser.parse("x*y + sin(x*y)", 2).code();
    assertNotSame(one.getClass(), two.getClass());
    ExpressionDag dag = new ExpressionDag(100);
    int root = dag.addRoot(parser.parse("x*y + sin(x*y)", 2).tree());
    // x, y, x·y, sin(x·y), the sum: x·y once, read twice
    assertEquals(5, dag.nodes().size());
    assertEquals(2, dag.uses(2));
    assertEquals(Set.of(), one.interpreter().compiledParts());
    assertEquals(4, root);
  }

  private static void assertSameBits(double expected, double actual, String what) {
    assertEquals(Double.doubleToLongBits(expected), Double.doubleToLongBits(actual),
        () -> what + ": interpreted " + expected + ", compiled " + actual);
  }
}
