package gdviz.ui.plots;

import gdviz.plot.PlotTheme;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * What the plots draw besides the paths — the tangent (1D), the −∇f arrow (2D), the loss's log
 * scale — and their page: light or dark.
 */
public final class PlotOptions {
  private final ObjectProperty<PlotTheme> theme = new SimpleObjectProperty<>(PlotTheme.LIGHT);
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

  public ObjectProperty<PlotTheme> themeProperty() {
    return theme;
  }

  /** Each toggle, to listen to them all. */
  public java.util.List<BooleanProperty> all() {
    return java.util.List.of(tangent, gradientArrow, lossLog);
  }
}
