package gdviz.bench;

import gdviz.model.data.CsvData;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/** Reading a 100 MB CSV (five features and y, random numbers in Java's shortest form; about 950,000 rows). */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
public class CsvBench {
  private Path file;

  @Setup(Level.Trial)
  public void write() throws IOException {
    file = Files.createTempFile("gdviz-bench", ".csv");
    Random random = new Random(1);
    try (BufferedWriter w = Files.newBufferedWriter(file)) {
      w.write("x1,x2,x3,x4,x5,y\n");
      while (true) {
        StringBuilder row = new StringBuilder();
        for (int c = 0; c < 6; c++) {
          row.append(c == 0 ? "" : ",").append(random.nextGaussian());
        }
        w.write(row.append('\n').toString());
        if (random.nextInt(1000) == 0) {
          w.flush();
          if (Files.size(file) >= 100_000_000) {
            break;
          }
        }
      }
    }
  }

  @TearDown(Level.Trial)
  public void delete() throws IOException {
    Files.deleteIfExists(file);
  }

  @Benchmark
  public CsvData.Loaded read100MegabyteCsv() {
    return CsvData.read(file, (read, total) -> { }, () -> false);
  }
}
