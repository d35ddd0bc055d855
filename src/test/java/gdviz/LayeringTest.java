package gdviz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The layers of DESIGN.md, read from the sources: arrows only point down (app → ui → plot → engine
 * → model), model, engine and plot use no JavaFX, model and engine no AWT either, and no two
 * packages need each other, directly or round a loop. A reference counts whether it is an import,
 * a static import or a name written out in the code ({@code gdviz.engine.Workers.x()}).
 */
class LayeringTest {
  private static final Path SOURCES = Path.of("src/main/java");
  private static final List<String> LAYERS = List.of("model", "engine", "plot", "ui", "app");
  private static final Pattern PACKAGE = Pattern.compile("^package ([\\w.]+);", Pattern.MULTILINE);
  /** A package name followed by a class name: gdviz.model.objective.Objective, javafx.scene.Node. */
  private static final Pattern QUALIFIED =
      Pattern.compile("\\b((?:gdviz|javafx|java\\.awt)(?:\\.[a-z]\\w*)*)(?:\\.[A-Z]|\\.\\*;)");

  /** Each main source file's package and the packages it refers to. */
  record Source(Path file, String pkg, Set<String> uses) {}

  static List<Source> sources() throws IOException {
    try (Stream<Path> files = Files.walk(SOURCES)) {
      return files.filter(f -> f.toString().endsWith(".java")).map(LayeringTest::read).toList();
    }
  }

  private static Source read(Path f) {
    try {
      String code = withoutCommentsAndStrings(Files.readString(f));
      Matcher p = PACKAGE.matcher(code);
      String pkg = p.find() ? p.group(1) : "";
      Set<String> uses = new TreeSet<>();
      Matcher q = QUALIFIED.matcher(code.replaceFirst("package [\\w.]+;", ""));
      while (q.find()) {
        uses.add(q.group(1));
      }
      uses.remove(pkg);
      return new Source(f, pkg, uses);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String withoutCommentsAndStrings(String text) {
    return text.replaceAll("(?s)/\\*.*?\\*/", " ").replaceAll("//[^\\n]*", " ")
        .replaceAll("\"(?:\\\\.|[^\"\\\\])*\"", "\"\"");
  }

  private static int layer(String pkg) {
    String[] parts = pkg.split("\\.");
    return parts.length > 1 && parts[0].equals("gdviz") ? LAYERS.indexOf(parts[1]) : -1;
  }

  @Test
  void arrowsPointDownTheLayers() throws IOException {
    List<String> wrong = new ArrayList<>();
    for (Source s : sources()) {
      for (String used : s.uses()) {
        int from = layer(s.pkg());
        if (used.startsWith("gdviz.") && layer(used) > from) {
          wrong.add(s.file().getFileName() + " (" + s.pkg() + ") uses " + used);
        }
        boolean fx = used.startsWith("javafx");
        boolean awt = used.startsWith("java.awt");
        if ((fx && from <= layer("gdviz.plot")) || (awt && from <= layer("gdviz.engine"))) {
          wrong.add(s.file().getFileName() + " (" + s.pkg() + ") uses " + used);
        }
      }
    }
    assertEquals(List.of(), wrong);
  }

  @Test
  void noTwoPackagesNeedEachOther() throws IOException {
    Map<String, Set<String>> graph = new TreeMap<>();
    for (Source s : sources()) {
      Set<String> out = graph.computeIfAbsent(s.pkg(), k -> new TreeSet<>());
      s.uses().stream().filter(u -> u.startsWith("gdviz.")).forEach(out::add);
    }
    assertEquals(List.of(), PackageCycles.of(graph), "packages that need each other (each loop once)");
  }

  @Test
  void theReadingFindsImportsStaticImportsAndWrittenOutNames() throws IOException {
    // Guard against a check that cannot fail: the reader does see each kind of reference.
    Path probe = Files.createTempFile("Probe", ".java");
    try {
      Files.writeString(probe, """
          package gdviz.model.run;
          import gdviz.ui.MainView; // an import
          import static gdviz.app.Cli.main;
          import javafx.scene.*;
          /** gdviz.plot.Figure in a comment does not count */
          class Probe { Object o = gdviz.engine.Workers.class; String s = "gdviz.ui.window.X"; }
          """);
      assertEquals(Set.of("gdviz.ui", "gdviz.app", "gdviz.engine", "javafx.scene"), read(probe).uses());
    } finally {
      Files.delete(probe);
    }
    assertEquals(List.of(List.of("a", "b", "c")),
        PackageCycles.of(Map.of("a", Set.of("b"), "b", Set.of("c"), "c", Set.of("a", "d"), "d", Set.of())));
    assertTrue(sources().size() > 200);
  }
}
