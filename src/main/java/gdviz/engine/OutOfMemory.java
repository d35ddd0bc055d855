package gdviz.engine;

/** What to tell a user whose run filled the Java heap. */
public final class OutOfMemory {
  /** The outcome's detail for a run cut short by a full heap (the app keeps every iterate). */
  public static final String DETAIL = "out of memory: the iterates filled the Java heap; use fewer steps, "
      + "or start Java with more heap (java -Xmx2g …)";

  private OutOfMemory() {}

  /** One line for the command line: what ran out and what to do. */
  public static String message(String command) {
    long mb = Runtime.getRuntime().maxMemory() / (1024 * 1024);
    return command + ": out of memory: the Java heap (" + mb + " MB) is full. Use fewer --steps, "
        + "--every K for an animated export, or give Java more heap, e.g. java -Xmx2g -jar gdviz.jar …";
  }
}
