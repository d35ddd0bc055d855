package gdviz.ui.plots;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/** What the plots draw besides the paths: the tangent (1D), the −∇f arrow (2D), the loss's log scale. */
public final class PlotOptions {
  private final BooleanProperty tangent = new SimpleBooleanProperty(true);
  private final BooleanProperty gradientArrow = new SimpleBooleanProperty(true);
  private final BooleanProperty lossLog = new SimpleBooleanProperty(false);

  public BooleanProperty tangentProperty() {
    return tangent;
  }

  public BooleanProperty gradientArrowProperty() {
    return gradientArrow;
  }

  public BooleanProperty lossLogProperty() {
    return lossLog;
  }

  /** Each toggle, to listen to them all. */
  public java.util.List<BooleanProperty> all() {
    return java.util.List.of(tangent, gradientArrow, lossLog);
  }
}
