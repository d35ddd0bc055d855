package gdviz.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
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
}
