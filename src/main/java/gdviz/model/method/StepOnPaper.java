package gdviz.model.method;

import static gdviz.model.format.HandWriting.operand;
import static gdviz.model.format.HandWriting.product;
import static gdviz.model.format.HandWriting.sub;
import static gdviz.model.format.HandWriting.vector;

import gdviz.model.objective.Objective;

/**
 * One step of a run with its numbers, to be written out as a student would on paper: the
 * iterate before (x_{k−1}) and after (x_k), the gradient before, the step size the run used. The
 * numbers are the run's own; each method writes its rule with them ({@link Method#explain}).
 *
 * @param descended the function the run descends (−f when maximizing)
 */
public record StepOnPaper(int k, double[] before, double[] after, double[] gradient, double eta, boolean maximize,
    Objective descended, KnobValues knobs) {

  /** How a method writes its own step out. */
  @FunctionalInterface
  public interface Writer {
    String write(StepOnPaper step);
  }

  public int dimension() {
    return before.length;
  }

  /** x₃: the iterate before. */
  public String previous() {
    return "x" + sub(k - 1);
  }

  /** x₄: the iterate after. */
  public String next() {
    return "x" + sub(k);
  }

  /** f′(x₃) in one variable, ∇f(x₃) in several. */
  public String gradientName() {
    return dimension() == 1 ? "f′(" + previous() + ")" : "∇f(" + previous() + ")";
  }

  /** " − " when descending, " + " when climbing to a maximum. */
  public String sign() {
    return maximize ? " + " : " − ";
  }

  /** x₄ = x₃ − η·∇f(x₃) = … = …, with the step size called {@code etaName}: plain gradient descent's step. */
  public String downhill(String etaName) {
    return next() + " = " + previous() + sign() + etaName + "·" + gradientName() + "\n"
        + "   = " + vector(before) + sign() + product(eta, operand(gradient)) + "\n"
        + "   = " + vector(after);
  }

  /** The Hessian of the descended function at the iterate before. */
  public double[][] hessian() {
    double[][] h = new double[dimension()][dimension()];
    descended.hessian(before, h);
    return h;
  }

  /** (x_{k−1} − x_k)/η: what the step multiplied η by. */
  public double[] perEta() {
    double[] d = new double[dimension()];
    for (int i = 0; i < d.length; i++) {
      d[i] = (before[i] - after[i]) / eta;
    }
    return d;
  }

  /** x_k − x_{k−1}: where the step went. */
  public double[] step() {
    double[] d = new double[dimension()];
    for (int i = 0; i < d.length; i++) {
      d[i] = after[i] - before[i];
    }
    return d;
  }
}
