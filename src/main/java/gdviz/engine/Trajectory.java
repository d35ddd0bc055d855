package gdviz.engine;

import gdviz.model.IteratePath;
import java.util.Arrays;

/**
 * The iterates of one run: for each k, the point x, f(x), ∇f(x) and the step size used to get
 * there. Primitive arrays in fixed-size chunks, append-only, so growing never copies data.
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
  private volatile Chunk[] chunks = new Chunk[4];
  private volatile int size;

  private final class Chunk {
    final double[] x = new double[CHUNK * dimension];
    final double[] gradient = new double[CHUNK * dimension];
    final double[] value = new double[CHUNK];
    final double[] eta = new double[CHUNK];
  }

  public Trajectory(int dimension) {
    if (dimension < 1) {
      throw new IllegalArgumentException("dimension must be at least 1");
    }
    this.dimension = dimension;
  }

  @Override
  public int dimension() {
    return dimension;
  }

  /** Number of published iterates; iterate k = 0 is the start. */
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
    System.arraycopy(gradient, 0, chunk.gradient, at * dimension, dimension);
    chunk.value[at] = value;
    chunk.eta[at] = eta;
    size = k + 1;
  }

  private Chunk chunk(int k) {
    if (k < 0 || k >= size) {
      throw new IndexOutOfBoundsException("iterate " + k + " of " + size);
    }
    return chunks[k >>> CHUNK_BITS];
  }

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

  public double value(int k) {
    return chunk(k).value[k & MASK];
  }

  public double gradient(int k, int i) {
    return chunk(k).gradient[(k & MASK) * dimension + i];
  }

  /** Euclidean norm of ∇f at iterate k. */
  public double gradientNorm(int k) {
    Chunk chunk = chunk(k);
    int base = (k & MASK) * dimension;
    double sum = 0;
    for (int i = 0; i < dimension; i++) {
      double g = chunk.gradient[base + i];
      sum += g * g;
    }
    return Math.sqrt(sum);
  }

  /** The step size used to reach iterate k from k − 1 (NaN for the start). */
  public double eta(int k) {
    return chunk(k).eta[k & MASK];
  }
}
