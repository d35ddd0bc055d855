package gdviz.ui.window;

import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;

/**
 * Puts the window's parts in place for its {@link Appearance}: the menus, the controls on the
 * left, the status line below and the iterates beside the plots in the normal window; in
 * presentation mode only the plots and the compact strip under them. Hidden panels are taken out
 * of the layout, so the plots get their width. The theme goes to the controls (AtlantaFX's light or
 * dark stylesheet) and, with the UI scale, to the plots; the scale also sets the controls' font
 * size and the side panels' widths.
 */
public final class WindowLayout {
  /** The base font size of the controls at 100 % (AtlantaFX's Primer themes). */
  static final double BASE_FONT = 14;
  private static final double CONTROLS_WIDTH = 330;
  private static final double CONTROLS_MIN_WIDTH = 300;
  private static final double ITERATES_DIVIDER = 0.68;

  /** The window's parts. {@code look} is told the theme and the scale (1 = 100 %) for the plots. */
  public record Parts(BorderPane root, Node menus, Region controls, Node status, SplitPane workArea, Region iterates,
      Node strip, Look look) {}

  /** Gives the plots their theme and scale. */
  public interface Look {
    void apply(gdviz.plot.PlotTheme theme, double scale);
  }

  /** The plots' narrowest width (at 100 %) before the iterates panel makes way for them. */
  static final double PLOTS_MIN_WIDTH = 400;
  /** The controls never take more of the window than this; beyond it they scroll sideways. */
  private static final double CONTROLS_MAX_SHARE = 0.4;

  private final Appearance appearance;
  private final Parts parts;
  private final javafx.beans.property.ReadOnlyStringWrapper note = new javafx.beans.property.ReadOnlyStringWrapper("");
  private boolean lesson;

  public WindowLayout(Appearance appearance, Parts parts) {
    this.appearance = appearance;
    this.parts = parts;
    appearance.presentationProperty().addListener((obs, o, n) -> arrange());
    appearance.controlsShownProperty().addListener((obs, o, n) -> arrange());
    appearance.iteratesShownProperty().addListener((obs, o, n) -> arrange());
    appearance.themeProperty().addListener((obs, o, n) -> applyLook());
    appearance.scaleProperty().addListener((obs, o, n) -> applyLook());
    parts.root().widthProperty().addListener((obs, o, n) -> arrange());
    parts.iterates().minWidthProperty().addListener((obs, o, n) -> arrange());
    arrange();
    applyLook();
  }

  /**
   * Why a panel the user asked for is not shown (no room beside the plots at this width and UI
   * scale), or "".
   */
  public javafx.beans.property.ReadOnlyStringProperty noteProperty() {
    return note.getReadOnlyProperty();
  }

  /** The difference-quotient lesson has no iterates to show. */
  public void setLesson(boolean lesson) {
    this.lesson = lesson;
    arrange();
  }

  private void arrange() {
    boolean present = appearance.presentationProperty().get();
    BorderPane root = parts.root();
    root.setTop(present ? null : parts.menus());
    boolean controls = !present && appearance.controlsShownProperty().get();
    root.setLeft(controls ? parts.controls() : null);
    root.setBottom(present ? parts.strip() : parts.status());
    double scale = appearance.scaleProperty().get() / 100.0;
    double width = root.getWidth();
    double controlsWidth = Math.min(CONTROLS_WIDTH * scale, CONTROLS_MAX_SHARE * width);
    if (width > 0) {
      parts.controls().setPrefWidth(controlsWidth);
    }
    boolean wanted = !present && !lesson && appearance.iteratesShownProperty().get();
    boolean room = width <= 0
        || (controls ? controlsWidth : 0) + parts.iterates().minWidth(-1) + PLOTS_MIN_WIDTH * scale <= width;
    boolean iterates = wanted && room;
    note.set(wanted && !room ? "iterates hidden for lack of room" + (scale > 1 ? " at " + appearance.scaleProperty()
        .get() + " % (Ctrl+−)" : "") + (controls ? "; Ctrl+1 hides the controls instead" : "") : "");
    SplitPane work = parts.workArea();
    if (!iterates) {
      work.getItems().remove(parts.iterates());
    } else if (!work.getItems().contains(parts.iterates())) {
      work.getItems().add(parts.iterates());
      work.setDividerPositions(ITERATES_DIVIDER);
    }
  }

  private void applyLook() {
    var theme = appearance.themeProperty().get();
    double scale = appearance.scaleProperty().get() / 100.0;
    Application.setUserAgentStylesheet(theme == gdviz.plot.PlotTheme.DARK
        ? new atlantafx.base.theme.PrimerDark().getUserAgentStylesheet()
        : new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
    parts.root().setStyle(String.format(java.util.Locale.ROOT, "-fx-font-size: %.1fpx;", BASE_FONT * scale));
    parts.controls().setMinWidth(Math.min(CONTROLS_MIN_WIDTH, CONTROLS_WIDTH * scale));
    parts.look().apply(theme, scale);
    arrange();
  }
}
