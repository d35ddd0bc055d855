package gdviz.model.expr;

import gdviz.model.format.Quote;
import java.util.ArrayList;
import java.util.List;

/** Splits a typed function into tokens, each with its 1-based column. */
final class Lexer {
  enum Kind { NUMBER, NAME, OP, LPAREN, RPAREN, END }

  record Token(Kind kind, String text, int column) {}

  private final String s;
  private int i;

  Lexer(String s) {
    this.s = s;
  }

  List<Token> tokens() {
    List<Token> out = new ArrayList<>();
    while (i < s.length()) {
      char c = s.charAt(i);
      int column = i + 1;
      if (Character.isWhitespace(c)) {
        i++;
      } else if (Character.isDigit(c) || (c == '.' && i + 1 < s.length() && Character.isDigit(s.charAt(i + 1)))) {
        out.add(new Token(Kind.NUMBER, number(), column));
      } else if (Character.isLetter(c) || c == '_') {
        int start = i;
        while (i < s.length() && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '_')) {
          i++;
        }
        out.add(new Token(Kind.NAME, s.substring(start, i), column));
      } else if ("+-*/^".indexOf(c) >= 0) {
        i++;
        out.add(new Token(Kind.OP, String.valueOf(c), column));
      } else if (c == '(') {
        i++;
        out.add(new Token(Kind.LPAREN, "(", column));
      } else if (c == ')') {
        i++;
        out.add(new Token(Kind.RPAREN, ")", column));
      } else {
        String shown = Character.isISOControl(c) ? String.format("\\u%04x", (int) c) : String.valueOf(c);
        String hint = c == ',' ? " (write decimals with '.')" : "";
        throw new ExpressionException("unexpected character '" + shown + "'" + hint, column);
      }
    }
    out.add(new Token(Kind.END, "", s.length() + 1));
    return out;
  }

  private String number() {
    int start = i;
    while (i < s.length() && (Character.isDigit(s.charAt(i)) || s.charAt(i) == '.')) {
      i++;
    }
    if (i < s.length() && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
      int j = i + 1;
      if (j < s.length() && (s.charAt(j) == '+' || s.charAt(j) == '-')) {
        j++;
      }
      if (j < s.length() && Character.isDigit(s.charAt(j))) {
        i = j;
        while (i < s.length() && Character.isDigit(s.charAt(i))) {
          i++;
        }
      }
    }
    String text = s.substring(start, i);
    if (text.indexOf('.') != text.lastIndexOf('.')) {
      throw new ExpressionException("malformed number " + Quote.of(text), start + 1);
    }
    return text;
  }
}
