package gdviz.engine;

import gdviz.model.Objective;
import gdviz.model.Outcome;
import gdviz.model.Outcome.Kind;
import gdviz.model.RunSetup;
import gdviz.model.optim.Optimizer;
import java.util.function.BooleanSupplier;

/**
 * Runs one setup to its end on the calling thread, appending every iterate to a trajectory.
 * Nothing escapes as an exception: every ending, including a failure inside the method, is an
 * {@link Outcome}.
 */
public final class DescentRun {
  private static final int CANCEL_CHECK_EVERY = 256;

  private DescentRun() {}

  public static RunResult run(RunSetup setup) {
    return run(0, setup, new Trajectory(setup.objective().dimension(), setup.objective()), () -> false);
  }

  public static RunResult run(long runId, RunSetup setup, Trajectory out, BooleanSupplier cancelled) {
    Objective f = setup.descended();
    double sign = setup.maximize() ? -1 : 1;
    int n = f.dimension();
    double[] x = setup.start();
    double[] g = new double[n];
    double[] shown = new double[n];
    Best best = new Best();

    double fx = f.value(x);
    f.gradient(x, g);
    record(out, x, fx, g, Double.NaN, sign, shown, best);
    Outcome problem = check(x, fx, g, 0);
    if (problem != null) {
      return new RunResult(runId, out, withDetail(problem, "at the start point"), best.index);
    }
    if (belowTolerance(g, setup.tolGrad())) {
      return new RunResult(runId, out, Outcome.of(Kind.CONVERGED, 0), best.index);
    }
    Optimizer optimizer;
    try {
      optimizer = setup.newOptimizer(f);
    } catch (RuntimeException e) {
      return new RunResult(runId, out, new Outcome(Kind.STOPPED, 0, "the method could not start: " + e.getMessage()),
          best.index);
    }
    for (long k = 1; k <= setup.steps(); k++) {
      if (k % CANCEL_CHECK_EVERY == 0 && cancelled.getAsBoolean()) {
        return new RunResult(runId, out, Outcome.of(Kind.CANCELLED, k - 1), best.index);
      }
      double eta;
      double previous = fx;
      try {
        eta = optimizer.step(f, x, g);
        fx = f.value(x);
        f.gradient(x, g);
      } catch (RuntimeException e) {
        return new RunResult(runId, out, new Outcome(Kind.STOPPED, k - 1, "the method failed: " + e.getMessage()),
            best.index);
      }
      record(out, x, fx, g, eta, sign, shown, best);
      problem = check(x, fx, g, k);
      if (problem != null) {
        return new RunResult(runId, out, problem, best.index);
      }
      if (belowTolerance(g, setup.tolGrad())
          || (setup.tolImprove() != null && Math.abs(previous - fx) < setup.tolImprove())) {
        return new RunResult(runId, out, Outcome.of(Kind.CONVERGED, k), best.index);
      }
      if (optimizer.finished()) {
        return new RunResult(runId, out, Outcome.of(Kind.STOPPED, k), best.index);
      }
    }
    return new RunResult(runId, out, Outcome.of(Kind.STOPPED, setup.steps()), best.index);
  }

  /** Diverged: the point ran off (non-finite or beyond 1e150) or f blew up. Left the domain: f or ∇f undefined. */
  static Outcome check(double[] x, double fx, double[] g, long k) {
    for (double xi : x) {
      if (!Double.isFinite(xi) || Math.abs(xi) > RunSetup.DIVERGENCE_BOUND) {
        return Outcome.of(Kind.DIVERGED, k);
      }
    }
    if (Double.isInfinite(fx)) {
      return Outcome.of(Kind.DIVERGED, k);
    }
    if (Double.isNaN(fx)) {
      return new Outcome(Kind.LEFT_DOMAIN, k, "f is undefined there");
    }
    for (double gi : g) {
      if (!Double.isFinite(gi)) {
        return new Outcome(Kind.LEFT_DOMAIN, k, "the gradient is undefined there");
      }
    }
    return null;
  }

  private static Outcome withDetail(Outcome o, String where) {
    return new Outcome(o.kind(), o.step(), o.detail().isEmpty() ? where : o.detail() + ", " + where);
  }

  private static boolean belowTolerance(double[] g, Double tol) {
    if (tol == null) {
      return false;
    }
    for (double gi : g) {
      if (!(Math.abs(gi) <= tol)) {
        return false;
      }
    }
    return true;
  }

  private static void record(Trajectory out, double[] x, double fx, double[] g, double eta, double sign,
      double[] shown, Best best) {
    for (int i = 0; i < g.length; i++) {
      shown[i] = sign * g[i];
    }
    if (fx < best.value) {
      best.value = fx;
      best.index = out.size();
    }
    out.append(x, sign * fx, shown, eta);
  }

  private static final class Best {
    double value = Double.POSITIVE_INFINITY;
    int index;
  }
}
