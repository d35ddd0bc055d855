package gdviz.engine;

import gdviz.model.SetupException;
import gdviz.model.analysis.Outcome;
import gdviz.model.run.RunSetup;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;

/**
 * Where every start ends up: the setup run from the centre of each cell of a grid over a
 * rectangle of the plane (the start point is the only thing that changes), on all cores. Each
 * start either converges (|∂f/∂xᵢ| ≤ the setup's --tol-grad, else {@link #TOL_GRAD}) — its end
 * point is then grouped with the others within {@link #SAME_MINIMUM} of the rectangle's diagonal,
 * one group per minimum, the largest first — or escapes (diverged, diverging, left the domain) or
 * is still on its way when the step budget runs out.
 */
public final class BasinMap {
  /** The gradient tolerance that counts as converged when the setup gives none. */
  public static final double TOL_GRAD = 1e-6;
  /** End points closer than this share of the rectangle's diagonal reach the same minimum. */
  public static final double SAME_MINIMUM = 1e-3;
  /** A start whose run diverged, was diverging or left the domain. */
  public static final int ESCAPED = -1;
  /** A start whose run had not converged within the step budget and was not getting closer either (stuck). */
  public static final int UNSETTLED = -2;
  /** A start whose run had not converged within the step budget but was still getting there (|∇f| still falling). */
  public static final int STILL_CONVERGING = -3;
  /** The most steps a probed budget gives each start ({@link #budgeted(RunSetup, double, double, double, double)}). */
  public static final long MAX_PROBED_STEPS = 20_000;
  /** Starts across a drawn map (the app's full picture, an export). */
  public static final int COLUMNS = 256;
  /**
   * Each start of a drawn map runs the run's step budget brought into [MIN_STEPS, MAX_STEPS]:
   * where a start ends up, not where it is after a short demonstration run.
   */
  public static final long MIN_STEPS = 500;
  public static final long MAX_STEPS = 1000;

  /**
   * The map: for cell (i, j) — i along x from xMin, j along y from yMax down (row 0 at the top) —
   * {@code basin[j·nx + i]} is the index of the minimum reached (into {@code minima}, largest
   * basin first), {@link #ESCAPED} or {@link #UNSETTLED}; {@code steps} the steps its run took.
   */
  public record Result(int nx, int ny, double xMin, double xMax, double yMin, double yMax, int[] basin, int[] steps,
      List<double[]> minima, int[] counts, int escaped, int unsettled, int stillConverging, long budget) {
    public int at(int i, int j) {
      return basin[j * nx + i];
    }
  }

  private BasinMap() {}

  /** The setup with its step budget brought into [min, max] (a short demonstration run's budget says little of where a start ends up). */
  public static RunSetup budgeted(RunSetup s, long min, long max) {
    return s.withSteps(Math.max(min, Math.min(max, s.steps())));
  }

  /** Rows of a drawn map over a plot rectangle of this size in pixels: its aspect, 32 to {@link #COLUMNS}. */
  public static int rows(double width, double height) {
    return (int) Math.max(32, Math.min(COLUMNS, Math.round(COLUMNS * height / Math.max(1, width))));
  }

  /** The setup as a drawn map runs it from every start ({@link #MIN_STEPS}, {@link #MAX_STEPS}). */
  public static RunSetup budgeted(RunSetup s) {
    return budgeted(s, MIN_STEPS, MAX_STEPS);
  }

  /**
   * The setup with a budget that follows its rate over this rectangle: the runs from the four
   * corners and the centre (the slowest starts of a bowl are its far corners) are run to
   * convergence, and each start gets half as many steps again as the slowest of them needed, at least
   * {@link #MIN_STEPS}, at most {@link #MAX_PROBED_STEPS}. Where none of them converges, the budget
   * of {@link #budgeted(RunSetup)}. (At η = 0.01 on x² + 10y² + 3xy, 500 steps left 99.9 % of the
   * starts unconverged: a class would conclude that a bowl has no basin.)
   */
  public static RunSetup budgeted(RunSetup s, double xMin, double xMax, double yMin, double yMax) {
    check(s);
    RunSetup probe = s.withSteps(MAX_PROBED_STEPS);
    double tol = s.tolGrad() != null ? s.tolGrad() : TOL_GRAD;
    long slowest = -1;
    double[][] starts = {{xMin, yMin}, {xMin, yMax}, {xMax, yMin}, {xMax, yMax}, {(xMin + xMax) / 2,
        (yMin + yMax) / 2}};
    for (double[] at : starts) {
      Outcome end = settle(probe, at.clone(), tol);
      if (end.kind() == Outcome.Kind.CONVERGED) {
        slowest = Math.max(slowest, end.step());
      }
    }
    if (slowest < 0) {
      return budgeted(s);
    }
    return s.withSteps(Math.max(MIN_STEPS, Math.min(MAX_PROBED_STEPS, slowest * 3 / 2)));
  }

  /** Refuses what has no plane of starts: a function of one variable, or of more than two. */
  public static void check(RunSetup setup) {
    if (setup.objective().dimension() != 2) {
      throw new SetupException("the basin map needs a function of two variables; this one has "
          + setup.objective().dimension());
    }
  }

  /** Computes the map over [xMin, xMax] × [yMin, yMax] on an nx × ny grid; null if cancelled. */
  public static Result compute(RunSetup setup, double xMin, double xMax, double yMin, double yMax, int nx, int ny,
      BooleanSupplier cancelled) {
    check(setup);
    double tol = setup.tolGrad() != null ? setup.tolGrad() : TOL_GRAD;
    double[][] ends = new double[nx * ny][];
    Outcome[] kinds = new Outcome[nx * ny];
    int[] steps = new int[nx * ny];
    IntStream.range(0, ny).parallel().forEach(j -> {
      double y = yMax - (j + 0.5) * (yMax - yMin) / ny;
      for (int i = 0; i < nx && !cancelled.getAsBoolean(); i++) {
        double x = xMin + (i + 0.5) * (xMax - xMin) / nx;
        double[] at = {x, y};
        Outcome end = settle(setup, at, tol);
        ends[j * nx + i] = at;
        kinds[j * nx + i] = end;
        steps[j * nx + i] = (int) Math.min(Integer.MAX_VALUE, end.step());
      }
    });
    if (cancelled.getAsBoolean()) {
      return null;
    }
    return group(nx, ny, xMin, xMax, yMin, yMax, ends, kinds, steps, setup.steps());
  }

  /**
   * The run from {@code x} (moved to its end) as {@link DescentRun} makes it — the same updates,
   * stopping and divergence rules — without what only a kept run needs: f at every iterate, the
   * best iterate, a sink. A basin map runs tens of millions of steps.
   */
  static Outcome settle(RunSetup setup, double[] x, double tol) {
    gdviz.model.objective.Objective f = setup.descended();
    double[] start = x.clone();
    double[] previous = x.clone();
    double[] g = new double[x.length];
    Double improve = setup.tolImprove(); // the one rule that needs f at every iterate
    double fx = f.value(x);
    f.gradient(x, g);
    double halfway = Double.NaN; // max |∂f/∂xᵢ| halfway through the budget: a run still getting closer has less at the end
    Outcome problem = DescentRun.check(x, fx, g, 0);
    if (problem != null) {
      return problem;
    }
    if (below(g, tol)) {
      return Outcome.of(Outcome.Kind.CONVERGED, 0);
    }
    gdviz.model.method.Optimizer optimizer;
    try {
      optimizer = setup.newOptimizer(f);
    } catch (RuntimeException e) {
      return Outcome.of(Outcome.Kind.STOPPED, 0);
    }
    gdviz.model.run.Schedule schedule = setup.schedule();
    gdviz.model.method.StepSized scheduled = schedule.isConstant()
        || !(optimizer instanceof gdviz.model.method.StepSized sized) ? null : sized;
    long k = 1;
    for (; k <= setup.steps(); k++) {
      System.arraycopy(x, 0, previous, 0, x.length);
      double before = fx;
      try {
        if (scheduled != null) {
          scheduled.setEta(setup.eta() * schedule.factor(k - 1));
        }
        optimizer.step(f, x, g);
        if (improve != null) {
          fx = f.value(x);
        }
        f.gradient(x, g);
      } catch (RuntimeException e) {
        System.arraycopy(previous, 0, x, 0, x.length);
        return Outcome.of(Outcome.Kind.STOPPED, k - 1);
      }
      problem = DescentRun.check(x, improve == null ? 0 : fx, g, k);
      if (problem != null) {
        return problem;
      }
      if (below(g, tol) || (improve != null && Math.abs(before - fx) < improve)) {
        return Outcome.of(Outcome.Kind.CONVERGED, k);
      }
      if (optimizer.finished()) {
        break;
      }
      if (k == setup.steps() / 2) {
        halfway = largest(g);
      }
    }
    RunSetup from = setup.withStart(start);
    Outcome judged = gdviz.model.analysis.Divergence.judge(from, Outcome.of(Outcome.Kind.STOPPED, Math.min(k, setup.steps())),
        start, previous, x);
    boolean closing = judged.kind() == Outcome.Kind.STOPPED && largest(g) < 0.5 * halfway;
    return closing ? new Outcome(Outcome.Kind.STOPPED, judged.step(), STILL_GETTING_CLOSER) : judged;
  }

  /** The detail of a start whose run used its budget while |∇f| was still falling. */
  static final String STILL_GETTING_CLOSER = "still converging";

  private static double largest(double[] g) {
    double m = 0;
    for (double gi : g) {
      m = Math.max(m, Math.abs(gi));
    }
    return m;
  }

  private static boolean below(double[] g, double tol) {
    for (double gi : g) {
      if (!(Math.abs(gi) <= tol)) {
        return false;
      }
    }
    return true;
  }

  private static Result group(int nx, int ny, double xMin, double xMax, double yMin, double yMax, double[][] ends,
      Outcome[] outcomes, int[] steps, long budget) {
    double near = SAME_MINIMUM * Math.hypot(xMax - xMin, yMax - yMin);
    List<double[]> centres = new ArrayList<>();
    List<Integer> sizes = new ArrayList<>();
    int[] group = new int[ends.length];
    int escaped = 0;
    int unsettled = 0;
    int closing = 0;
    for (int c = 0; c < ends.length; c++) {
      Outcome.Kind kind = outcomes[c].kind();
      if (kind == Outcome.Kind.DIVERGED || kind == Outcome.Kind.DIVERGING || kind == Outcome.Kind.LEFT_DOMAIN) {
        group[c] = ESCAPED;
        escaped++;
      } else if (kind != Outcome.Kind.CONVERGED && outcomes[c].detail().equals(STILL_GETTING_CLOSER)) {
        group[c] = STILL_CONVERGING;
        closing++;
      } else if (kind != Outcome.Kind.CONVERGED) {
        group[c] = UNSETTLED;
        unsettled++;
      } else {
        int found = -1;
        for (int m = 0; m < centres.size() && found < 0; m++) {
          if (Math.hypot(ends[c][0] - centres.get(m)[0], ends[c][1] - centres.get(m)[1]) <= near) {
            found = m;
          }
        }
        if (found < 0) {
          centres.add(ends[c].clone());
          sizes.add(0);
          found = centres.size() - 1;
        }
        sizes.set(found, sizes.get(found) + 1);
        group[c] = found;
      }
    }
    // the largest basin first: its colour is the first hue
    Integer[] order = IntStream.range(0, centres.size()).boxed().toArray(Integer[]::new);
    java.util.Arrays.sort(order, (a, b) -> sizes.get(b) - sizes.get(a));
    int[] rank = new int[centres.size()];
    List<double[]> minima = new ArrayList<>();
    int[] counts = new int[centres.size()];
    for (int r = 0; r < order.length; r++) {
      rank[order[r]] = r;
      minima.add(centres.get(order[r]));
      counts[r] = sizes.get(order[r]);
    }
    for (int c = 0; c < group.length; c++) {
      if (group[c] >= 0) {
        group[c] = rank[group[c]];
      }
    }
    return new Result(nx, ny, xMin, xMax, yMin, yMax, group, steps, List.copyOf(minima), counts, escaped, unsettled,
        closing, budget);
  }
}
