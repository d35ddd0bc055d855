package gdviz.engine;

import gdviz.model.analysis.IteratePath;
import gdviz.model.objective.Objective;
import java.util.Arrays;

/**
 * The iterates of one run: for each k, the point x, f(x), ∇f(x) and the step size used to get
 * there. Primitive arrays in chunks, append-only, so growing never copies data.
 *
 * <p>The chunks grow from 8,192 iterates to 2<sup>20</sup>: a short run stays small, and a long
 * run soon gets arrays of megabytes, which the garbage collector (G1) allocates outside its young
 * generation. Fixed chunks of 8,192 were young objects that every young collection had to copy
 * while the run kept them alive: a ten-million-step run (240 MB) made single collections that
 * stopped every thread, the FX thread too, for up to 175 ms.
 *
 * <p>To keep long runs small (24 bytes per iterate in 2D), the gradient is not stored when the
 * trajectory knows its objective: it is recomputed from the stored point, which gives the very same
 * doubles (objectives are deterministic). The step size is stored only in chunks where it varies.
 *
 * <p>One writer, any number of readers: the writer fills an entry and then publishes it by a
 * volatile write of {@link #size()}; a reader that reads {@code size()} first may read every
 * entry below it, from any thread, while the writer goes on.
 */
public final class Trajectory implements IteratePath, IterateSink {
  /** Chunk 0 holds 2^13 iterates, chunk c in 1..7 the next 2^(12+c), every later one 2^20. */
  private static final int FIRST_BITS = 13;
  private static final int LAST_BITS = 20;
  private static final int GROWING_CHUNKS = LAST_BITS - FIRST_BITS;

  private final int dimension;
  private final Objective gradientSource;
  private volatile Chunk[] chunks = new Chunk[4];
  private volatile int size;
  private final ThreadLocal<Cached> cache;
  /** Iterates read so far, by any reader (not exact under concurrent readers): see {@link #reads()}. */
  private long reads;

  private final class Chunk {
    final int first; // the iterate number of entry 0
    final double[] x;
    final double[] gradient;
    final double[] value;
    double firstEta = Double.NaN;
    boolean anyEta;
    volatile double[] eta; // only once a step size differs from the chunk's first (filled before published)

    Chunk(int first, int capacity) {
      this.first = first;
      x = new double[capacity * dimension];
      gradient = gradientSource == null ? new double[capacity * dimension] : null;
      value = new double[capacity];
    }
  }

  /** The chunk that holds iterate k. */
  static int chunkIndex(int k) {
    if (k >>> LAST_BITS != 0) {
      return GROWING_CHUNKS + (k >>> LAST_BITS);
    }
    return 32 - Integer.numberOfLeadingZeros(k >>> FIRST_BITS);
  }

  /** The first iterate of the chunk that holds iterate k. */
  static int chunkStart(int k) {
    if (k >>> LAST_BITS != 0) {
      return k >>> LAST_BITS << LAST_BITS;
    }
    return Integer.highestOneBit(k >>> FIRST_BITS) << FIRST_BITS;
  }

  /** How many iterates the chunk that starts at iterate {@code first} holds. */
  static int chunkCapacity(int first) {
    return first == 0 ? 1 << FIRST_BITS : Math.min(first, 1 << LAST_BITS);
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
  @Override
  public void append(double[] x, double value, double[] gradient, double eta) {
    int k = size;
    int c = chunkIndex(k);
    Chunk[] directory = chunks;
    if (c == directory.length) {
      directory = Arrays.copyOf(directory, directory.length * 2);
    }
    if (directory[c] == null) {
      int first = chunkStart(k);
      directory[c] = new Chunk(first, chunkCapacity(first));
      chunks = directory; // publish the directory before the size that needs it
    }
    Chunk chunk = directory[c];
    int at = k - chunk.first;
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
      double[] all = new double[chunk.value.length];
      Arrays.fill(all, 0, at, chunk.firstEta);
      all[at] = eta;
      chunk.eta = all; // written before the size that publishes it
    }
  }

  private void checkRange(int from, int to) {
    if (from < 0 || from > to || to > size) {
      throw new IndexOutOfBoundsException("iterates " + from + " … " + to + " of " + size);
    }
  }

  /**
   * How many iterates have been read from this trajectory so far (each point, value, gradient or
   * step size read counts once; a bulk read counts its iterates). Counted work, not time: tests
   * and benchmarks check with it that a frame reads what is new and what it draws, never the whole
   * run again.
   */
  public long reads() {
    return reads;
  }

  private Chunk chunk(int k) {
    reads++;
    if (k < 0 || k >= size) {
      throw new IndexOutOfBoundsException("iterate " + k + " of " + size);
    }
    return chunks[chunkIndex(k)];
  }

  @Override
  public double x(int k, int i) {
    Chunk chunk = chunk(k);
    return chunk.x[(k - chunk.first) * dimension + i];
  }

  /** Copies iterate k's point into {@code out}. */
  public double[] x(int k, double[] out) {
    Chunk chunk = chunk(k);
    System.arraycopy(chunk.x, (k - chunk.first) * dimension, out, 0, dimension);
    return out;
  }

  public double[] x(int k) {
    return x(k, new double[dimension]);
  }

  @Override
  public double value(int k) {
    Chunk chunk = chunk(k);
    return chunk.value[k - chunk.first];
  }

  @Override
  public void values(int from, int to, double[] out) {
    checkRange(from, to);
    reads += to - from;
    int k = from;
    while (k < to) {
      Chunk chunk = chunk(k);
      int n = Math.min(to, chunk.first + chunk.value.length) - k;
      System.arraycopy(chunk.value, k - chunk.first, out, k - from, n);
      k += n;
    }
  }

  @Override
  public void coordinates(int i, int from, int to, double[] out) {
    checkRange(from, to);
    if (i < 0 || i >= dimension) {
      throw new IndexOutOfBoundsException("coordinate " + i + " of " + dimension);
    }
    reads += to - from;
    int k = from;
    while (k < to) {
      Chunk chunk = chunk(k);
      int end = Math.min(to, chunk.first + chunk.value.length);
      double[] x = chunk.x;
      for (int at = (k - chunk.first) * dimension + i, o = k - from; o < end - from; at += dimension, o++) {
        out[o] = x[at];
      }
      k = end;
    }
  }

  @Override
  public double gradient(int k, int i) {
    Chunk chunk = chunk(k);
    if (chunk.gradient != null) {
      return chunk.gradient[(k - chunk.first) * dimension + i];
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
    return chunk.eta != null ? chunk.eta[k - chunk.first] : chunk.firstEta;
  }
}
