package gdviz.model.expr;

import static org.objectweb.asm.Opcodes.ACC_FINAL;
import static org.objectweb.asm.Opcodes.ACC_PUBLIC;
import static org.objectweb.asm.Opcodes.ALOAD;
import static org.objectweb.asm.Opcodes.INVOKESPECIAL;
import static org.objectweb.asm.Opcodes.RETURN;
import static org.objectweb.asm.Opcodes.V17;

import gdviz.model.expr.ExpressionCode.Part;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.EnumSet;
import java.util.Set;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Type;

/**
 * Compiles a typed function's value, gradient and Hessian to JVM bytecode: one small class per
 * function, its methods straight-line code over the merged trees ({@link ExpressionDag}), each
 * shared subexpression computed once. The operations are those of {@link Expr#eval} in the same
 * order on each value, so the doubles are the interpreter's, bit for bit (Java's double arithmetic
 * is strict). A part whose code would pass the JIT's size limit for compiling a method (8,000
 * bytes) is left to the interpreter, as is everything when the class cannot be made.
 */
public final class ExpressionCompiler {
  /** Bytes of bytecode a method may have and still be compiled by HotSpot's JIT. */
  static final int METHOD_BYTES = 7_900;
  private static final String BASE = Type.getInternalName(ExpressionCode.class);
  private static final String EXPR = Type.getDescriptor(Expr.class);
  private static final String CONSTRUCTOR =
      "(" + EXPR + "[" + EXPR + "[[" + EXPR + Type.getDescriptor(Set.class) + ")V";

  private ExpressionCompiler() {}

  /** The function's code, compiled where it fits; the interpreter where it does not. */
  public static ExpressionCode compile(ExpressionCode trees) {
    try {
      return define(trees);
    } catch (VirtualMachineError e) {
      throw e;
    } catch (Throwable e) { // a class the JVM refused (a bug here): the interpreter still gives every value
      return trees;
    }
  }

  private static ExpressionCode define(ExpressionCode trees) throws Throwable {
    ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_MAXS);
    cw.visit(V17, ACC_PUBLIC | ACC_FINAL, BASE + "$Compiled", null, BASE, null);
    constructor(cw);
    Set<Part> compiled = EnumSet.noneOf(Part.class);
    if (PartWriter.value(trees.valueTree()).write(cw)) {
      compiled.add(Part.VALUE);
    }
    if (PartWriter.gradient(trees.gradientTrees()).write(cw)) {
      compiled.add(Part.GRADIENT);
    }
    if (PartWriter.hessian(trees.hessianTrees()).write(cw)) {
      compiled.add(Part.HESSIAN);
    }
    cw.visitEnd();
    if (compiled.isEmpty()) {
      return trees;
    }
    MethodHandles.Lookup lookup = MethodHandles.lookup().defineHiddenClass(cw.toByteArray(), true);
    Object code = lookup.findConstructor(lookup.lookupClass(),
            MethodType.fromMethodDescriptorString(CONSTRUCTOR, ExpressionCompiler.class.getClassLoader()))
        .invoke(trees.valueTree(), trees.gradientTrees(), trees.hessianTrees(), Set.copyOf(compiled));
    return (ExpressionCode) code;
  }

  private static void constructor(ClassWriter cw) {
    MethodVisitor mv = cw.visitMethod(ACC_PUBLIC, "<init>", CONSTRUCTOR, null, null);
    mv.visitCode();
    for (int slot = 0; slot <= 4; slot++) {
      mv.visitVarInsn(ALOAD, slot);
    }
    mv.visitMethodInsn(INVOKESPECIAL, BASE, "<init>", CONSTRUCTOR, false);
    mv.visitInsn(RETURN);
    mv.visitMaxs(0, 0);
    mv.visitEnd();
  }
}
