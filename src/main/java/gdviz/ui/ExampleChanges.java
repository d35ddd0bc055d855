package gdviz.ui;

import gdviz.model.preset.Preset;
import gdviz.model.run.RunSetup;
import gdviz.model.run.SetupChanges;
import java.util.List;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The example's description, and once anything was changed, which settings: "(as the example
 * opened; changed since: η (was 0.02))". The description names the example's own settings.
 */
final class ExampleChanges {
  private final ReadOnlyStringWrapper about = new ReadOnlyStringWrapper("");
  /** Every run's setup as the example opened it: what the runs now are compared with. */
  private List<RunSetup> asOpened = List.of();

  /** An example was opened: its first runs are the ones to compare with. */
  void reopened() {
    asOpened = List.of();
  }

  /** Says what changed in the selected run {@code sel} of {@code now}; {@code own}: the function is the user's own. */
  void describe(Preset p, List<RunSetup> now, int sel, boolean own) {
    if (asOpened.isEmpty()) {
      asOpened = now;
    }
    if (p == null) {
      about.set("");
      return;
    }
    List<String> changes = now.size() != asOpened.size() ? List.of("the runs compared")
        : SetupChanges.between(asOpened.get(sel), now.get(sel));
    String head = own ? "your own function, with the other settings of " + p.name() : p.description();
    List<String> others = changes.stream().filter(c -> !own || !c.equals("the function")).toList();
    about.set(others.isEmpty() ? head : head + "\n(as the example opened; changed since: " + String.join(", ", others)
        + ")");
  }

  ReadOnlyStringProperty aboutProperty() {
    return about.getReadOnlyProperty();
  }
}
