package gdviz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** model and engine are plain Java: no JavaFX, and no reaching up into higher layers. */
class LayeringTest {
  private static final Path SOURCES = Path.of("src/main/java/gdviz");

  private static List<String> offendingImports(String layer, List<String> forbidden) throws IOException {
    try (Stream<Path> files = Files.walk(SOURCES.resolve(layer))) {
      return files.filter(f -> f.toString().endsWith(".java")).flatMap(f -> {
        try {
          return Files.readAllLines(f).stream()
              .filter(line -> line.startsWith("import "))
              .filter(line -> forbidden.stream().anyMatch(line::contains))
              .map(line -> f.getFileName() + ": " + line);
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      }).toList();
    }
  }

  @Test
  void modelImportsNothingFromJavafxOrHigherLayers() throws IOException {
    assertTrue(Files.isDirectory(SOURCES.resolve("model")));
    assertEquals(List.of(), offendingImports("model", List.of("javafx", "gdviz.engine", "gdviz.plot", "gdviz.ui",
        "gdviz.app", "java.awt")));
  }

  @Test
  void engineImportsNothingFromJavafxOrHigherLayers() throws IOException {
    assertTrue(Files.isDirectory(SOURCES.resolve("engine")));
    assertEquals(List.of(), offendingImports("engine", List.of("javafx", "gdviz.plot", "gdviz.ui", "gdviz.app",
        "java.awt")));
  }

  @Test
  void theCheckWouldCatchAJavafxImport() throws IOException {
    // Guard against a test that cannot fail: the scanner does find imports in the app layer.
    assertTrue(!offendingImports("app", List.of("picocli")).isEmpty());
  }
}
