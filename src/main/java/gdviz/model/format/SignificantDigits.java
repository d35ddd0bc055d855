package gdviz.model.format;

/**
 * A double in {@code digits} significant digits, as {@code String.format("%.<digits>g")} writes it
 * — the digits of {@link Double#toString} rounded half up, plain from 10⁻⁴ up to 10^digits and with
 * an exponent outside — then trimmed: no trailing zeros, no "+", no leading zeros in the exponent
 * (1.5e-7, 2e11). Without the formatter: the iterates table writes every visible cell in up to six
 * precisions per frame, and parsing a format string each time was most of a slider frame's table
 * work (BENCHMARKS.md).
 */
final class SignificantDigits {
  private final boolean negative;
  /** The decimal digits of {@link Double#toString} without leading zeros: v = ±0.digits × 10^e10. */
  private final char[] digits;
  private final int e10;

  /** v finite and not zero. */
  SignificantDigits(double v) {
    negative = v < 0;
    String s = Double.toString(Math.abs(v));
    char[] d = new char[s.length()];
    int n = 0;
    int pointAt = -1; // digits before the point, counted over the digits kept (leading zeros included)
    int exponent = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '.') {
        pointAt = n;
      } else if (c == 'E') {
        exponent = Integer.parseInt(s.substring(i + 1));
        break;
      } else {
        d[n++] = c;
      }
    }
    int first = 0; // leading zeros ("0.00123"): each moves the point one place
    while (first < n - 1 && d[first] == '0') {
      first++;
    }
    this.digits = java.util.Arrays.copyOfRange(d, first, n);
    this.e10 = pointAt - first + exponent;
  }

  /** v finite and not zero; digits 1 … 17. */
  static String of(double v, int digits) {
    return new SignificantDigits(v).write(digits);
  }

  /** The number in this many significant digits (1 … 17). */
  String write(int digits) {
    int len = this.digits.length;
    int e10 = this.e10;
    char[] m = new char[Math.max(len, digits) + 1];
    System.arraycopy(this.digits, 0, m, 1, len);
    m[0] = '0';
    int kept = Math.min(len, digits);
    if (len > digits && m[digits + 1] >= '5') { // half up, carrying into m[0] if all nines
      int i = digits;
      while (m[i] == '9') {
        m[i--] = '0';
      }
      m[i]++;
    }
    int start = 1;
    if (m[0] != '0') {
      start = 0;
      e10++;
    }
    // significant digits m[start .. start+kept) without trailing zeros
    int end = start + kept;
    while (end > start + 1 && m[end - 1] == '0') {
      end--;
    }
    StringBuilder out = new StringBuilder(digits + 8);
    if (negative) {
      out.append('-');
    }
    int magnitude = e10 - 1; // the power of ten of the first significant digit
    if (magnitude >= -4 && magnitude < digits) {
      if (magnitude < 0) {
        out.append("0.");
        for (int z = -1; z > magnitude; z--) {
          out.append('0');
        }
        out.append(m, start, end - start);
      } else {
        int whole = magnitude + 1;
        for (int i = 0; i < whole; i++) {
          out.append(start + i < end ? m[start + i] : '0');
        }
        if (start + whole < end) {
          out.append('.').append(m, start + whole, end - start - whole);
        }
      }
    } else {
      out.append(m[start]);
      if (end - start > 1) {
        out.append('.').append(m, start + 1, end - start - 1);
      }
      out.append('e').append(magnitude);
    }
    return out.toString();
  }
}
