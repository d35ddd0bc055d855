package gdviz.app;

/** Lets tests in other packages run the command line and read its standard output. */
public final class CliTestAccess {
  private CliTestAccess() {}

  public static String run(String... args) {
    CliTest.Result r = CliTest.cli(args);
    if (r.status() != 0) {
      throw new AssertionError("gdviz " + String.join(" ", args) + " failed: " + r.err());
    }
    return r.out();
  }
}
