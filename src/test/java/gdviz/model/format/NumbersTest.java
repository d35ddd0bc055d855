package gdviz.model.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumbersTest {

  @ParameterizedTest
  @CsvSource({
      "6, 6",
      "3.6, 3.6",
      "0.0604662, 0.0604662",
      "0.06046621234, 0.0604662",
      "1e-5, 1e-5",
      "-1.2e-7, -1.2e-7",
      "1.5e12, 1.5e12",
      "123456789012, 1.23457e11",
      "-2.5, -2.5",
      "0.1, 0.1",
      "1e-300, 1e-300",
      "1.7976931348623157e308, 1.79769e308",
      "NaN, NaN",
      "Infinity, Infinity",
      "-Infinity, -Infinity"})
  void compactFormsReadTheWayTheTableShowsThem(double value, String shown) {
    assertEquals(shown, Numbers.compact(value));
  }

  /** The hand-written trimming gives exactly what the regular expressions it replaced gave. */
  @Property
  void compactMatchesTheRegexVersion(@ForAll double v) {
    assertEquals(regexCompact(v), Numbers.compact(v));
  }

  @Property
  void compactMatchesTheRegexVersionForSmallAndLargeMagnitudes(@ForAll int mantissa, @ForAll byte exponent) {
    double v = mantissa * Math.pow(10, exponent % 40) / 7.0;
    assertEquals(regexCompact(v), Numbers.compact(v));
  }

  private static String regexCompact(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e9) {
      return Long.toString((long) v);
    }
    String s = String.format(Locale.ROOT, "%.6g", v);
    if (s.contains("e")) {
      String[] parts = s.split("e");
      return regexStrip(parts[0]) + "e" + parts[1].replaceFirst("^\\+", "").replaceFirst("^(-?)0+(\\d)", "$1$2");
    }
    return regexStrip(s);
  }

  private static String regexStrip(String s) {
    return s.contains(".") ? s.replaceFirst("0+$", "").replaceFirst("\\.$", "") : s;
  }

  @Test
  void formatWritesPlainDecimalsAndLowercaseExponentsThatReadBackExactly() {
    assertEquals("0.00041", Numbers.format(4.1e-4));
    assertEquals("0.0000123", Numbers.format(1.23e-5));
    assertEquals("0.1", Numbers.format(0.1));
    assertEquals("2", Numbers.format(2.0));
    assertEquals("1e-7", Numbers.format(1e-7));
    assertEquals("-3.2e-9", Numbers.format(-3.2e-9));
    assertEquals("1.5e20", Numbers.format(1.5e20));
    assertEquals("1.23456789e7", Numbers.format(12345678.9));
    java.util.Random random = new java.util.Random(3);
    for (int i = 0; i < 10_000; i++) {
      double v = Math.pow(10, random.nextDouble() * 40 - 20) * (random.nextBoolean() ? 1 : -1);
      String s = Numbers.format(v);
      assertEquals(v, Double.parseDouble(s), 0.0, s);
      assertTrue(s.indexOf('E') < 0, s);
    }
  }

  @ParameterizedTest
  @CsvSource({
      "2.110561234e11, 10, 2.11056e11",
      "2.110561234e11, 7, 2.11e11",
      "2.110561234e11, 4, 2e11",
      "2.110561234e11, 2, 2e11",
      "5.2381234e-5, 8, 5.238e-5",
      "1.0402e-5, 6, 1e-5",
      "0.009, 3, 0.009",
      "0.009, 5, 0.009",
      "-1673.456789, 6, -1673",
      "-1673.456789, 9, -1673.46",
      "1234567, 7, 1234567",
      "1234567, 5, 1.2e6",
      "36, 2, 36"})
  void fitKeepsTheMagnitudeAndDropsDigitsInstead(double value, int room, String shown) {
    assertEquals(shown, Numbers.fit(value, room));
  }

  /** Whatever the room, the text reads back to the same magnitude: never a cut number. */
  @Property
  void fitNeverLosesTheMagnitude(@ForAll double v, @ForAll @net.jqwik.api.constraints.IntRange(min = 1, max = 12) int room) {
    String s = Numbers.fit(v, room);
    double back = Double.parseDouble(s);
    if (Double.isFinite(v) && v != 0) {
      assertTrue(Math.abs(back - v) <= Math.abs(v) * 0.5, s + " for " + v);
    } else {
      assertEquals(v, back, 0.0);
    }
  }

  @Test
  void roundingToSignificantDigitsAndToAPixel() {
    assertEquals(0.0123, Numbers.round(0.0123456, 3), 0.0);
    assertEquals(1.1, Numbers.round(1.1 * 2 / 2.0, 3), 0.0);
    assertEquals(0.55, Numbers.round(1.1 * 2 / 4.0, 3), 0.0);
    assertEquals(-0.06, Numbers.roundToResolution(-0.05511, 0.02), 0.0);
    assertEquals(-0.02, Numbers.roundToResolution(-0.01973, 0.02), 0.0);
    assertEquals(3.1, Numbers.roundToResolution(3.14159, 0.25), 0.0);
    assertEquals(-4.98, Numbers.roundToResolution(-4.97612, 0.015), 0.0);
    assertEquals(120, Numbers.roundToResolution(123.4, 20), 0.0);
  }
}
