package gdviz.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class TrajectoryTest {
  @Test
  void storesEveryIterateAcrossChunks() {
    Trajectory t = new Trajectory(2);
    int n = 50_000; // several chunks
    for (int k = 0; k < n; k++) {
      t.append(new double[] {k, -k}, k * 0.5, new double[] {3, 4}, k);
    }
    assertEquals(n, t.size());
    assertEquals(12_345, t.x(12_345, 0));
    assertEquals(-49_999, t.x(49_999, 1));
    assertEquals(0.5 * 20_000, t.value(20_000));
    assertEquals(5, t.gradientNorm(33_333), 1e-15);
    assertEquals(777, t.eta(777));
    assertThrows(IndexOutOfBoundsException.class, () -> t.value(n));
  }

  /** The chunks tile the iterate numbers: each starts where the one before ends, none overlap. */
  @Test
  void chunksGrowAndTileTheIterateNumbers() {
    int expectedStart = 0;
    int capacity = 0;
    for (int c = 0; c < 12; c++) {
      assertEquals(c, Trajectory.chunkIndex(expectedStart), "chunk of iterate " + expectedStart);
      assertEquals(expectedStart, Trajectory.chunkStart(expectedStart));
      capacity = Trajectory.chunkCapacity(expectedStart);
      int last = expectedStart + capacity - 1;
      assertEquals(c, Trajectory.chunkIndex(last), "chunk of iterate " + last);
      assertEquals(expectedStart, Trajectory.chunkStart(last));
      expectedStart += capacity;
    }
    assertEquals(1 << 20, capacity, "chunks stop growing at 2^20 iterates");
    assertEquals(8192, Trajectory.chunkCapacity(0));
    assertEquals(Integer.MAX_VALUE >>> 20 << 20, Trajectory.chunkStart(Integer.MAX_VALUE));
  }

  @Test
  void storesEveryIterateOfALongRunInGrowingChunks() {
    Trajectory t = new Trajectory(1);
    int n = 3 * (1 << 20) + 5; // beyond the growing chunks, into the fixed ones
    double[] x = new double[1];
    for (int k = 0; k < n; k++) {
      x[0] = k;
      t.append(x, -k, x, 1.0 / (1 + k % 3));
    }
    for (int k = 0; k < n; k += 997) {
      assertEquals(k, t.x(k, 0));
      assertEquals(-k, t.value(k));
      assertEquals(k, t.gradient(k, 0));
      assertEquals(1.0 / (1 + k % 3), t.eta(k));
    }
    for (int k : new int[] {8191, 8192, 16383, 16384, (1 << 20) - 1, 1 << 20, (1 << 21) - 1, 1 << 21, n - 1}) {
      assertEquals(k, t.x(k, 0), "iterate " + k);
      assertEquals(1.0 / (1 + k % 3), t.eta(k), "η of iterate " + k);
    }
    // blocks read at once, across chunk boundaries
    double[] values = new double[20_000];
    double[] coords = new double[20_000];
    for (int from : new int[] {0, 8000, (1 << 20) - 7000, (1 << 21) - 10_000, n - 20_000}) {
      t.values(from, from + 20_000, values);
      t.coordinates(0, from, from + 20_000, coords);
      for (int j = 0; j < 20_000; j++) {
        assertEquals(-(from + j), values[j], "value of iterate " + (from + j));
        assertEquals(from + j, coords[j], "x of iterate " + (from + j));
      }
    }
    assertThrows(IndexOutOfBoundsException.class, () -> t.values(n - 10, n + 1, values));
    assertThrows(IndexOutOfBoundsException.class, () -> t.coordinates(1, 0, 10, coords));
  }

  @Test
  void blocksOfA2dRunReadEachCoordinate() {
    Trajectory t = new Trajectory(2);
    for (int k = 0; k < 20_000; k++) {
      t.append(new double[] {k, -2.0 * k}, 0.5 * k, new double[] {0, 0}, 0.1);
    }
    double[] out = new double[12_000];
    t.coordinates(1, 5000, 17_000, out);
    for (int j = 0; j < 12_000; j++) {
      assertEquals(-2.0 * (5000 + j), out[j]);
    }
    t.coordinates(0, 5000, 17_000, out);
    assertEquals(16_999, out[11_999]);
    t.values(19_990, 20_000, out);
    assertEquals(0.5 * 19_995, out[5]);
  }

  /**
   * A reader polls size() and checks every entry below it while the writer appends a million
   * entries; each entry must be complete (its fields agree with each other) when it is read.
   */
  @Test
  void aReaderSeesOnlyCompleteIteratesWhileTheWriterWrites() throws Exception {
    Trajectory t = new Trajectory(2);
    int n = 1_000_000;
    CountDownLatch started = new CountDownLatch(1);
    AtomicReference<String> failure = new AtomicReference<>();
    AtomicLong checked = new AtomicLong();
    Thread reader = new Thread(() -> {
      started.countDown();
      int seen = 0;
      while (seen < n && failure.get() == null) {
        int size = t.size();
        for (int k = seen; k < size; k++) {
          if (t.x(k, 0) != k || t.x(k, 1) != 2.0 * k || t.value(k) != 3.0 * k || t.gradient(k, 1) != -k
              || t.eta(k) != k + 0.5) {
            failure.set("iterate " + k + " read incomplete");
            return;
          }
          checked.incrementAndGet();
        }
        seen = size;
      }
    });
    reader.start();
    started.await();
    double[] x = new double[2];
    double[] g = new double[2];
    for (int k = 0; k < n; k++) {
      x[0] = k;
      x[1] = 2.0 * k;
      g[0] = k;
      g[1] = -k;
      t.append(x, 3.0 * k, g, k + 0.5);
    }
    reader.join(60_000);
    assertEquals(null, failure.get());
    assertEquals(n, checked.get(), "the reader checked every iterate");
    assertTrue(!reader.isAlive());
  }
}
