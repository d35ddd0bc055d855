package gdviz.model.expr;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Expression trees merged into one graph of distinct operations: a subexpression that occurs twice
 * (in one tree, or in the gradient's entries) is one node, computed once by the compiled code.
 * Nodes are numbered so that every operand comes before its user.
 */
final class ExpressionDag {
  enum Op { CONSTANT, VARIABLE, NEG, ADD, SUB, MUL, DIV, SQUARE, POW, CALL }

  /** One distinct operation: its operands are node numbers; {@code bits} a constant's value, {@code index} a variable's or a function's. */
  record Node(Op op, long bits, int index, int left, int right) {}

  /** More distinct operations, or deeper nesting, than compiled code may hold. */
  static final class TooLarge extends RuntimeException {
    TooLarge() {
      super("too many operations", null, false, false);
    }
  }

  /** Nesting allowed: the compiled code, like building it, recurses once per level. */
  private static final int DEPTH = 400;

  private final List<Node> nodes = new ArrayList<>();
  private final Map<Node, Integer> numbers = new HashMap<>();
  private final Map<Expr, Integer> seen = new IdentityHashMap<>();
  private final int limit;
  private int depth;
  private int[] uses = new int[16];

  ExpressionDag(int limit) {
    this.limit = limit;
  }

  List<Node> nodes() {
    return nodes;
  }

  /** How often node {@code n} is read by other nodes and by the roots added. */
  int uses(int n) {
    return uses[n];
  }

  /** Adds a tree whose value the code returns or stores; its node number. */
  int addRoot(Expr e) {
    int n = add(e);
    uses[n]++;
    return n;
  }

  private int add(Expr e) {
    Integer known = seen.get(e);
    if (known != null) {
      return known;
    }
    if (++depth > DEPTH) {
      throw new TooLarge();
    }
    Node node = node(e);
    depth--;
    Integer same = numbers.get(node);
    int n = same != null ? same : append(node);
    seen.put(e, n);
    return n;
  }

  private Node node(Expr e) {
    if (e instanceof Expr.Num n) {
      return new Node(Op.CONSTANT, Double.doubleToRawLongBits(n.value()), 0, -1, -1);
    } else if (e instanceof Expr.Sym s) {
      return new Node(Op.CONSTANT, Double.doubleToRawLongBits(s.value()), 0, -1, -1);
    } else if (e instanceof Expr.Var v) {
      return new Node(Op.VARIABLE, 0, v.index(), -1, -1);
    } else if (e instanceof Expr.Neg n) {
      return new Node(Op.NEG, 0, 0, add(n.arg()), -1);
    } else if (e instanceof Expr.Add a) {
      return new Node(Op.ADD, 0, 0, add(a.left()), add(a.right()));
    } else if (e instanceof Expr.Sub d) {
      return new Node(Op.SUB, 0, 0, add(d.left()), add(d.right()));
    } else if (e instanceof Expr.Mul m) {
      return new Node(Op.MUL, 0, 0, add(m.left()), add(m.right()));
    } else if (e instanceof Expr.Div d) {
      return new Node(Op.DIV, 0, 0, add(d.left()), add(d.right()));
    } else if (e instanceof Expr.Pow p) {
      // as Expr.Pow.eval does it: b² is b·b, anything else Math.pow
      return p.exponent() instanceof Expr.Num two && two.value() == 2
          ? new Node(Op.SQUARE, 0, 0, add(p.base()), -1)
          : new Node(Op.POW, 0, 0, add(p.base()), add(p.exponent()));
    }
    Expr.Call c = (Expr.Call) e;
    return new Node(Op.CALL, 0, c.fn().ordinal(), add(c.arg()), -1);
  }

  private int append(Node node) {
    if (nodes.size() >= limit) {
      throw new TooLarge();
    }
    int n = nodes.size();
    nodes.add(node);
    numbers.put(node, n);
    if (n >= uses.length) {
      uses = java.util.Arrays.copyOf(uses, uses.length * 2);
    }
    if (node.left() >= 0) {
      uses[node.left()]++;
    }
    if (node.right() >= 0) {
      uses[node.right()]++;
    }
    return n;
  }
}
