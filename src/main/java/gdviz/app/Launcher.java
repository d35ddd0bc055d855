package gdviz.app;

/**
 * Entry point of {@code java -jar gdviz.jar}. A plain class (not a JavaFX Application) so the jar
 * runs from the class path.
 */
public final class Launcher {
  private Launcher() {}

  public static void main(String[] args) {
    System.exit(Cli.execute(args, System.out, System.err));
  }
}
