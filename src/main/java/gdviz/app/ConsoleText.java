package gdviz.app;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.util.Map;

/**
 * Text for a console that cannot show every character: gdviz writes η, λ₂, ∇, −, ² and ×, and a
 * console in the C or POSIX locale (containers, SSH sessions, CI) or with a Windows code page showed
 * each as "?". Characters the console's charset can encode pass through; the others are written in
 * readable ASCII: {@code ηλ₂ = 4.88} becomes {@code eta*lambda2 = 4.88}, {@code x ← x − η·∇f(x)}
 * becomes {@code x <- x - eta*grad f(x)}.
 */
final class ConsoleText extends Writer {
  /** Spellings of the letters and signs gdviz writes. */
  private static final Map<Character, String> ASCII = Map.ofEntries(
      Map.entry('α', "alpha"), Map.entry('β', "beta"), Map.entry('γ', "gamma"), Map.entry('δ', "delta"),
      Map.entry('ε', "eps"), Map.entry('η', "eta"), Map.entry('θ', "theta"), Map.entry('κ', "kappa"),
      Map.entry('λ', "lambda"), Map.entry('μ', "mu"), Map.entry('ξ', "xi"), Map.entry('π', "pi"),
      Map.entry('ρ', "rho"), Map.entry('σ', "sigma"), Map.entry('τ', "tau"), Map.entry('φ', "phi"),
      Map.entry('ω', "omega"), Map.entry('Σ', "sum"), Map.entry('∇', "grad "), Map.entry('√', "sqrt"),
      Map.entry('∂', "d"), Map.entry('−', "-"), Map.entry('–', "-"), Map.entry('—', "--"), Map.entry('×', "x"),
      Map.entry('·', "*"), Map.entry('…', "..."), Map.entry('≤', "<="), Map.entry('≥', ">="), Map.entry('≠', "!="),
      Map.entry('≈', "~"), Map.entry('←', "<-"), Map.entry('→', "->"), Map.entry('∞', "inf"), Map.entry('±', "+/-"),
      Map.entry('∈', "in"), Map.entry('⌊', "floor("), Map.entry('⌋', ")"), Map.entry('✗', "x"), Map.entry('▸', ">"),
      Map.entry('°', " deg"), Map.entry('‖', "||"), Map.entry('’', "'"), Map.entry('‘', "'"), Map.entry('“', "\""),
      Map.entry('”', "\""), Map.entry('ᵀ', "^T"), Map.entry('\u0302', "^"), Map.entry('ŷ', "y^"),
      Map.entry('ₖ', "_k"), Map.entry('ᵢ', "_i"), Map.entry('ⱼ', "_j"), Map.entry('ₙ', "_n"),
      Map.entry('ᵗ', "^t"), Map.entry('₋', "_prev"), Map.entry('Δ', "Delta"), Map.entry('½', "1/2"));
  private static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹";
  private static final String SUBSCRIPTS = "₀₁₂₃₄₅₆₇₈₉";

  private final Writer out;
  private final CharsetEncoder encoder;
  /** The last character written out, and whether it ended a spelled-out letter or sign. */
  private char last = ' ';
  private boolean lastSpelled;
  private boolean lastSuperscript;
  /** After an operator written as a word (√, Δ): a space before the letter it applies to. */
  private boolean lastOperator;

  ConsoleText(Writer out, Charset console) {
    this.out = out;
    this.encoder = console.newEncoder();
  }

  /** {@code text} as a console in {@code charset} shows it. */
  static String of(String text, Charset charset) {
    java.io.StringWriter s = new java.io.StringWriter();
    try (ConsoleText t = new ConsoleText(s, charset)) {
      t.write(text);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return s.toString();
  }

  @Override
  public void write(char[] text, int offset, int length) throws IOException {
    StringBuilder b = new StringBuilder(length + 16);
    for (int i = offset; i < offset + length; i++) {
      char c = text[i];
      if (c < 128 || (!Character.isSurrogate(c) && encoder.canEncode(c))) {
        if (lastOperator && Character.isLetterOrDigit(c)) {
          b.append(' '); // "√v̂" → "sqrt v^", "Δx" → "Delta x"
        } else if (lastSpelled && Character.isLetter(c) && c < 128) {
          b.append('*'); // "ηs" → "eta*s"
        }
        emit(b, String.valueOf(c), false, false);
      } else {
        spell(b, c);
      }
    }
    out.write(b.toString());
  }

  private void spell(StringBuilder b, char c) {
    int sup = SUPERSCRIPTS.indexOf(c);
    if (sup >= 0 || c == '⁻') {
      emit(b, (lastSuperscript ? "" : "^") + (c == '⁻' ? "-" : Integer.toString(sup)), false, true);
      return;
    }
    int sub = SUBSCRIPTS.indexOf(c);
    if (sub >= 0) {
      emit(b, Integer.toString(sub), false, false);
      return;
    }
    String word = ASCII.get(c);
    if (word == null) { // a Latin letter with an accent: the letter (Ribière → Ribiere), else "?"
      String base = java.text.Normalizer.normalize(String.valueOf(c), java.text.Normalizer.Form.NFD)
          .replaceAll("\\p{M}", "");
      emit(b, base.length() == 1 && base.charAt(0) < 128 ? base : "?", false, false);
      return;
    }
    boolean operator = c == '√' || c == 'Δ';
    boolean letter = Character.isLetter(word.charAt(0)) && Character.isLetter(c) && !operator;
    if ((letter || c == '∇' || operator) && (Character.isLetterOrDigit(last) || last == ')')) {
      b.append('*'); // "ηλ" → "eta*lambda", "2η" → "2*eta"
    }
    emit(b, word, letter, false);
    lastOperator = operator;
  }

  private void emit(StringBuilder b, String text, boolean spelled, boolean superscript) {
    lastOperator = false;
    b.append(text);
    last = text.charAt(text.length() - 1);
    lastSpelled = spelled;
    lastSuperscript = superscript;
  }

  @Override
  public void flush() throws IOException {
    out.flush();
  }

  @Override
  public void close() throws IOException {
    out.close();
  }
}
