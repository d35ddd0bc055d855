package gdviz.app;

import gdviz.model.run.RunSetup;
import gdviz.model.run.Starts;
import java.util.ArrayList;
import java.util.List;

/** One setup from many starts ({@code --starts}): labelled "start 1", "start 2", … */
final class ManyStarts {
  private ManyStarts() {}

  static List<RunSetup> setups(RunSetup setup, String spec) {
    List<RunSetup> out = new ArrayList<>();
    int i = 1;
    for (double[] start : Starts.of(spec, setup.start(), setup.objective().minimizer())) {
      out.add(setup.withStart(start).withLabel("start " + i++));
    }
    return out;
  }
}
