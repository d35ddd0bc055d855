package gdviz.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Start-up to the first frame on screen, in fresh JVMs, from the shipped jar: plain, and with an
 * application class-data-sharing archive (AppCDS) made by one training start. Each start is
 * {@link AppHarness} with {@code --startup-only}. The class path must hold jars only (AppCDS refuses
 * class directories): the shaded gdviz.jar, a jar of the benchmark classes, and Monocle.
 *
 * <p>Usage: {@code StartupSeries CLASSPATH ARCHIVE STARTS}; results in target/bench/startup.json.
 */
public final class StartupSeries {
  private static final Pattern STARTUP = Pattern.compile("\"startupMs\": (\\d+)");
  private static final List<String> HEADLESS = List.of("-Xmx512m", "-Djava.awt.headless=true",
      "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
      "-Dheadless.geometry=1920x1200-32");

  private StartupSeries() {}

  public static void main(String[] args) throws Exception {
    String classPath = args[0];
    Path archive = Path.of(args[1]);
    int starts = Integer.parseInt(args[2]);
    Files.createDirectories(archive.toAbsolutePath().getParent());
    Files.deleteIfExists(archive);
    start(classPath, "-XX:ArchiveClassesAtExit=" + archive); // the training start writes the archive
    if (!Files.exists(archive)) {
      throw new IllegalStateException("no class-data archive was written to " + archive);
    }
    List<Double> plain = new ArrayList<>();
    List<Double> shared = new ArrayList<>();
    for (int i = 0; i < starts; i++) { // alternating, so a slower spell of the machine hits both
      plain.add(start(classPath, null));
      shared.add(start(classPath, "-XX:SharedArchiveFile=" + archive));
    }
    String json = String.format(Locale.ROOT, "{\n  \"startupJarMs\": %s,\n  \"startupJarAppCdsMs\": %s\n}\n",
        stats(plain), stats(shared));
    Files.createDirectories(Path.of("target/bench"));
    Files.writeString(Path.of("target/bench/startup.json"), json);
    System.out.print(json);
  }

  private static double start(String classPath, String extra) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    if (extra != null) {
      command.add(extra);
    }
    command.addAll(HEADLESS);
    command.addAll(List.of("-cp", classPath, AppHarness.class.getName(), "--startup-only"));
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
      throw new IllegalStateException("a start failed:\n" + out);
    }
    Matcher m = STARTUP.matcher(out);
    if (!m.find()) {
      throw new IllegalStateException("no start-up time in:\n" + out);
    }
    return Double.parseDouble(m.group(1));
  }

  private static String stats(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    return String.format(Locale.ROOT, "{\"median\": %.0f, \"min\": %.0f, \"max\": %.0f, \"n\": %d}",
        sorted.get(sorted.size() / 2), sorted.get(0), sorted.get(sorted.size() - 1), sorted.size());
  }
}
