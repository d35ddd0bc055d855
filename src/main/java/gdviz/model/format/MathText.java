package gdviz.model.format;

/**
 * A typed formula as a slide would print it: {@code x1^2+2*x2^2} as {@code x₁² + 2x₂²}. Names that
 * end in digits take them as subscripts, whole-number powers become superscripts, a product of a
 * number and a name drops its sign (2x₂), other products print "·", and + and − get spaces (a
 * leading or bracketed minus stays a sign: −x). Everything else is kept as typed, in its order.
 */
public final class MathText {
  private static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹";
  private static final String SUBSCRIPTS = "₀₁₂₃₄₅₆₇₈₉";

  private final String s;
  private final StringBuilder out = new StringBuilder();
  /** The last source character taken (0: none yet, '(' after an opening bracket; 'a' a name, '0' a number). */
  private char previous;
  private int i;

  private MathText(String source) {
    this.s = source.strip();
  }

  public static String typeset(String source) {
    return new MathText(source).typeset();
  }

  private String typeset() {
    boolean space = false; // spaces were typed here: kept between words (", rotated by 45°")
    while (i < s.length()) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c)) {
        space = true;
        i++;
        continue;
      }
      // a typed space stays, except beside what is spaced here (+, −, =) or binds (*, ^, brackets):
      // "Σ(θ₀ + θ₁·x − y)² over 20 points", "every |∂J/∂θ| ≤ 1e-5" keep their words apart
      if (space && previous != 0 && "+*^(".indexOf(previous) < 0 && "+-*^=),".indexOf(c) < 0) {
        out.append(' ');
      }
      space = false;
      if (Character.isLetter(c) || c == '_') {
        name();
      } else if (c == '^') {
        power();
      } else if (c == '*') {
        times();
      } else if (c == '-' && hyphen(s, i)) {
        out.append('-'); // a hyphenated word, as in a file's name: exam-passed.csv
        previous = 'a';
        i++;
      } else if (c == '+' || c == '-') {
        boolean sign = previous == 0 || previous == '(' || previous == '*' || previous == '^' || previous == '/'
            || previous == '+' || previous == ',';
        out.append(sign ? (c == '-' ? "−" : "+") : (c == '-' ? " − " : " + "));
        previous = '+';
        i++;
      } else if (Character.isDigit(c) || c == '.') {
        number();
      } else {
        out.append(c == ',' ? "," : c == '=' ? " = " : String.valueOf(c));
        previous = c == ')' ? 'a' : c == '=' ? 0 : c;
        i++;
      }
    }
    return out.toString();
  }

  /** A name, its trailing digits as subscripts: x12 → x₁₂. */
  private void name() {
    int end = i;
    while (end < s.length() && (Character.isLetter(s.charAt(end)) || s.charAt(end) == '_')) {
      end++;
    }
    int digits = end;
    while (digits < s.length() && Character.isDigit(s.charAt(digits))) {
      digits++;
    }
    out.append(s, i, end);
    for (int k = end; k < digits; k++) {
      out.append(SUBSCRIPTS.charAt(s.charAt(k) - '0'));
    }
    previous = 'a';
    i = digits;
  }

  /** ^ and a whole-number power as superscripts (x^-2 → x⁻²); any other ^ as typed. */
  private void power() {
    int end = power(s, i + 1);
    if (end <= 0) {
      out.append('^');
      previous = '^';
      i++;
      return;
    }
    for (int k = i + 1; k < end; k++) {
      char d = s.charAt(k);
      if (d == '-') {
        out.append('⁻');
      } else if (Character.isDigit(d)) {
        out.append(SUPERSCRIPTS.charAt(d - '0'));
      }
    }
    previous = 'a';
    i = end;
  }

  /** A product: "·", or nothing between a number and a name or bracket (2x₂, 2(…)). */
  private void times() {
    char next = i + 1 < s.length() ? s.charAt(i + 1) : 0;
    boolean numberThenName = previous == '0' && (Character.isLetter(next) || next == '(');
    if (!numberThenName) {
      out.append('·');
    }
    previous = '*';
    i++;
  }

  /** A number as typed, its exponent too (1e-5). */
  private void number() {
    int end = i;
    while (end < s.length() && (Character.isDigit(s.charAt(end)) || s.charAt(end) == '.'
        || (Character.toLowerCase(s.charAt(end)) == 'e' && end + 1 < s.length()
            && (Character.isDigit(s.charAt(end + 1)) || s.charAt(end + 1) == '-')))) {
      end += Character.toLowerCase(s.charAt(end)) == 'e' && s.charAt(end + 1) == '-' ? 2 : 1;
    }
    out.append(s, i, end);
    previous = '0';
    i = end;
  }

  /** Whether the '-' at {@code i} joins two words (two letters or more before it, a letter after it). */
  private static boolean hyphen(String s, int i) {
    return i >= 2 && i + 1 < s.length() && Character.isLetter(s.charAt(i - 1)) && Character.isLetter(s.charAt(i - 2))
        && Character.isLetter(s.charAt(i + 1));
  }

  /**
   * Where a whole-number power that starts at {@code from} ends: {@code 2}, {@code -1} or
   * {@code (-1)} (the index past it), or −1 when the power is not a whole number.
   */
  private static int power(String s, int from) {
    boolean bracket = from < s.length() && s.charAt(from) == '(';
    int i = bracket ? from + 1 : from;
    if (i < s.length() && s.charAt(i) == '-') {
      i++;
    }
    int digits = i;
    while (i < s.length() && Character.isDigit(s.charAt(i))) {
      i++;
    }
    if (i == digits || (i < s.length() && s.charAt(i) == '.')) {
      return -1;
    }
    if (bracket) {
      return i < s.length() && s.charAt(i) == ')' ? i + 1 : -1;
    }
    return i;
  }
}
