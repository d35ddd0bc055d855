package gdviz.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CliTest {
  record Result(int status, String out, String err) {
    List<String> lines() {
      return out.lines().toList();
    }
  }

  static Result cli(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = Cli.execute(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void quadratic1dPrintsElevenRowsEndingInTheTextbookValue() {
    Result r = cli("run", "--preset", "quadratic-1d");
    assertEquals(0, r.status(), r.err());
    List<String> lines = r.lines();
    assertEquals("k,x,f,grad_norm", lines.get(0));
    assertEquals(12, lines.size(), "header + 11 rows");
    assertEquals("0,10.0,100.0,20.0", lines.get(1));
    assertTrue(lines.get(11).startsWith("10,0.06046617599999997,"), lines.get(11));
    assertEquals("stopped after 10 steps", r.err().strip());
  }

  @Test
  void tooLargeALearningRatePrintsAGrowingRow10() {
    Result r = cli("run", "--preset", "quadratic-1d", "--eta", "1.1");
    String[] row10 = r.lines().get(11).split(",");
    assertEquals("10", row10[0]);
    assertTrue(Math.abs(Double.parseDouble(row10[1])) > 60, row10[1]);
  }

  @Test
  void numbersAreWrittenInTheirShortestExactFormAndReadBack() {
    Result r = cli("run", "--function", "x^2", "--start", "0.1", "--eta", "0.3", "--steps", "3");
    for (String line : r.lines().subList(1, r.lines().size())) {
      for (String cell : line.split(",")) {
        double v = Double.parseDouble(cell);
        assertEquals(cell, cell.contains(".") || cell.contains("E") ? Double.toString(v) : cell);
      }
    }
  }

  @Test
  void negativeStartCoordinatesWorkAsTyped() {
    Result r = cli("run", "--function", "x1^2 + 2*x2^2", "--start", "-5,-2", "--eta", "0.1", "--steps", "2");
    assertEquals(0, r.status(), r.err());
    assertEquals("k,x1,x2,f,grad_norm", r.lines().get(0));
    assertTrue(r.lines().get(1).startsWith("0,-5.0,-2.0,33.0,"), r.lines().get(1));
  }

  @Test
  void multiRunPresetsGetARunColumn() {
    Result r = cli("run", "--preset", "preconditioning");
    assertEquals(0, r.status(), r.err());
    assertEquals("run,k,x1,x2,f,grad_norm", r.lines().get(0));
    assertEquals(List.of("gd", "precond", "gd-rotated", "precond-rotated"),
        r.lines().stream().skip(1).map(l -> l.split(",")[0]).distinct().toList());
    assertEquals(4 * 51 + 1, r.lines().size());
    assertTrue(r.err().contains("precond-rotated: stopped after 50 steps"), r.err());
  }

  @Test
  void optionsOverrideThePreset() {
    Result r = cli("run", "--preset", "quadratic-2d", "--steps", "3", "--method", "momentum", "--beta", "0.5");
    assertEquals(5, r.lines().size());
    // momentum's second step differs from gd's: x1 = −5·0.8 = −4, then v = 0.5·(−10) + (−8) → x1 = −4 + 1.3
    assertTrue(r.lines().get(3).startsWith("2,-2.7"), r.lines().get(3));
  }

  @Test
  void singleRunPresetsHaveNoRunColumn() {
    assertEquals("k,x,f,grad_norm", cli("run", "--preset", "half-square-shift").lines().get(0));
  }

  @Test
  void dataSetRunsReportTheClosedFormSolution() {
    Result r = cli("run", "--preset", "linreg-20pts");
    assertTrue(r.err().startsWith("converged at step "), r.err());
    assertTrue(r.err().contains("closed-form least-squares solution: θ₀ = 0.515789473684"), r.err());
  }

  @Test
  void differenceQuotientPrintsBothDerivatives() {
    Result r = cli("run", "--preset", "difference-quotient");
    assertEquals("x,f,exact,forward_difference,max_abs_error", r.lines().get(0));
    assertEquals(22, r.lines().size());
  }

  @Test
  void divergenceIsReportedOnStandardError() {
    Result r = cli("run", "--function", "x^2", "--start", "10", "--eta", "3", "--steps", "10000");
    assertEquals(0, r.status());
    assertTrue(r.err().startsWith("diverged at step "), r.err());
  }

  @Test
  void presetsListsEveryPresetWithADescription() {
    Result r = cli("presets");
    assertEquals(0, r.status());
    assertEquals(18, r.lines().size());
    assertTrue(r.lines().get(0).matches("quadratic-1d +f\\(x\\) = x², .*"), r.lines().get(0));
    for (String name : List.of("stability", "basins", "nonconvex-1d", "quadratic-2d", "noisy-sgd-2d", "newton-cosh", "newton-nonconvex",
        "preconditioning", "line-search", "minibatch-linreg", "linreg-20pts", "difference-quotient",
        "step-size-candidates", "shrinking-step-sgd", "maximize", "half-square-shift", "optimizer-family")) {
      assertTrue(r.out().contains(name + " "), name);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"run", "presets", "functions", "methods"})
  void everySubcommandHasHelp(String command) {
    Result r = cli(command, "--help");
    assertEquals(0, r.status());
    assertTrue(r.out().startsWith("Usage: gdviz " + command), r.out());
  }

  @Test
  void badInputExitsWithStatus2AndOneClearLine() {
    String[][] cases = {
        {"run", "--preset", "nope"},
        {"run", "--function", "x + sinn(x)", "--start", "1"},
        {"run", "--preset", "quadratic-2d", "--start", "1,2,3"},
        {"run", "--preset", "quadratic-1d", "--eta", "0"},
        {"run", "--preset", "quadratic-1d", "--eta", "-1"},
        {"run", "--preset", "quadratic-1d", "--method", "sgdd"},
        {"run", "--preset", "quadratic-1d", "--start", "1,x"},
        {"run", "--preset", "quadratic-1d", "--eta", "abc"},
        {"run", "--preset", "quadratic-1d", "--beta", "1.5", "--method", "momentum"},
        {"run", "--function", "x^2"},
        {"run"},
        {"run", "--bogus"},
        {"run", "--preset", "quadratic-1d", "--method", "minibatch"},
    };
    String[] expected = {
        "run: unknown preset 'nope'; known presets: quadratic-1d,",
        "run: function 'x + sinn(x)': unknown function 'sinn' at column 5",
        "run: the start point has 3 coordinates but f(x1, x2) = x1^2 + 2*x2^2 takes 2",
        "run: η (--eta) must be a positive number, got 0",
        "run: η (--eta) must be a positive number, got -1",
        "run: unknown method 'sgdd'; known methods: gd, sgd,",
        "run: --start: 'x' (item 2 of '1,x') is not a number",
        "run: Invalid value for option '--eta': 'abc' is not a double",
        "run: β (--beta) of momentum must be in [0, 1), got 1.5",
        "run: no start point given: use --start (1 coordinate)",
        "run: say what to run: --preset NAME, --function EXPR or --data FILE.csv",
        "run: Unknown option: '--bogus'",
        "run: method minibatch needs a data-set objective",
    };
    for (int i = 0; i < cases.length; i++) {
      Result r = cli(cases[i]);
      assertEquals(2, r.status(), Arrays.toString(cases[i]));
      assertEquals(1, r.err().lines().count(), "one line: " + r.err());
      assertTrue(r.err().startsWith(expected[i]), Arrays.toString(cases[i]) + " said: " + r.err());
      assertEquals("", r.out(), "nothing on standard output");
    }
  }

  @Test
  void aTeachersOwnPresetFileRuns(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("mine.json");
    Files.writeString(file, """
        {"name": "mine", "description": "my bowl", "function": "(x - 1)^2", "start": 3, "eta": 0.25, "steps": 2}
        """);
    Result r = cli("run", "--preset-file", file.toString());
    assertEquals(0, r.status(), r.err());
    assertEquals(List.of("k,x,f,grad_norm", "0,3.0,4.0,4.0", "1,2.0,1.0,2.0", "2,1.5,0.25,1.0"), r.lines());
  }

  @Test
  void aBrokenPresetFileIsNamedWithItsProblem(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("broken.json");
    Files.writeString(file, "{\"name\": \"b\", \"description\": \"d\", \"etaa\": 1}");
    Result r = cli("run", "--preset-file", file.toString());
    assertEquals(2, r.status());
    assertTrue(r.err().contains("broken.json: unknown field \"etaa\"; known fields:"), r.err());
  }

  @Test
  void linreg20ptsEndsOnTheTextbookDigitsAndShowsTheCoursesErrorFunction() {
    Result r = cli("run", "--preset", "linreg-20pts");
    assertEquals(0, r.status(), r.err());
    assertEquals("k,x1,x2,f,grad_norm", r.lines().get(0), "the CSV keeps x1, x2 for scripts");
    assertTrue(r.lines().get(r.lines().size() - 1).startsWith("4035,0.5158328581734093,0.9699216324486175,"),
        r.lines().get(r.lines().size() - 1));
    assertTrue(r.err().contains("parameters: x1 = θ₀, x2 = θ₁"), r.err());
    assertTrue(r.err().contains("Error function: 405.98496249324046 (J = "), r.err());
    assertTrue(r.err().contains("its (1./2*m) is m/2, not 1/(2m)"), r.err());
  }

  @Test
  void aDivergingRunSaysSoThoughItNeverOverflows() {
    Result r = cli("run", "--function", "0.1*x1^2 + 2*x2^2", "--start=-5,-2", "--eta", "0.6", "--steps", "20");
    assertEquals(0, r.status(), r.err());
    assertEquals("diverging (stopped after 20 steps; ηλ₂ = 2.4 > 2 along v₂ = (0, 1): |x − x*| grows ×1.4 per step)",
        r.err().lines().findFirst().orElseThrow());
    Result q = cli("run", "--preset", "quadratic-2d", "--eta", "1.22");
    assertTrue(q.err().startsWith("diverging (stopped after 20 steps;"), q.err());
  }

  /** The rows stream out as they are computed: a run far larger than the heap prints every row. */
  @Test
  void rowsStreamOutSoTheHeapDoesNotLimitTheSteps() throws Exception {
    // 2·10⁶ iterates kept would need ~50 MB; the JVM gets 24 MB
    Process p = java("-Xmx24m", "run", "--function", "x1^2+2*x2^2", "--start=-5,-2", "--eta", "0.01", "--steps",
        "2000000");
    long lines;
    try (var in = new java.io.BufferedReader(new java.io.InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      lines = in.lines().count();
    }
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, p.waitFor(), err);
    assertEquals(2_000_002, lines, "header + 2·10⁶ + 1 rows");
    // every |∂f/∂xᵢ| ≤ 1e-6 from step 798 on: it says when it got there, and that it went on
    assertEquals("converged at step 798 (the run went on to step 2000000)", err.strip());
  }

  /** A heap that does fill up is one clear line saying what ran out and what to do, not a stack trace. */
  @Test
  void runningOutOfMemoryIsOneClearLine(@TempDir Path dir) throws Exception {
    Process p = java("-Xmx32m", "export", "--preset", "quadratic-2d", "--out", dir.resolve("huge.png").toString(),
        "--width", "6000", "--height", "6000");
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(1, p.waitFor());
    assertEquals(1, err.lines().count(), err);
    assertTrue(err.startsWith("gdviz export: out of memory: the Java heap ("), err);
    assertTrue(err.contains("Use fewer --steps") && err.contains("-Xmx2g"), err);
  }

  /** gdviz in a JVM of its own, with its own options (heap size), on this test's class path. */
  static Process java(String jvmOption, String... args) throws java.io.IOException {
    List<String> command = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
        .toString(), jvmOption, "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"),
        "gdviz.app.Launcher"));
    command.addAll(Arrays.asList(args));
    return new ProcessBuilder(command).start();
  }
}
