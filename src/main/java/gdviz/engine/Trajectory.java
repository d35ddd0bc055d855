package gdviz.engine;

import gdviz.model.IteratePath;
import gdviz.model.Objective;
import java.util.Arrays;

/**
 * The iterates of one run: for each k, the point x, f(x), ∇f(x) and the step size used to get
 * there. Primitive arrays in fixed-size chunks, append-only, so growing never copies data.
 *
 * <p>To keep long runs small (24 bytes per iterate in 2D), the gradient is not stored when the
 * trajectory knows its objective: it is recomputed from the stored point, which gives the very same
 * doubles (objectives are deterministic). The step size is stored only in chunks where it varies.
 *
 * <p>One writer, any number of readers: the writer fills an entry and then publishes it by a
 * volatile write of {@link #size()}; a reader that reads {@code size()} first may read every
 * entry below it, from any thread, while the writer goes on.
 */
public final class Trajectory implements IteratePath {
  private static final int CHUNK_BITS = 13;
  private static final int CHUNK = 1 << CHUNK_BITS;
  private static final int MASK = CHUNK - 1;

  private final int dimension;
  private final Objective gradientSource;
  private volatile Chunk[] chunks = new Chunk[4];
  private volatile int size;
  private final ThreadLocal<Cached> cache;

  private final class Chunk {
    final double[] x = new double[CHUNK * dimension];
    final double[] gradient = gradientSource == null ? new double[CHUNK * dimension] : null;
    final double[] value = new double[CHUNK];
    double firstEta = Double.NaN;
    boolean anyEta;
    volatile double[] eta; // only once a step size differs from the chunk's first (filled before published)
  }

  /** The last gradient recomputed on this thread (readers ask for one component at a time). */
  private static final class Cached {
    int k = -1;
    double[] point;
    double[] gradient;
  }

  /** A trajectory that stores every gradient. */
  public Trajectory(int dimension) {
    this(dimension, null);
  }

  /**
   * A trajectory whose gradients are recomputed from {@code objective} at the stored points (the
   * objective the gradients were computed with, as the user wrote it).
   */
  public Trajectory(int dimension, Objective objective) {
    if (dimension < 1) {
      throw new IllegalArgumentException("dimension must be at least 1");
    }
    this.dimension = dimension;
    this.gradientSource = objective;
    this.cache = objective == null ? null : ThreadLocal.withInitial(() -> {
      Cached c = new Cached();
      c.point = new double[dimension];
      c.gradient = new double[dimension];
      return c;
    });
  }

  @Override
  public int dimension() {
    return dimension;
  }

  /** Number of published iterates; iterate k = 0 is the start. */
  @Override
  public int size() {
    return size;
  }

  /** Appends iterate number {@link #size()}. Only the single writer calls this. */
  public void append(double[] x, double value, double[] gradient, double eta) {
    int k = size;
    int c = k >>> CHUNK_BITS;
    Chunk[] directory = chunks;
    if (c == directory.length) {
      directory = Arrays.copyOf(directory, directory.length * 2);
    }
    if (directory[c] == null) {
      directory[c] = new Chunk();
      chunks = directory; // publish the directory before the size that needs it
    }
    Chunk chunk = directory[c];
    int at = k & MASK;
    System.arraycopy(x, 0, chunk.x, at * dimension, dimension);
    if (chunk.gradient != null) {
      System.arraycopy(gradient, 0, chunk.gradient, at * dimension, dimension);
    }
    chunk.value[at] = value;
    storeEta(chunk, at, eta);
    size = k + 1;
  }

  private static void storeEta(Chunk chunk, int at, double eta) {
    if (chunk.eta != null) {
      chunk.eta[at] = eta;
    } else if (!chunk.anyEta) {
      chunk.firstEta = eta;
      chunk.anyEta = true;
    } else if (Double.doubleToLongBits(eta) != Double.doubleToLongBits(chunk.firstEta)) {
      double[] all = new double[CHUNK];
      Arrays.fill(all, 0, at, chunk.firstEta);
      all[at] = eta;
      chunk.eta = all; // written before the size that publishes it
    }
  }

  private Chunk chunk(int k) {
    if (k < 0 || k >= size) {
      throw new IndexOutOfBoundsException("iterate " + k + " of " + size);
    }
    return chunks[k >>> CHUNK_BITS];
  }

  @Override
  public double x(int k, int i) {
    return chunk(k).x[(k & MASK) * dimension + i];
  }

  /** Copies iterate k's point into {@code out}. */
  public double[] x(int k, double[] out) {
    System.arraycopy(chunk(k).x, (k & MASK) * dimension, out, 0, dimension);
    return out;
  }

  public double[] x(int k) {
    return x(k, new double[dimension]);
  }

  @Override
  public double value(int k) {
    return chunk(k).value[k & MASK];
  }

  @Override
  public double gradient(int k, int i) {
    Chunk chunk = chunk(k);
    if (chunk.gradient != null) {
      return chunk.gradient[(k & MASK) * dimension + i];
    }
    Cached c = cache.get();
    if (c.k != k) {
      x(k, c.point);
      gradientSource.gradient(c.point, c.gradient);
      c.k = k;
    }
    return c.gradient[i];
  }

  /** Euclidean norm of ∇f at iterate k. */
  public double gradientNorm(int k) {
    double sum = 0;
    for (int i = 0; i < dimension; i++) {
      double g = gradient(k, i);
      sum += g * g;
    }
    return Math.sqrt(sum);
  }

  /** The step size used to reach iterate k from k − 1 (NaN for the start). */
  public double eta(int k) {
    Chunk chunk = chunk(k);
    return chunk.eta != null ? chunk.eta[k & MASK] : chunk.firstEta;
  }
}
