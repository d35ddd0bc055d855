package gdviz.model.expr;

import gdviz.model.expr.Expr.Num;
import gdviz.model.expr.Expr.Sym;
import gdviz.model.expr.Expr.Var;
import gdviz.model.expr.Lexer.Kind;
import gdviz.model.expr.Lexer.Token;
import gdviz.model.format.Quote;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads typed functions: numbers ({@code 1e-3}), {@code + - * / ^}, unary minus, parentheses,
 * the functions of {@link Fn}, the constants {@code pi} and {@code e}, and named constants a
 * preset defines. Variables are {@code x} alone, or {@code x} and {@code y}, or {@code x1, x2, …}.
 *
 * <p>Recursive descent with explicit limits on length and nesting, so hostile input ends in an
 * {@link ExpressionException} naming the column, never a stack overflow.
 */
public final class ExpressionParser {
  /** Longest expression accepted, in characters. */
  public static final int MAX_LENGTH = 5_000;
  /**
   * Deepest nesting of parentheses, signs and powers accepted: far beyond what anyone types, and low
   * enough that the exact second derivatives (whose size grows fast with nesting) take milliseconds.
   */
  public static final int MAX_DEPTH = 32;

  private static final Pattern NUMBERED_VARIABLE = Pattern.compile("x([1-9][0-9]{0,2})");

  private final Map<String, Double> constants;

  /** A parser that knows {@code pi}, {@code e} and the given named constants. */
  public ExpressionParser(Map<String, Double> constants) {
    this.constants = new LinkedHashMap<>(constants);
  }

  public ExpressionParser() {
    this(Map.of());
  }

  /** Parses {@code text} into a function of at least {@code minDimension} variables. */
  public Expression parse(String text, int minDimension) {
    if (text == null || text.isBlank()) {
      throw new ExpressionException("the function is empty", 0);
    }
    if (text.length() > MAX_LENGTH) {
      throw new ExpressionException(
          "the function is too long (" + text.length() + " characters, at most " + MAX_LENGTH + ")", 0);
    }
    List<Token> tokens = new Lexer(text).tokens();
    Naming naming = Naming.of(tokens, constants, Math.max(1, minDimension));
    Expr tree = new Reader(tokens, naming, constants).readAll();
    return new Expression(text.strip(), tree, naming.names());
  }

  public Expression parse(String text) {
    return parse(text, 1);
  }

  /** Decides which names are variables and how they are numbered. */
  private record Naming(Map<String, Integer> indexOf, List<String> names) {
    static Naming of(List<Token> tokens, Map<String, Double> constants, int minDimension) {
      boolean plain = false;
      boolean numbered = false;
      int maxIndex = 0;
      boolean hasY = false;
      for (int k = 0; k < tokens.size(); k++) {
        Token t = tokens.get(k);
        if (t.kind() != Kind.NAME || constants.containsKey(t.text())) {
          continue;
        }
        Matcher m = NUMBERED_VARIABLE.matcher(t.text());
        boolean isPlain = t.text().equals("x") || t.text().equals("y");
        if (m.matches()) {
          if (plain) {
            throw mixed(t);
          }
          numbered = true;
          maxIndex = Math.max(maxIndex, Integer.parseInt(m.group(1)));
        } else if (isPlain) {
          if (numbered) {
            throw mixed(t);
          }
          plain = true;
          hasY |= t.text().equals("y");
        }
      }
      Map<String, Integer> indexOf = new LinkedHashMap<>();
      List<String> names = new ArrayList<>();
      int dimension = Math.max(minDimension, numbered ? maxIndex : hasY ? 2 : 1);
      if (plain && dimension <= 2) {
        indexOf.put("x", 0);
        names.add("x");
        if (dimension == 2) {
          indexOf.put("y", 1);
          names.add("y");
        }
      } else if (plain) {
        throw new ExpressionException(
            "this function needs " + dimension + " variables: write them x1, x2, …, x" + dimension, 0);
      } else if (dimension == 1) {
        indexOf.put("x", 0);
        indexOf.put("x1", 0);
        names.add(numbered ? "x1" : "x");
      } else {
        for (int k = 1; k <= dimension; k++) {
          indexOf.put("x" + k, k - 1);
          names.add("x" + k);
        }
      }
      return new Naming(indexOf, List.copyOf(names));
    }

    private static ExpressionException mixed(Token t) {
      return new ExpressionException(
          Quote.of(t.text()) + " mixes variable styles: use x and y, or x1, x2, … but not both", t.column());
    }
  }

  /** Recursive descent over the tokens. */
  private static final class Reader {
    private final List<Token> tokens;
    private final Naming naming;
    private final Map<String, Double> constants;
    private int pos;
    private int depth;

    Reader(List<Token> tokens, Naming naming, Map<String, Double> constants) {
      this.tokens = tokens;
      this.naming = naming;
      this.constants = constants;
    }

    Expr readAll() {
      Expr e = sum();
      Token t = peek();
      if (t.kind() == Kind.RPAREN) {
        throw new ExpressionException("unmatched ')'", t.column());
      }
      if (t.kind() != Kind.END) {
        throw unexpected(t);
      }
      return e;
    }

    private Expr sum() {
      Expr left = product();
      while (isOp("+") || isOp("-")) {
        String op = next().text();
        Expr right = product();
        left = op.equals("+") ? new Expr.Add(left, right) : new Expr.Sub(left, right);
      }
      return left;
    }

    private Expr product() {
      Expr left = unary();
      while (true) {
        if (isOp("*") || isOp("/")) {
          String op = next().text();
          Expr right = unary();
          left = op.equals("*") ? new Expr.Mul(left, right) : new Expr.Div(left, right);
        } else if (startsOperand(peek())) {
          Token t = peek();
          throw new ExpressionException(
              "missing operator before '" + t.text() + "' (write * to multiply)", t.column());
        } else {
          return left;
        }
      }
    }

    private Expr unary() {
      if (isOp("-") || isOp("+")) {
        Token sign = next();
        enter(sign);
        Expr operand = unary();
        depth--;
        return sign.text().equals("-") ? new Expr.Neg(operand) : operand;
      }
      return power();
    }

    private Expr power() {
      Expr base = primary();
      if (isOp("^")) {
        Token caret = next();
        enter(caret);
        Expr exponent = unary();
        depth--;
        return new Expr.Pow(base, exponent);
      }
      return base;
    }

    private Expr primary() {
      Token t = next();
      switch (t.kind()) {
        case NUMBER:
          return new Num(parseNumber(t));
        case LPAREN: {
          enter(t);
          Expr inner = sum();
          depth--;
          expectClosing(t);
          return inner;
        }
        case NAME:
          return name(t);
        case END:
          throw new ExpressionException(
              pos >= 2 ? "the function ends too early: expected a number, a name or '('"
                  : "the function is empty", t.column());
        default:
          throw unexpected(t);
      }
    }

    private Expr name(Token t) {
      String name = t.text();
      Optional<Fn> fn = Fn.byName(name);
      if (peek().kind() == Kind.LPAREN) {
        if (fn.isEmpty()) {
          throw new ExpressionException("unknown function " + Quote.of(name), t.column());
        }
        Token open = next();
        enter(open);
        if (peek().kind() == Kind.RPAREN) {
          throw new ExpressionException(Quote.of(name) + " needs an argument, e.g. " + Quote.shortened(name) + "(x)", peek().column());
        }
        Expr arg = sum();
        depth--;
        expectClosing(open);
        return new Expr.Call(fn.get(), arg);
      }
      if (fn.isPresent()) {
        throw new ExpressionException(Quote.of(name) + " needs its argument in parentheses, e.g. " + Quote.shortened(name) + "(x)",
            t.column());
      }
      if (constants.containsKey(name)) {
        return new Sym(name, constants.get(name));
      }
      Integer index = naming.indexOf().get(name);
      if (index != null) {
        return new Var(index, naming.names().get(index));
      }
      if (name.equals("pi")) {
        return new Sym("pi", Math.PI);
      }
      if (name.equals("e")) {
        return new Sym("e", Math.E);
      }
      throw new ExpressionException("unknown name " + Quote.of(name), t.column());
    }

    private void expectClosing(Token open) {
      Token t = peek();
      if (t.kind() == Kind.RPAREN) {
        next();
        return;
      }
      if (t.kind() == Kind.END) {
        throw new ExpressionException("the '(' of column " + open.column() + " is never closed: missing ')'", t.column());
      }
      throw unexpected(t);
    }

    private double parseNumber(Token t) {
      try {
        return Double.parseDouble(t.text());
      } catch (NumberFormatException ex) {
        throw new ExpressionException("malformed number " + Quote.of(t.text()), t.column());
      }
    }

    private void enter(Token at) {
      if (++depth > MAX_DEPTH) {
        throw new ExpressionException("the function is nested too deeply (more than " + MAX_DEPTH + " levels)",
            at.column());
      }
    }

    private ExpressionException unexpected(Token t) {
      return switch (t.kind()) {
        case RPAREN -> new ExpressionException("unexpected ')'", t.column());
        case OP -> new ExpressionException(Quote.of(t.text()) + " has nothing on its left", t.column());
        case END -> new ExpressionException("the function ends too early", t.column());
        default -> new ExpressionException("unexpected " + Quote.of(t.text()), t.column());
      };
    }

    private static boolean startsOperand(Token t) {
      return t.kind() == Kind.NUMBER || t.kind() == Kind.NAME || t.kind() == Kind.LPAREN;
    }

    private boolean isOp(String op) {
      Token t = peek();
      return t.kind() == Kind.OP && t.text().equals(op);
    }

    private Token peek() {
      return tokens.get(pos);
    }

    private Token next() {
      return tokens.get(pos++);
    }
  }
}
