package gdviz.model.optim;

import gdviz.model.SetupException;
import gdviz.model.format.Quote;
import gdviz.model.method.Knob;
import gdviz.model.method.Method;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Every method gdviz knows, in the order lists show them: one line per method. */
public final class Methods {
  private static final List<Method> ALL = List.of(
      GradientDescent.METHOD,
      NoisyGradientDescent.METHOD,
      MinibatchSgd.METHOD,
      Momentum.METHOD,
      Nesterov.METHOD,
      AdaGrad.METHOD,
      RmsProp.METHOD,
      Adadelta.METHOD,
      Adam.METHOD,
      Adamax.METHOD,
      Newton.METHOD,
      DiagonalPreconditioning.METHOD,
      BacktrackingLineSearch.METHOD,
      StepSizeCandidates.METHOD,
      ShrinkingStepSgd.METHOD,
      AdamW.METHOD,
      AmsGrad.METHOD,
      Lion.METHOD,
      ConjugateGradient.METHOD,
      Bfgs.METHOD,
      NelderMead.METHOD);

  private Methods() {}

  public static List<Method> all() {
    return ALL;
  }

  /** The method the command line and presets call {@code id} (case and spaces ignored). */
  public static Optional<Method> byId(String id) {
    String key = id.trim().toLowerCase(Locale.ROOT);
    return ALL.stream().filter(m -> m.id().equals(key)).findFirst();
  }

  /** The method named {@code id}, or a {@link SetupException} listing the known ones. */
  public static Method require(String id) {
    return byId(id).orElseThrow(() -> new SetupException("unknown method " + Quote.of(id) + "; known methods: " + ids()));
  }

  public static String ids() {
    return ALL.stream().map(Method::id).collect(Collectors.joining(", "));
  }

  /** gd: the method of a run that names none. */
  public static Method standard() {
    return GradientDescent.METHOD;
  }

  /**
   * Every knob name with the methods that have it, in declaration order: one command-line option
   * and one preset field each.
   */
  public static Map<String, List<Method>> knobUsers() {
    Map<String, List<Method>> users = new LinkedHashMap<>();
    for (Method m : ALL) {
      for (Knob k : m.knobs()) {
        users.computeIfAbsent(k.name(), n -> new ArrayList<>()).add(m);
      }
    }
    return users;
  }

  /** The declaration of a knob name as the first method that has it declares it (type, symbol, help). */
  public static Optional<Knob> anyKnob(String name) {
    for (Method m : ALL) {
      Optional<Knob> k = m.knob(name);
      if (k.isPresent()) {
        return k;
      }
    }
    return Optional.empty();
  }
}
