package gdviz.model.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Step by hand broke "6.854 / 64e-5" across lines and left a lone "−" at a line's start. */
class LineBreaksTest {
  private static final String J = String.valueOf(LineBreaks.JOIN);

  @Test
  void termsStayTogetherAndLinesBreakAfterAnEqualsSign() {
    assertEquals("x₁" + J + "=" + " " + "0.5" + J + "−" + J + "6.854" + J + "/" + J + "64e-5",
        LineBreaks.keepTermsTogether("x₁ = 0.5 − 6.854 / 64e-5"));
    assertEquals("x" + J + "←" + " " + "x" + J + "−" + J + "η·v, v₀" + J + "=" + " " + "0",
        LineBreaks.keepTermsTogether("x ← x − η·v, v₀ = 0"));
  }

  @Test
  void theLongestRunIsWhatCannotBreak() {
    assertEquals("0.5\u00A0−\u00A06.854", LineBreaks.longestRun(LineBreaks.keepTermsTogether("x = 0.5 − 6.854\ny = 1")));
  }
}
