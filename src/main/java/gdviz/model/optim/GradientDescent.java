package gdviz.model.optim;

import gdviz.model.method.Method;
import gdviz.model.method.StepSized;
import gdviz.model.objective.Objective;

/** x ← x − η·∇f(x). */
public final class GradientDescent extends StepSized {
  public static final Method METHOD = Method.named("gd", "gradient descent: x ← x − η·∇f(x)")
      .onPaper(s -> s.downhill("η"))
      .rule("gradient descent: x ← x − η·∇f(x)")
      .sameAs("torch.optim.SGD(lr=η)")
      .creates((f, eta, k, seed) -> new GradientDescent(eta));


  public GradientDescent(double eta) {
    this.eta = eta;
  }

  @Override
  public double step(Objective f, double[] x, double[] g) {
    for (int i = 0; i < x.length; i++) {
      x[i] -= eta * g[i];
    }
    return eta;
  }

}
