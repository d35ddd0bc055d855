package gdviz;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** The groups of packages that reach each other through their imports (Tarjan's strongly connected components). */
final class PackageCycles {
  private final Map<String, Set<String>> graph;
  private final Map<String, Integer> index = new HashMap<>();
  private final Map<String, Integer> low = new HashMap<>();
  private final Deque<String> stack = new ArrayDeque<>();
  private final List<List<String>> groups = new ArrayList<>();

  private PackageCycles(Map<String, Set<String>> graph) {
    this.graph = graph;
  }

  /** Each group of two or more packages that need each other, its names sorted. */
  static List<List<String>> of(Map<String, Set<String>> graph) {
    PackageCycles c = new PackageCycles(graph);
    new TreeSet<>(graph.keySet()).forEach(p -> {
      if (!c.index.containsKey(p)) {
        c.visit(p);
      }
    });
    return c.groups;
  }

  private void visit(String p) {
    index.put(p, index.size());
    low.put(p, index.get(p));
    stack.push(p);
    for (String q : graph.getOrDefault(p, Set.of())) {
      if (!index.containsKey(q)) {
        visit(q);
        low.put(p, Math.min(low.get(p), low.get(q)));
      } else if (stack.contains(q)) {
        low.put(p, Math.min(low.get(p), index.get(q)));
      }
    }
    if (low.get(p).equals(index.get(p))) {
      TreeSet<String> group = new TreeSet<>();
      String q;
      do {
        q = stack.pop();
        group.add(q);
      } while (!q.equals(p));
      if (group.size() > 1) {
        groups.add(List.copyOf(group));
      }
    }
  }
}
