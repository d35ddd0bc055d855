package gdviz.model.optim;

import gdviz.model.method.StepOnPaper;
import gdviz.model.format.HandWriting;
import gdviz.model.method.Knob;
import gdviz.model.method.Method;
import gdviz.model.method.StepSized;
import gdviz.model.objective.Objective;
import java.util.Random;

/** Stochastic gradient descent as a model: x ← x − η·(∇f(x) + σ·ξ), ξ ~ N(0, I), seeded. */
public final class NoisyGradientDescent extends StepSized {
  public static final Knob NOISE = Knob.real("noise", "σ", 1.0, 0, Double.POSITIVE_INFINITY,
      "standard deviation of the Gaussian noise added to each gradient component").slider(Knob.Scale.LINEAR, 0, 5);
  public static final Method METHOD = Method.named("sgd", "gradient + seeded Gaussian noise of σ (a model of SGD)")
      .rule("noisy gradient descent: x ← x − η·(∇f(x) + σ·ξ), ξ ~ N(0, I) drawn from the seed")
      .sameAs("— (a model of SGD's noise for a function that has no samples)")
      .random()
      .knobs(NOISE)
      .onPaper(NoisyGradientDescent::onPaper)
      .creates((f, eta, k, seed) -> new NoisyGradientDescent(eta, k.real(NOISE), seed));

  private final double sigma;
  private final Random random;

  public NoisyGradientDescent(double eta, double sigma, long seed) {
    this.eta = eta;
    this.sigma = sigma;
    this.random = new Random(seed);
  }

  @Override
  public double step(Objective f, double[] x, double[] g) {
    for (int i = 0; i < x.length; i++) {
      x[i] -= eta * (g[i] + sigma * random.nextGaussian());
    }
    return eta;
  }

  /** x₁ = x₀ − η·(∇f(x₀) + σ·ξ), with the noise the seed drew worked out from the step. */
  private static String onPaper(StepOnPaper s) {
    double[] noisy = s.perEta();
    double[] noise = new double[s.dimension()];
    for (int i = 0; i < noise.length; i++) {
      noise[i] = noisy[i] - (s.maximize() ? -s.gradient()[i] : s.gradient()[i]);
    }
    return s.next() + " = " + s.previous() + " − η·(" + s.gradientName() + " + σ·ξ)"
        + "\n   with σ·ξ = " + HandWriting.vector(noise) + " (seeded noise)"
        + "\n   = " + HandWriting.vector(s.before()) + " − " + HandWriting.product(s.eta(), HandWriting.operand(noisy))
        + "\n   = " + HandWriting.vector(s.after());
  }
}
