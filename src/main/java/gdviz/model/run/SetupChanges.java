package gdviz.model.run;

import gdviz.model.format.Numbers;
import gdviz.model.method.Knob;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * What differs between a run as its example set it up and as it is set up now, in words: "the
 * method (momentum)", "η (was 0.02)" (the example's own η: the slider shows the new one), "the
 * start (3, 3)". An example's description names its own settings ("gd from (−5, −2)"); once they
 * changed, the description says which.
 */
public final class SetupChanges {
  private SetupChanges() {}

  /** The settings of {@code now} that differ from {@code original}, each with its new value. */
  public static List<String> between(RunSetup original, RunSetup now) {
    List<String> changed = new ArrayList<>();
    if (!original.objective().description().equals(now.objective().description())) {
      changed.add("the function");
    }
    if (original.method() != now.method()) {
      changed.add("the method (" + now.method().id() + ")");
    }
    if (original.eta() != now.eta()) {
      // the example's own η (the slider shows the new one): a text that stays while η is dragged —
      // a new text each slider move laid out the whole controls panel in every frame (2 ms)
      changed.add("η (was " + Numbers.format(original.eta()) + ")");
    }
    if (!Arrays.equals(original.start(), now.start())) {
      StringBuilder point = new StringBuilder();
      for (double v : now.start()) {
        point.append(point.length() == 0 ? "" : ", ").append(Numbers.format(v));
      }
      changed.add("the start (" + point + ")");
    }
    if (original.steps() != now.steps()) {
      changed.add("the steps (" + now.steps() + ")");
    }
    if (original.seed() != now.seed() && now.method().random()) {
      changed.add("the seed (" + now.seed() + ")");
    }
    if (original.method() == now.method()) {
      for (Knob k : now.method().knobs()) {
        Object before = original.knobs().value(k);
        Object after = now.knobs().value(k);
        if (!Objects.deepEquals(before, after)) {
          changed.add(k.symbol() + " (" + Knob.text(after) + ")");
        }
      }
    }
    if (!original.schedule().equals(now.schedule())) {
      changed.add("the schedule (" + now.schedule() + ")");
    }
    return changed;
  }
}
