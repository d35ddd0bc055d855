package gdviz.bench;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Starts JMH after making the folder of its result file: JMH refuses to create it, so on a fresh
 * checkout (no target/bench yet) {@code ./mvnw -Pbench verify} failed with "Can not touch the result
 * file". Arguments are JMH's own.
 */
public final class Jmh {
  private Jmh() {}

  public static void main(String[] args) throws Exception {
    for (int i = 0; i + 1 < args.length; i++) {
      if (args[i].equals("-rff")) {
        Path parent = Path.of(args[i + 1]).toAbsolutePath().getParent();
        if (parent != null) {
          Files.createDirectories(parent);
        }
      }
    }
    org.openjdk.jmh.Main.main(args);
  }
}
