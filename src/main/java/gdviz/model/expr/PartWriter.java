package gdviz.model.expr;

import static org.objectweb.asm.Opcodes.AALOAD;
import static org.objectweb.asm.Opcodes.ACC_PUBLIC;
import static org.objectweb.asm.Opcodes.ALOAD;
import static org.objectweb.asm.Opcodes.ASM9;
import static org.objectweb.asm.Opcodes.BIPUSH;
import static org.objectweb.asm.Opcodes.DADD;
import static org.objectweb.asm.Opcodes.DALOAD;
import static org.objectweb.asm.Opcodes.DASTORE;
import static org.objectweb.asm.Opcodes.DDIV;
import static org.objectweb.asm.Opcodes.DLOAD;
import static org.objectweb.asm.Opcodes.DMUL;
import static org.objectweb.asm.Opcodes.DNEG;
import static org.objectweb.asm.Opcodes.DRETURN;
import static org.objectweb.asm.Opcodes.DSTORE;
import static org.objectweb.asm.Opcodes.DSUB;
import static org.objectweb.asm.Opcodes.DUP2;
import static org.objectweb.asm.Opcodes.ICONST_0;
import static org.objectweb.asm.Opcodes.INVOKESTATIC;
import static org.objectweb.asm.Opcodes.RETURN;
import static org.objectweb.asm.Opcodes.SIPUSH;

import gdviz.model.expr.ExpressionDag.Node;
import java.util.ArrayList;
import java.util.List;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;

/**
 * One method of a compiled function: value ({@code double value(double[] x)}), gradient or
 * Hessian ({@code void …(double[] x, double[]/double[][] out)}). A node read more than once is kept
 * in a local variable after its first computation; the code has no branches.
 */
final class PartWriter {
  /** Distinct operations one method may hold (its code stays under {@link ExpressionCompiler#METHOD_BYTES}). */
  private static final int OPERATIONS = 4_000;
  private static final int FIRST_LOCAL = 3; // this, x, out

  private record Store(int row, int column, Expr tree) {}

  private final String name;
  private final String descriptor;
  private final List<Store> stores;
  private ExpressionDag dag;
  private int[] roots;
  private MethodVisitor mv;
  private int[] slot;
  private int nextSlot;
  private int bytes;

  private PartWriter(String name, String descriptor, List<Store> stores) {
    this.name = name;
    this.descriptor = descriptor;
    this.stores = stores;
  }

  static PartWriter value(Expr tree) {
    return new PartWriter("value", "([D)D", List.of(new Store(-1, -1, tree)));
  }

  static PartWriter gradient(Expr[] trees) {
    List<Store> stores = new ArrayList<>();
    for (int i = 0; i < trees.length; i++) {
      stores.add(new Store(-1, i, trees[i]));
    }
    return new PartWriter("gradient", "([D[D)V", stores);
  }

  static PartWriter hessian(Expr[][] trees) {
    List<Store> stores = new ArrayList<>();
    for (int i = 0; i < trees.length; i++) {
      for (int j = 0; j < trees[i].length; j++) {
        stores.add(new Store(i, j, trees[i][j]));
      }
    }
    return new PartWriter("hessian", "([D[[D)V", stores);
  }

  /** Writes the method into {@code cw} when it fits; whether it did. */
  boolean write(ClassWriter cw) {
    try {
      dag = new ExpressionDag(OPERATIONS);
      roots = new int[stores.size()];
      for (int k = 0; k < roots.length; k++) {
        roots[k] = dag.addRoot(stores.get(k).tree());
      }
    } catch (ExpressionDag.TooLarge e) {
      return false;
    }
    emit(new MethodVisitor(ASM9) {}); // a dry run, to count the bytes
    if (bytes > ExpressionCompiler.METHOD_BYTES) {
      return false;
    }
    MethodVisitor method = cw.visitMethod(ACC_PUBLIC, name, descriptor, null, null);
    method.visitCode();
    emit(method);
    method.visitMaxs(0, 0);
    method.visitEnd();
    return true;
  }

  private void emit(MethodVisitor visitor) {
    mv = visitor;
    slot = new int[dag.nodes().size()];
    nextSlot = FIRST_LOCAL;
    bytes = 0;
    boolean returnsValue = stores.size() == 1 && stores.get(0).column() < 0;
    for (int k = 0; k < roots.length; k++) {
      Store s = stores.get(k);
      if (!returnsValue) {
        insn(ALOAD, 2, 1);
        if (s.row() >= 0) {
          push(s.row());
          insn(AALOAD);
        }
        push(s.column());
      }
      node(roots[k]);
      insn(returnsValue ? DRETURN : DASTORE);
    }
    if (!returnsValue) {
      insn(RETURN);
    }
  }

  private void node(int n) {
    if (slot[n] > 0) {
      local(DLOAD, slot[n]);
      return;
    }
    Node node = dag.nodes().get(n);
    switch (node.op()) {
      case CONSTANT -> {
        mv.visitLdcInsn(Double.longBitsToDouble(node.bits()));
        bytes += 3;
        return; // a constant is loaded where it is used
      }
      case VARIABLE -> {
        insn(ALOAD, 1, 1);
        push(node.index());
        insn(DALOAD);
      }
      case NEG -> operands(node, DNEG);
      case ADD -> operands(node, DADD);
      case SUB -> operands(node, DSUB);
      case MUL -> operands(node, DMUL);
      case DIV -> operands(node, DDIV);
      case SQUARE -> {
        node(node.left());
        insn(DUP2);
        insn(DMUL);
      }
      case POW -> {
        node(node.left());
        node(node.right());
        math("pow", "(DD)D");
      }
      case CALL -> {
        node(node.left());
        Fn fn = Fn.values()[node.index()];
        math(fn == Fn.SIGN ? "signum" : fn.text(), "(D)D");
      }
    }
    if (dag.uses(n) >= 2) {
      insn(DUP2);
      slot[n] = nextSlot;
      nextSlot += 2;
      local(DSTORE, slot[n]);
    }
  }

  private void operands(Node node, int opcode) {
    node(node.left());
    if (node.right() >= 0) {
      node(node.right());
    }
    insn(opcode);
  }

  private void math(String method, String descriptor) {
    mv.visitMethodInsn(INVOKESTATIC, "java/lang/Math", method, descriptor, false);
    bytes += 3;
  }

  private void insn(int opcode) {
    mv.visitInsn(opcode);
    bytes += 1;
  }

  private void insn(int opcode, int operand, int size) {
    mv.visitVarInsn(opcode, operand);
    bytes += size;
  }

  private void local(int opcode, int index) {
    mv.visitVarInsn(opcode, index);
    bytes += index <= 3 ? 1 : index <= 255 ? 2 : 4;
  }

  private void push(int value) {
    if (value <= 5) {
      mv.visitInsn(ICONST_0 + value);
      bytes += 1;
    } else if (value <= Byte.MAX_VALUE) {
      mv.visitIntInsn(BIPUSH, value);
      bytes += 2;
    } else {
      mv.visitIntInsn(SIPUSH, value);
      bytes += 3;
    }
  }
}
