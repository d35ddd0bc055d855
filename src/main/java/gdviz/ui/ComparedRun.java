package gdviz.ui;

import gdviz.model.preset.RunSpec;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One run among those compared on a plot: its label, its colour, whether it is shown, and its own
 * settings (method, η, parameters, or anything its preset gives it) on top of the shared ones.
 */
public final class ComparedRun {
  private final StringProperty label = new SimpleStringProperty();
  private final BooleanProperty visible = new SimpleBooleanProperty(true);
  private final int colour;
  private RunSpec own;

  ComparedRun(String label, int colour, RunSpec own) {
    this.label.set(label);
    this.colour = colour;
    this.own = own;
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

  RunSpec own() {
    return own;
  }

  void setOwn(RunSpec spec) {
    own = spec;
  }
}
