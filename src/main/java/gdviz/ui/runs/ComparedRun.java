package gdviz.ui.runs;

import gdviz.model.preset.RunOverrides;
import gdviz.ui.playback.FrameSource;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One run among those compared on a plot: its label, its colour, whether it is shown, and its own
 * settings (method, η, knobs, or anything its preset gives it) on top of the shared ones. A label
 * its preset gave stays; any other is renamed after the run's method and η when they change.
 */
public final class ComparedRun {
  private final StringProperty label = new SimpleStringProperty();
  private final BooleanProperty visible = new SimpleBooleanProperty(true);
  private final int colour;
  private final boolean named;
  private RunOverrides own;

  /** @param named whether the label is the preset's (kept) rather than one gdviz made up */
  public ComparedRun(String label, int colour, RunOverrides own, boolean named) {
    this.label.set(label);
    this.colour = colour;
    this.own = own;
    this.named = named;
  }

  public StringProperty labelProperty() {
    return label;
  }

  public String label() {
    return label.get();
  }

  public BooleanProperty visibleProperty() {
    return visible;
  }

  public boolean visible() {
    return visible.get();
  }

  /** Index into the run palette. */
  public int colour() {
    return colour;
  }

  /** Whether the label came from the preset. */
  public boolean named() {
    return named;
  }

  /** This run's own settings (over the preset's and the shared ones). */
  public RunOverrides own() {
    return own;
  }

  public void setOwn(RunOverrides spec) {
    own = spec;
  }

  public FrameSource.Look look() {
    return new FrameSource.Look(label(), colour, visible());
  }
}
