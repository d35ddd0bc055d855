package gdviz.model.objective;

import gdviz.model.format.Numbers;
import java.util.List;

/** f(x, y) = (a − x)² + b·(y − x²)², the banana valley; minimum 0 at (a, a²). */
public final class Rosenbrock implements Objective {
  private final double a;
  private final double b;

  public Rosenbrock(double a, double b) {
    this.a = a;
    this.b = b;
  }

  @Override
  public int dimension() {
    return 2;
  }

  @Override
  public double value(double[] p) {
    double dx = a - p[0];
    double valley = p[1] - p[0] * p[0];
    return dx * dx + b * valley * valley;
  }

  @Override
  public void gradient(double[] p, double[] out) {
    double valley = p[1] - p[0] * p[0];
    out[0] = -2 * (a - p[0]) - 4 * b * p[0] * valley;
    out[1] = 2 * b * valley;
  }

  @Override
  public void hessian(double[] p, double[][] out) {
    out[0][0] = 2 - 4 * b * (p[1] - 3 * p[0] * p[0]);
    out[0][1] = -4 * b * p[0];
    out[1][0] = out[0][1];
    out[1][1] = 2 * b;
  }

  @Override
  public double[] minimizer() {
    return new double[] {a, a * a};
  }

  @Override
  public String description() {
    return "f(x1, x2) = (" + Numbers.format(a) + " - x1)^2 + " + Numbers.format(b) + "*(x2 - x1^2)^2";
  }

  @Override
  public List<String> derivativeText() {
    return List.of(
        "∂f/∂x1 = -2*(" + Numbers.format(a) + " - x1) - " + Numbers.format(4 * b) + "*x1*(x2 - x1^2)",
        "∂f/∂x2 = " + Numbers.format(2 * b) + "*(x2 - x1^2)");
  }
}
