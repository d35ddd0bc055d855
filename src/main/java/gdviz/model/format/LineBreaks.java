package gdviz.model.format;

/**
 * Where a formula written out by hand may break across lines: after "=", "←", ",", ";" and ":",
 * never inside a term. A space beside an operator (− + · / × ÷ ← =) is made non-breaking, so
 * "6.854 / 64e-5" stays on one line and no line starts with a lone "−"; a space after "=", "←"
 * or a comma stays a place to break.
 */
public final class LineBreaks {
  /** The space that joins what must stay on one line. */
  public static final char JOIN = '\u00A0';
  private static final String OPERATORS = "−-+·/×÷*←=≤≥<>";
  private static final String BREAK_AFTER = "=←,;:";

  private LineBreaks() {}

  /** The text with every space that must not break made non-breaking. */
  public static String keepTermsTogether(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c != ' ') {
        out.append(c);
        continue;
      }
      char before = i > 0 ? text.charAt(i - 1) : '\n';
      char after = i + 1 < text.length() ? text.charAt(i + 1) : '\n';
      boolean beside = OPERATORS.indexOf(before) >= 0 || OPERATORS.indexOf(after) >= 0;
      boolean breakHere = BREAK_AFTER.indexOf(before) >= 0;
      out.append(beside && !breakHere ? JOIN : ' ');
    }
    return out.toString();
  }

  /** The longest run that cannot break (to size a panel so that nothing in it is cut). */
  public static String longestRun(String text) {
    String longest = "";
    for (String line : text.split("\n")) {
      for (String run : line.split(" ")) {
        if (run.length() > longest.length()) {
          longest = run;
        }
      }
    }
    return longest;
  }
}
