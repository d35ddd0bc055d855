package gdviz.engine;

import gdviz.model.analysis.Divergence;
import gdviz.model.analysis.Outcome.Kind;
import gdviz.model.analysis.Outcome;
import gdviz.model.format.Numbers;
import gdviz.model.method.Optimizer;
import gdviz.model.method.StepSized;
import gdviz.model.objective.Objective;
import gdviz.model.optim.UndefinedStep;
import gdviz.model.run.RunSetup;
import gdviz.model.run.Schedule;
import java.util.function.BooleanSupplier;

/**
 * Runs one setup to its end on the calling thread, handing every iterate to a sink. Nothing
 * escapes as an exception: every ending, including a failure inside the method or a heap that is
 * full, is an {@link Outcome}; a run that stops within its budget is judged by {@link Divergence}.
 */
public final class DescentRun {
  private static final int CANCEL_CHECK_EVERY = 256;
  /**
   * A run without a gradient tolerance of its own counts as converged once every |∂f/∂xᵢ| stays at
   * most this (the basin map's rule too): it goes on to its budget, and its outcome says when it got
   * there — BFGS that reaches (1, 1) at step 31 on Rosenbrock says so, not "stopped after 1000 steps".
   */
  public static final double CONVERGED_GRADIENT = 1e-6;

  private DescentRun() {}

  /** How a streamed run ended, and its lowest iterate (highest when maximizing). */
  public record Ending(Outcome outcome, long bestStep, double bestValue, double[] bestPoint, double[] last) {}

  public static RunResult run(RunSetup setup) {
    return run(0, setup, new Trajectory(setup.objective().dimension(), setup.objective()), () -> false);
  }

  /** Runs into a trajectory that keeps every iterate. */
  public static RunResult run(long runId, RunSetup setup, Trajectory out, BooleanSupplier cancelled) {
    Ending e = stream(setup, out, cancelled);
    return new RunResult(runId, out, e.outcome(), (int) e.bestStep());
  }

  /**
   * Records a run's start point — iterate 0, f and ∇f there — before the run itself:
   * {@link #runFromStart} then goes on from it. A scheduler records the starts of every run of a
   * request first, so a frame has a point of each run while the first one is still computing.
   */
  public static void recordStart(RunSetup setup, Trajectory out) {
    if (out.size() != 0) {
      throw new IllegalStateException("the start is iterate 0: this trajectory has " + out.size());
    }
    double[] x = setup.start();
    double[] g = new double[x.length];
    setup.objective().gradient(x, g); // f and ∇f as the user wrote f: what the run itself records
    out.append(x, setup.objective().value(x), g, Double.NaN);
  }

  /** Runs a setup whose start {@link #recordStart} has recorded in {@code out}: the same iterates as {@link #run}. */
  public static RunResult runFromStart(long runId, RunSetup setup, Trajectory out, BooleanSupplier cancelled) {
    if (out.size() != 1) {
      throw new IllegalStateException("the start is not recorded alone: " + out.size() + " iterates");
    }
    boolean[] first = {true};
    Ending e = stream(setup, (x, value, gradient, eta) -> {
      if (first[0]) {
        first[0] = false; // recorded already, the same doubles (f is deterministic)
      } else {
        out.append(x, value, gradient, eta);
      }
    }, cancelled);
    return new RunResult(runId, out, e.outcome(), (int) e.bestStep());
  }

  /** Runs into any sink; only the start, the last two iterates and the best one are kept here. */
  public static Ending stream(RunSetup setup, IterateSink out, BooleanSupplier cancelled) {
    Objective f = setup.descended();
    double sign = setup.maximize() ? -1 : 1;
    int n = f.dimension();
    double[] start = setup.start();
    double[] x = setup.start();
    double[] previous = setup.start();
    double[] g = new double[n];
    Tracker t = new Tracker(out, sign, n);

    double fx = f.value(x);
    f.gradient(x, g);
    t.record(x, fx, g, Double.NaN);
    Outcome problem = check(x, fx, g, 0);
    if (problem != null) {
      return t.end(withDetail(problem, "at the start point"), x);
    }
    if (belowTolerance(g, setup.tolGrad())) {
      return t.end(Outcome.of(Kind.CONVERGED, 0), x);
    }
    Optimizer optimizer;
    try {
      optimizer = setup.newOptimizer(f);
    } catch (RuntimeException e) {
      return t.end(new Outcome(Kind.STOPPED, 0, "the method could not start: " + e.getMessage()), x);
    }
    Schedule schedule = setup.schedule();
    StepSized scheduled = schedule.isConstant() || !(optimizer instanceof StepSized s) ? null : s;
    long k = 1;
    try {
      for (; k <= setup.steps(); k++) {
        if (k % CANCEL_CHECK_EVERY == 0 && cancelled.getAsBoolean()) {
          return t.end(Outcome.of(Kind.CANCELLED, k - 1), x);
        }
        double eta;
        double before = fx;
        System.arraycopy(x, 0, previous, 0, n);
        try {
          if (scheduled != null) {
            scheduled.setEta(setup.eta() * schedule.factor(k - 1)); // η·s(k) for the update from x_k
          }
          eta = optimizer.step(f, x, g);
          fx = f.value(x);
          f.gradient(x, g);
        } catch (UndefinedStep e) {
          return t.end(new Outcome(Kind.STOPPED, k - 1, e.getMessage()), previous);
        } catch (RuntimeException e) {
          return t.end(new Outcome(Kind.STOPPED, k - 1, "the method failed: " + e.getMessage()), previous);
        }
        t.record(x, fx, g, eta);
        problem = check(x, fx, g, k);
        if (problem != null) {
          return t.end(problem, x);
        }
        if (belowTolerance(g, setup.tolGrad())
            || (setup.tolImprove() != null && Math.abs(before - fx) < setup.tolImprove())) {
          return t.end(Outcome.of(Kind.CONVERGED, k), x);
        }
        if (optimizer.finished()) {
          return t.end(ended(setup, t, k, start, previous, x, fx), x);
        }
      }
    } catch (OutOfMemoryError e) {
      return t.end(new Outcome(Kind.STOPPED, Math.max(0, t.recorded - 1), OutOfMemory.DETAIL), x);
    }
    return t.end(ended(setup, t, setup.steps(), start, previous, x, fx), x);
  }

  /**
   * How a run that used its budget (or its method's own rule) ended, the truth first: converged
   * (since the step from which |∂f/∂xᵢ| ≤ {@link #CONVERGED_GRADIENT} held), diverging or not
   * converging by {@link Divergence}, x never moved (η too small to change it), f ended higher than
   * it began; else stopped.
   */
  private static Outcome ended(RunSetup setup, Tracker t, long steps, double[] start, double[] previous,
      double[] last, double fLast) {
    if (setup.tolGrad() == null && t.convergedSince >= 0) { // with a tolerance of its own it would have stopped
      return new Outcome(Kind.CONVERGED, t.convergedSince, t.convergedSince == steps ? "" : "the run went on to step "
          + steps);
    }
    Outcome judged = Divergence.judge(setup, Outcome.of(Kind.STOPPED, steps), start, previous, last);
    if (judged.kind() != Kind.STOPPED) {
      return judged;
    }
    if (!t.moved && steps > 0) {
      return new Outcome(Kind.STOPPED, steps, setup.method().ownStep() == null ? "x never moved: η = "
          + Numbers.format(setup.eta()) + " is too small, x − η·∇f rounds back to x" : "x never moved");
    }
    double sign = setup.maximize() ? -1 : 1;
    double fStart = t.startValue;
    if (Double.isFinite(fStart) && sign * fLast > sign * fStart && steps > 0) {
      return new Outcome(Kind.NOT_CONVERGING, steps, "f " + (setup.maximize() ? "fell" : "rose") + " from "
          + Numbers.compact(fStart) + " to " + Numbers.compact(fLast) + ": is η = " + Numbers.format(setup.eta())
          + " too large for " + setup.method().id() + "?");
    }
    return judged;
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

  /** Hands iterates to the sink as the user sees them (f, not −f, when maximizing) and keeps the best. */
  private static final class Tracker {
    final IterateSink out;
    final double sign;
    final double[] shown;
    double bestValue = Double.POSITIVE_INFINITY;
    long bestStep;
    /** f at the start, as the user wrote f. */
    double startValue = Double.NaN;
    /** The first step of the last stretch with every |∂f/∂xᵢ| ≤ CONVERGED_GRADIENT, or −1. */
    long convergedSince = -1;
    /** Whether any step changed x. */
    boolean moved;
    private double[] first;
    final double[] bestPoint;
    long recorded;

    Tracker(IterateSink out, double sign, int n) {
      this.out = out;
      this.sign = sign;
      this.shown = new double[n];
      this.bestPoint = new double[n];
    }

    void record(double[] x, double fx, double[] g, double eta) {
      boolean small = true;
      for (int i = 0; i < g.length; i++) {
        shown[i] = sign * g[i];
        small &= Math.abs(g[i]) <= CONVERGED_GRADIENT;
      }
      if (!small) {
        convergedSince = -1;
      } else if (convergedSince < 0) {
        convergedSince = recorded;
      }
      if (first == null) {
        first = x.clone();
        startValue = sign * fx;
      } else if (!moved && !java.util.Arrays.equals(first, x)) {
        moved = true;
      }
      if (fx < bestValue) {
        bestValue = fx;
        bestStep = recorded;
        System.arraycopy(x, 0, bestPoint, 0, x.length);
      }
      out.append(x, sign * fx, shown, eta);
      recorded++;
    }

    Ending end(Outcome outcome, double[] last) {
      return new Ending(outcome, bestStep, sign * bestValue, bestPoint.clone(), last.clone());
    }
  }
}
