package gdviz.app;

import static gdviz.app.CliTest.cli;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Options and preset files a user gets wrong: nothing is silently ignored or overridden, and each
 * message says in a line what is wrong and where — never the parser's own vocabulary, never the
 * input at length, and never a CSV header before the error.
 */
class HostileInputTest {
  @TempDir
  Path dir;

  private void refused(String expected, String... args) {
    CliTest.Result r = cli(args);
    assertEquals(2, r.status(), String.join(" ", args) + ": " + r.err());
    assertEquals("", r.out(), "nothing on standard output before the error");
    assertEquals(expected, r.err().strip());
  }

  private String file(String name, String json) throws Exception {
    return Files.writeString(dir.resolve(name), json).toString();
  }

  @Test
  void optionsThatWouldBeIgnoredOrOverriddenAreRefused() throws Exception {
    refused("run: --constant c is given twice ('1' and '5'); give each constant once",
        "run", "--function", "c*x^2", "--constant", "c=1", "--constant", "c=5", "--start", "1");
    refused("run: --beta: gd has no knob β (momentum, nesterov have it)",
        "run", "--preset", "quadratic-1d", "--beta", "0.5");
    refused("export: --all-presets writes one file per preset into --dir; --out names a single file: give one of them",
        "export", "--all-presets", "--dir", dir.toString(), "--out", dir.resolve("x.png").toString());
    refused("run: --schedule is empty; give constant, step:γ:K, exp:λ, poly:λ:p or cosine:T:W:r",
        "run", "--preset", "quadratic-1d", "--schedule", "");
    refused("run: give --data or a preset, not both: a preset's η, start and method were chosen for its own function"
        + " (--data alone starts at 0 with gd)",
        "run", "--data", file("d.csv", "x,y\n1,2\n2,4\n"), "--preset", "quadratic-1d");
    // a knob some runs of a preset have applies to those: accepted
    assertEquals(0, cli("run", "--preset", "optimizer-family", "--beta", "0.5", "--steps", "1").status());
  }

  @Test
  void aStepBudgetIsOneRuleEverywhere() throws Exception {
    refused("run: the step budget (--steps) must be a whole number from 0 to 1,000,000,000, got 2,147,483,648",
        "run", "--preset", "quadratic-1d", "--steps", "2147483648");
    refused("run: Invalid value for option '--steps': must be a whole number from 0 to 1,000,000,000, got '1e12'",
        "run", "--preset", "quadratic-1d", "--steps", "1e12");
    String steps = file("steps.json", "{\"name\":\"s\",\"description\":\"s\",\"function\":\"x^2\",\"start\":[1],"
        + "\"steps\":1e12}");
    refused("run: " + steps + ": steps must be a whole number from 0 to 1,000,000,000, got 1,000,000,000,000",
        "run", "--preset-file", steps);
  }

  @Test
  void jsonErrorsSayWhereAndWhatInWords() throws Exception {
    String head = "{\"name\":\"p\",\"description\":\"p\",\"function\":\"x^2\",\"start\":[1],";
    List<String[]> cases = List.of(
        new String[] {head + "\"eta\":0.1,\"eta\":0.5}", "line 1, column 75: the field \"eta\" is given twice; give"
            + " each field once"},
        new String[] {head + "\"eta\":NaN}", "line 1, column 69: NaN is not a number JSON knows; write a finite number"
            + " such as 0.1 or 1e-3"},
        new String[] {head + "\"eta\":" + "1".repeat(2000) + "}", "a number of more than 1,000 digits"},
        new String[] {head + "\"deep\":" + "[".repeat(1100) + "]".repeat(1100) + "}",
            "more than 1,000 levels of [ ] and { } inside each other"},
        new String[] {head + "\"seed\":1e30}", "field \"seed\" must be a whole number below 9.2e18, got '1.0E30'"},
        new String[] {head + "\"order\":99999999999999999999}", "field \"order\" must be a whole number, got"
            + " '99999999999999999999'"},
        new String[] {head + "\"randomStart\":{\"min\":1e20,\"max\":2}}", "a number too large for its field"},
        new String[] {head + "\"eta\":", "not valid JSON (Unexpected end-of-input within/between Object entries)"});
    int i = 0;
    for (String[] c : cases) {
      String name = file("bad" + i++ + ".json", c[0]);
      CliTest.Result r = cli("run", "--preset-file", name);
      assertEquals(2, r.status(), r.err());
      String message = r.err().strip();
      assertTrue(message.equals("run: " + name + " " + c[1]) || message.equals("run: " + name + ": " + c[1])
          || message.equals("run: " + name + ", randomStart: " + c[1])
          || message.startsWith("run: " + name + " line ") && message.endsWith(": " + c[1]), message);
      assertTrue(!message.contains("`") && !message.contains("Feature") && !message.contains("Constraints")
          && !message.contains("out of range of"), "no parser vocabulary: " + message);
    }
  }

  @Test
  void errorsInsideAPresetNameItsFileAndRun() throws Exception {
    String head = "{\"name\":\"p\",\"description\":\"p\",";
    String method = file("method.json", head + "\"function\":\"x^2\",\"start\":[1],\"runs\":[{\"method\":\"gd\"},"
        + "{\"method\":\"nosuch\"}]}");
    String data = file("data.json", head + "\"data\":{\"x\":[[1],[2]],\"y\":[1]},\"start\":[0,0]}");
    String constant = file("constant.json", head + "\"function\":\"c*x^2\",\"constants\":{\"c\":\"abc\"},\"start\":[1]}");
    String check = file("check.json", head + "\"kind\":\"difference-quotient\",\"function\":\"x^2\","
        + "\"derivativeCheck\":{\"points\":0}}");
    assertTrue(cli("run", "--preset-file", method).err().startsWith("run: " + method + ", run 2: unknown method"
        + " 'nosuch'; known methods: gd, "));
    refused("run: " + data + ": data has 2 x rows but 1 y values", "run", "--preset-file", data);
    refused("run: " + constant + ": constant c = 'abc': unknown name 'abc' at column 1", "run", "--preset-file",
        constant);
    refused("run: " + check + ", derivativeCheck: the difference quotient needs 2 to 100,000 points, from < to (finite)"
        + " and h > 0; got 0 points, from -10 to 10, h = 0.000010", "run", "--preset-file", check);
  }

  @Test
  void otherMessagesSayWhatIsReallyWrong() throws Exception {
    Path afile = Files.writeString(dir.resolve("afile"), "");
    CliTest.Result r = cli("export", "--preset", "quadratic-1d", "--out", afile.resolve("x.png").toString());
    assertEquals(1, r.status());
    assertEquals("export: cannot write " + afile.resolve("x.png") + ": " + afile + " is a file, not a folder",
        r.err().strip());
    refused("rate: rate speaks for one setup; minibatch-linreg has 5 runs (batch=1, batch=10, batch=100, batch=1000, …)"
        + " that differ in method, η or β; rate one of them with --function, or a preset of one run",
        "rate", "--preset", "minibatch-linreg", "--method", "gd");
    // the same runs at one η: one setup as far as the rate goes (the batch size is not in it)
    CliTest.Result same = cli("rate", "--preset", "minibatch-linreg", "--method", "gd", "--eta", "0.1");
    assertEquals(0, same.status(), same.err());
    assertTrue(same.out().startsWith("lambda,factor\n"), same.out());
  }
}
