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
