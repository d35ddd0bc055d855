package gdviz.app;

/**
 * Entry point of {@code java -jar gdviz.jar} and of {@code ./mvnw javafx:run}. A plain class (not a JavaFX Application) so the jar
 * runs from the class path.
 */
public final class Launcher {
  private Launcher() {}

  /** One line on standard error, as the console can show it. */
  private static void say(String line) {
    System.err.println(ConsoleText.of(line, ConsoleWriter.console("stderr")));
  }

  /** No arguments, or {@code app [options]}: the desktop app; anything else: the command line. */
  public static void main(String[] args) {
    if (args.length == 0 || args[0].equals("app")) {
      String[] rest = args.length == 0 ? args : java.util.Arrays.copyOfRange(args, 1, args.length);
      String problem = AppArguments.problem(java.util.List.of(rest));
      if (problem != null) {
        say("gdviz app: " + problem);
        System.exit(2);
        return;
      }
      String noDisplay = DisplayCheck.problem(System.getenv(), System.getProperty("os.name"));
      if (noDisplay != null) {
        say(noDisplay);
        System.exit(1);
        return;
      }
      MacNatives.prepare();
      DisplayCheck.quietClassPathWarning();
      try {
        GdvizApp.main(rest);
      } catch (UnsupportedOperationException e) { // JavaFX: "Unable to open DISPLAY"
        say(DisplayCheck.unopened(System.getenv()));
        System.exit(1);
      }
      return;
    }
    System.exit(Cli.main(args));
  }
}
