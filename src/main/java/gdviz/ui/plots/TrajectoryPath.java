package gdviz.ui.plots;

import gdviz.engine.Trajectory;
import gdviz.model.analysis.IteratePath;

/** The first {@code shown} iterates of a trajectory, as the painters read them. */
record TrajectoryPath(Trajectory trajectory, int shown) implements IteratePath {
  @Override
  public int size() {
    return shown;
  }

  @Override
  public int dimension() {
    return trajectory.dimension();
  }

  @Override
  public double x(int k, int i) {
    return trajectory.x(k, i);
  }

  @Override
  public double value(int k) {
    return trajectory.value(k);
  }

  @Override
  public double gradient(int k, int i) {
    return trajectory.gradient(k, i);
  }

  @Override
  public void values(int from, int to, double[] out) {
    trajectory.values(from, to, out);
  }

  @Override
  public void coordinates(int i, int from, int to, double[] out) {
    trajectory.coordinates(i, from, to, out);
  }

  @Override
  public Object identity() {
    return trajectory;
  }
}
