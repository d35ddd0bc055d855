package gdviz.model.format;

/**
 * What a user typed or a file held, inside a message: quoted and cut to its first few dozen
 * characters. A 50-million-character CSV field laid out whole in an error dialog kept the window's
 * thread busy for a minute and took 3.4 GB; a message names the problem and where, it need not
 * repeat the input.
 */
public final class Quote {
  /** The most characters of any input a message repeats. */
  public static final int CHARACTERS = 40;

  private Quote() {}

  /** {@code 'text'}, or its first {@link #CHARACTERS} characters and "…" with the length. */
  public static String of(String text) {
    return "'" + shortened(text) + "'";
  }

  /** The text, or its first {@link #CHARACTERS} characters and "… (N characters)". */
  public static String shortened(String text) {
    if (text == null) {
      return "";
    }
    if (text.length() <= CHARACTERS) {
      return text;
    }
    int cut = Character.isHighSurrogate(text.charAt(CHARACTERS - 1)) ? CHARACTERS - 1 : CHARACTERS;
    return text.substring(0, cut) + String.format(java.util.Locale.ROOT, "… (%,d characters)", text.length());
  }
}
