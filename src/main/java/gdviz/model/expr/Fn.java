package gdviz.model.expr;

import static gdviz.model.expr.Exprs.add;
import static gdviz.model.expr.Exprs.call;
import static gdviz.model.expr.Exprs.div;
import static gdviz.model.expr.Exprs.mul;
import static gdviz.model.expr.Exprs.neg;
import static gdviz.model.expr.Exprs.num;
import static gdviz.model.expr.Exprs.pow;
import static gdviz.model.expr.Exprs.sub;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.DoubleUnaryOperator;

/** The functions a typed expression may call, each with its derivative rule. */
public enum Fn {
  SIN(Math::sin),
  COS(Math::cos),
  TAN(Math::tan),
  ASIN(Math::asin),
  ACOS(Math::acos),
  ATAN(Math::atan),
  EXP(Math::exp),
  LOG(Math::log),
  SQRT(Math::sqrt),
  ABS(Math::abs),
  SINH(Math::sinh),
  COSH(Math::cosh),
  TANH(Math::tanh),
  /** The derivative of abs; also usable in typed functions. */
  SIGN(Math::signum);

  private final DoubleUnaryOperator op;

  Fn(DoubleUnaryOperator op) {
    this.op = op;
  }

  public double apply(double v) {
    return op.applyAsDouble(v);
  }

  /** The name as typed, e.g. {@code sin}. */
  public String text() {
    return name().toLowerCase();
  }

  public static Optional<Fn> byName(String name) {
    return Arrays.stream(values()).filter(f -> f.text().equals(name)).findFirst();
  }

  /** d fn(u) / du, as an expression in u. */
  Expr derivative(Expr u) {
    return switch (this) {
      case SIN -> call(COS, u);
      case COS -> neg(call(SIN, u));
      case TAN -> div(num(1), pow(call(COS, u), num(2)));
      case ASIN -> div(num(1), call(SQRT, sub(num(1), pow(u, num(2)))));
      case ACOS -> neg(div(num(1), call(SQRT, sub(num(1), pow(u, num(2))))));
      case ATAN -> div(num(1), add(num(1), pow(u, num(2))));
      case EXP -> call(EXP, u);
      case LOG -> div(num(1), u);
      case SQRT -> div(num(1), mul(num(2), call(SQRT, u)));
      case ABS -> call(SIGN, u);
      case SINH -> call(COSH, u);
      case COSH -> call(SINH, u);
      case TANH -> sub(num(1), pow(call(TANH, u), num(2)));
      case SIGN -> num(0);
    };
  }
}
