package gdviz.model.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MathTextTest {
  @Test
  void theCoursesFunctionsAsASlidePrintsThem() {
    assertEquals("x₁² + 2x₂²", MathText.typeset("x1^2+2*x2^2"));
    assertEquals("x²", MathText.typeset("x^2"));
    assertEquals("x·cos(c·x)", MathText.typeset("x*cos(c*x)"));
    assertEquals("0.1x₁² + 2x₂²", MathText.typeset("0.1*x1^2 + 2*x2^2"));
    assertEquals("(1 − x)² + 100(y − x²)²", MathText.typeset("(1-x)^2+100*(y-x^2)^2"));
  }

  @Test
  void signsPowersAndWhatIsKeptAsTyped() {
    assertEquals("−x + 3", MathText.typeset("-x+3"));
    assertEquals("x⁻¹", MathText.typeset("x^(-1)"));
    assertEquals("x^0.5", MathText.typeset("x^0.5"));
    assertEquals("exp(−x₁)·sin(x₂)", MathText.typeset("exp(-x1)*sin(x2)"));
    assertEquals("1e-3x", MathText.typeset("1e-3*x"));
    assertEquals("max(x,y)", MathText.typeset("max(x,y)"));
    assertEquals("max(x, y)", MathText.typeset("max(x, y)"));
  }

  @Test
  void aDescriptionWithWordsKeepsItsSpaces() {
    assertEquals("f(x₁, x₂) = (1 − x₁)² + 100(x₂ − x₁²)²", MathText.typeset("f(x1, x2) = (1 - x1)^2 + 100*(x2 - x1^2)^2"));
    assertEquals("f(x₁, x₂) = x₁² + 2x₂², rotated by 45°", MathText.typeset("f(x1, x2) = x1^2+2*x2^2, rotated by 45°"));
    assertEquals("−(f(x) = x²)", MathText.typeset("−(f(x) = x^2)"));
    // a file's name keeps its hyphen; a difference of names is a minus
    assertEquals("logistic regression on exam-passed.csv (30 rows)",
        MathText.typeset("logistic regression on exam-passed.csv (30 rows)"));
    assertEquals("x − y", MathText.typeset("x-y"));
    assertEquals("exp(−x)", MathText.typeset("exp(-x)"));
    // a preset's words after a symbol typed as such (², |): linreg-20pts' title ran "²over", "every|∂J"
    assertEquals("J(θ) = 1/(2m)·Σ(θ₀ + θ₁·x − y)² over 20 points, gd from (1, 1) with η = 0.01 until every"
        + " |∂J/∂θ| ≤ 1e-5", MathText.typeset("J(θ) = 1/(2m)·Σ(θ0 + θ1·x − y)² over 20 points, gd from (1, 1) with"
        + " η = 0.01 until every |∂J/∂θ| ≤ 1e-5"));
  }
}
