package gdviz.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code run --repeat N}: N runs with consecutive seeds, each as the single run of that seed prints it. */
class RepeatCommandTest {
  @Test
  void eachRepeatedRunIsTheRunOfItsSeed() {
    String[] base = {"run", "--function", "x1^2 + 10*x2^2", "--start=-5,-2", "--method", "sgd", "--eta", "0.05",
        "--noise", "2", "--steps", "20"};
    CliTest.Result repeated = CliTest.cli(concat(base, "--seed", "7", "--repeat", "3"));
    assertEquals(0, repeated.status(), repeated.err());
    List<String> lines = repeated.lines();
    assertEquals("seed,k,x1,x2,f,grad_norm", lines.get(0));
    assertEquals(1 + 3 * 21, lines.size(), "three runs of 20 steps: 21 rows each");
    for (int seed = 7; seed <= 9; seed++) {
      CliTest.Result single = CliTest.cli(concat(base, "--seed", Integer.toString(seed)));
      List<String> rows = single.lines().subList(1, single.lines().size());
      String prefix = seed + ",";
      List<String> fromRepeat = lines.stream().filter(l -> l.startsWith(prefix)).map(l -> l.substring(prefix.length()))
          .toList();
      assertEquals(rows, fromRepeat, "seed " + seed + ": the same rows as a single run with --seed " + seed);
    }
    assertTrue(repeated.err().contains("seed 9: stopped after 20 steps"), repeated.err());
  }

  @Test
  void aPresetWithSeveralRunsKeepsItsRunColumnFirst() {
    CliTest.Result r = CliTest.cli("run", "--preset", "preconditioning", "--method", "sgd", "--steps", "2", "--repeat", "2");
    assertEquals(0, r.status(), r.err());
    assertEquals("run,seed,k,x1,x2,f,grad_norm", r.lines().get(0));
    String firstRun = r.lines().get(1).split(",")[0];
    assertEquals(List.of(firstRun + ",0,0", firstRun + ",0,1", firstRun + ",0,2", firstRun + ",1,0"),
        r.lines().subList(1, 5).stream().map(l -> String.join(",", java.util.Arrays.copyOf(l.split(","), 3))).toList(),
        "each run's seeds one after another");
  }

  @Test
  void refusesMethodsWithoutRandomnessAndBadCounts() {
    CliTest.Result gd = CliTest.cli("run", "--preset", "quadratic-1d", "--repeat", "3");
    assertEquals(2, gd.status());
    assertEquals("run: --repeat: method gd does not draw on the seed, so every run would take the same path;"
        + " repeat runs of sgd, minibatch or shrinking", gd.err().strip());
    CliTest.Result zero = CliTest.cli("run", "--function", "x1^2", "--start", "1", "--method", "sgd", "--repeat", "0");
    assertEquals(2, zero.status());
    assertEquals("run: --repeat must be between 1 and 1000, got 0", zero.err().strip());
    assertEquals("", zero.out(), "nothing printed before the error");
  }

  private static String[] concat(String[] a, String... b) {
    String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
