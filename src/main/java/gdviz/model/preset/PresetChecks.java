package gdviz.model.preset;

import gdviz.model.SetupException;
import gdviz.model.optim.Methods;
import gdviz.model.run.RunSetup;
import gdviz.model.run.Schedule;
import java.util.ArrayList;
import java.util.List;

/**
 * What can be checked in a preset file on its own, when it is read — before any option of the
 * command line is merged in — so that the message names the file and the run: an unknown method,
 * a constant that is not a number, data whose x and y differ in length, a schedule, a step
 * budget, a derivative check that cannot be drawn. (What depends on the options, such as a missing
 * start point the command line may give, is checked when the runs are set up.)
 */
final class PresetChecks {
  private PresetChecks() {}

  static void check(Preset p, String source) {
    List<RunOverrides> specs = new ArrayList<>();
    List<String> where = new ArrayList<>();
    specs.add(p.base());
    where.add(source);
    for (int i = 0; i < p.runs().size(); i++) {
      specs.add(p.base().overriddenBy(p.runs().get(i)));
      where.add(source + ", run " + (i + 1));
    }
    for (int i = 0; i < specs.size(); i++) {
      try {
        check(specs.get(i));
      } catch (SetupException e) {
        throw new SetupException(where.get(i) + ": " + e.getMessage());
      }
    }
    if (p.derivativeCheck() != null) {
      try {
        p.derivativeCheck().check();
      } catch (SetupException e) {
        throw new SetupException(source + ", derivativeCheck: " + e.getMessage());
      }
    }
  }

  private static void check(RunOverrides spec) {
    if (spec.method() != null) {
      Methods.require(spec.method());
    }
    SetupResolver.constants(spec.constants());
    if (spec.data() != null && spec.data().x() != null && spec.data().y() != null) {
      spec.data().table(); // x and y of the same length
    }
    if (spec.schedule() != null) {
      Schedule.parse(spec.schedule());
    }
    if (spec.steps() != null && (spec.steps() < 0 || spec.steps() > RunSetup.MAX_STEPS)) {
      throw new SetupException(String.format(java.util.Locale.ROOT, "steps must be a whole number from 0 to %,d,"
          + " got %,d", RunSetup.MAX_STEPS, spec.steps()));
    }
  }
}
