package gdviz;

/**
 * How many cases a random or property test tries: a few seconds' worth in the default build, the
 * large count with {@code ./mvnw -B -Pstress test} (which sets {@code gdviz.stress}).
 */
public final class Stress {
  private Stress() {}

  public static boolean on() {
    return Boolean.getBoolean("gdviz.stress");
  }

  /** {@code normal} cases in the default build, {@code stress} with -Pstress. */
  public static int cases(int normal, int stress) {
    return on() ? stress : normal;
  }
}
