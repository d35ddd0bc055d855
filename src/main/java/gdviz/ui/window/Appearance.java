package gdviz.ui.window;

import gdviz.plot.PlotTheme;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * How the window presents itself: the theme (controls and plots), the UI scale, presentation
 * mode, and which side panels are shown. The window applies it ({@link WindowLayout}); the app
 * remembers it between launches.
 */
public final class Appearance {
  /** The UI scale's steps, in percent (Ctrl+= and Ctrl+− move between them). */
  public static final List<Integer> SCALES = List.of(75, 90, 100, 110, 125, 150, 175, 200, 250, 300);
  public static final int MIN_SCALE = 75;
  public static final int MAX_SCALE = 300;

  private final ObjectProperty<PlotTheme> theme = new SimpleObjectProperty<>(PlotTheme.LIGHT);
  private final IntegerProperty scale = new SimpleIntegerProperty(100);
  private final BooleanProperty presentation = new SimpleBooleanProperty(false);
  private final BooleanProperty controlsShown = new SimpleBooleanProperty(true);
  private final BooleanProperty iteratesShown = new SimpleBooleanProperty(true);

  /**
   * A UI scale typed on the command line or read from settings: a whole percentage from 75 to 300.
   *
   * @throws IllegalArgumentException naming the value and the range
   */
  public static int parseScale(String text) {
    String t = text.trim().endsWith("%") ? text.trim().substring(0, text.trim().length() - 1) : text.trim();
    int percent;
    try {
      percent = Integer.parseInt(t);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("scale must be a whole percentage from 75 to 300, not \"" + text + "\"");
    }
    if (percent < MIN_SCALE || percent > MAX_SCALE) {
      throw new IllegalArgumentException("scale must be from 75 to 300 (percent), not " + percent);
    }
    return percent;
  }

  public ObjectProperty<PlotTheme> themeProperty() {
    return theme;
  }

  /** The UI scale in percent, 75 … 300. */
  public IntegerProperty scaleProperty() {
    return scale;
  }

  public BooleanProperty presentationProperty() {
    return presentation;
  }

  public BooleanProperty controlsShownProperty() {
    return controlsShown;
  }

  public BooleanProperty iteratesShownProperty() {
    return iteratesShown;
  }

  /** The next larger step of the scale (Ctrl+=). */
  public void zoomIn() {
    for (int s : SCALES) {
      if (s > scale.get()) {
        scale.set(s);
        return;
      }
    }
  }

  /** The next smaller step (Ctrl+−). */
  public void zoomOut() {
    for (int i = SCALES.size() - 1; i >= 0; i--) {
      if (SCALES.get(i) < scale.get()) {
        scale.set(SCALES.get(i));
        return;
      }
    }
  }

  /** 100 % (Ctrl+0). */
  public void actualSize() {
    scale.set(100);
  }

  /** Dark theme on or off (Ctrl+Shift+D). */
  public void toggleTheme() {
    theme.set(theme.get() == PlotTheme.DARK ? PlotTheme.LIGHT : PlotTheme.DARK);
  }
}
