package gdviz.model.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** {@link SignificantDigits} writes what {@code String.format("%.Ng")} writes, trimmed. */
class SignificantDigitsTest {
  /** The formatter's output, trimmed as the read-outs are (the way gdviz wrote them before). */
  private static String formatter(double v, int digits) {
    String s = String.format(Locale.ROOT, "%." + digits + "g", v);
    int e = s.indexOf('e');
    if (e < 0) {
      return stripZeros(s);
    }
    int i = e + 1;
    boolean negative = s.charAt(i) == '-';
    if (negative || s.charAt(i) == '+') {
      i++;
    }
    while (i < s.length() - 1 && s.charAt(i) == '0') {
      i++;
    }
    return stripZeros(s.substring(0, e)) + (negative ? "e-" : "e") + s.substring(i);
  }

  private static String stripZeros(String s) {
    if (s.indexOf('.') < 0) {
      return s;
    }
    int end = s.length();
    while (s.charAt(end - 1) == '0') {
      end--;
    }
    return s.substring(0, s.charAt(end - 1) == '.' ? end - 1 : end);
  }

  private static void same(double v) {
    for (int digits = 1; digits <= 17; digits++) {
      assertEquals(formatter(v, digits), SignificantDigits.of(v, digits), "v = " + v + ", digits " + digits);
    }
  }

  @Test
  void examplesStudentsRead() {
    assertEquals("0.0604662", SignificantDigits.of(0.06046617599999999, 6));
    assertEquals("-1.2e-7", SignificantDigits.of(-1.2e-7, 6));
    assertEquals("2.11056e11", SignificantDigits.of(2.110559872e11, 6));
    assertEquals("9.99996e-5", SignificantDigits.of(9.99996e-5, 6));
    assertEquals("0.0001", SignificantDigits.of(9.99996e-5, 5)); // rounds up into 10⁻⁴, where plain begins
    assertEquals("1e6", SignificantDigits.of(999999.7, 6)); // rounds up to 10^digits: exponent
  }

  @Test
  void boundariesOfRoundingAndOfThePlainRange() {
    for (int k = -12; k <= 22; k++) {
      double p = Math.pow(10, k);
      for (double m : new double[] {1, 9.5, 9.95, 9.995, 9.9995, 9.99995, 9.999995, 9.9999995, 9.99999995,
          1.05, 1.005, 1.0005, 2.5, 0.5, 0.25, 123456.7, 1.2345678901234567}) {
        same(m * p);
        same(-m * p);
        same(Math.nextUp(m * p));
        same(Math.nextDown(m * p));
      }
    }
    same(Double.MIN_VALUE);
    same(Double.MAX_VALUE);
    same(Double.MIN_NORMAL);
  }

  /** 2,000 pairs in the default build (a second), 100,000 with -Pstress. */
  @Test
  void randomDoublesOfEveryMagnitude() {
    SplittableRandom random = new SplittableRandom(20261201);
    for (int i = 0, n = gdviz.Stress.cases(2_000, 100_000); i < n; i++) {
      double v = Double.longBitsToDouble(random.nextLong());
      if (Double.isFinite(v) && v != 0) {
        same(v);
      }
      same((random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(-9, 12)));
    }
  }
}
