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
  private final javafx.beans.property.ReadOnlyBooleanWrapper folded = new javafx.beans.property.ReadOnlyBooleanWrapper();
  private final javafx.beans.property.BooleanProperty drawerOpen = new javafx.beans.property.SimpleBooleanProperty();
  /** The plots with, over them when the controls are folded, the controls as a drawer. */
  private final javafx.scene.layout.StackPane centre = new javafx.scene.layout.StackPane();
  private boolean lesson;

  public WindowLayout(Appearance appearance, Parts parts) {
    this.appearance = appearance;
    this.parts = parts;
    centre.setMinSize(0, 0);
    centre.getChildren().add(parts.workArea());
    parts.root().setCenter(centre);
    appearance.presentationProperty().addListener((obs, o, n) -> arrange());
    appearance.controlsShownProperty().addListener((obs, o, n) -> arrange());
    appearance.iteratesShownProperty().addListener((obs, o, n) -> arrange());
    appearance.themeProperty().addListener((obs, o, n) -> applyLook());
    appearance.scaleProperty().addListener((obs, o, n) -> applyLook());
    drawerOpen.addListener((obs, o, n) -> arrange());
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

  /**
   * Whether the controls are folded into a drawer: at this width and UI scale they and the plots'
   * least width do not fit side by side. Ctrl+1 (or the Controls button) then opens and closes the
   * drawer over the plots instead of showing the panel beside them.
   */
  public javafx.beans.property.ReadOnlyBooleanProperty foldedProperty() {
    return folded.getReadOnlyProperty();
  }

  /** Whether the folded controls' drawer is open over the plots. */
  public javafx.beans.property.BooleanProperty drawerOpenProperty() {
    return drawerOpen;
  }

  /** Ctrl+1: the controls shown or hidden, or, while they are folded, their drawer opened or closed. */
  public void toggleControls() {
    if (folded.get()) {
      drawerOpen.set(!drawerOpen.get());
    } else {
      appearance.controlsShownProperty().set(!appearance.controlsShownProperty().get());
    }
  }

  /** The difference-quotient lesson has no iterates to show. */
  public void setLesson(boolean lesson) {
    this.lesson = lesson;
    arrange();
  }

  /**
   * The fold order, for the window's width at this UI scale: first the iterates make way for the
   * plots' least width, then the controls fold into a drawer. Nothing is laid out beyond the window.
   */
  private void arrange() {
    boolean present = appearance.presentationProperty().get();
    BorderPane root = parts.root();
    root.setTop(present ? null : parts.menus());
    root.setBottom(present ? parts.strip() : parts.status());
    double scale = appearance.scaleProperty().get() / 100.0;
    double width = root.getWidth();
    double controlsWidth = Math.min(CONTROLS_WIDTH * scale, CONTROLS_MAX_SHARE * Math.max(width, 1));
    double plotsWidth = plotsMinWidth(scale);
    boolean wantControls = !present && appearance.controlsShownProperty().get();
    boolean fold = wantControls && width > 0 && Math.max(CONTROLS_MIN_WIDTH, controlsWidth) + plotsWidth > width;
    folded.set(fold);
    if (!fold) {
      drawerOpen.set(false);
    }
    Region controlsPane = parts.controls();
    centre.getChildren().remove(controlsPane);
    controlsPane.getStyleClass().remove("drawer");
    root.setLeft(null);
    if (wantControls && !fold) {
      controlsPane.setPrefWidth(controlsWidth);
      controlsPane.setMaxWidth(Region.USE_COMPUTED_SIZE);
      root.setLeft(controlsPane);
    } else if (fold && drawerOpen.get()) { // over the plots, at the left, as wide as it would be beside them
      double drawer = Math.min(CONTROLS_WIDTH * scale, 0.9 * width);
      controlsPane.setPrefWidth(drawer);
      controlsPane.setMaxWidth(drawer);
      javafx.scene.layout.StackPane.setAlignment(controlsPane, javafx.geometry.Pos.TOP_LEFT);
      controlsPane.getStyleClass().add("drawer");
      centre.getChildren().add(controlsPane);
    }
    boolean controlsBeside = wantControls && !fold;
    boolean wanted = !present && !lesson && appearance.iteratesShownProperty().get();
    boolean room = width <= 0
        || (controlsBeside ? controlsWidth : 0) + parts.iterates().minWidth(-1) + plotsWidth <= width;
    boolean iterates = wanted && room;
    note.set(noteText(wanted && !room, fold, scale));
    SplitPane work = parts.workArea();
    if (!iterates) {
      work.getItems().remove(parts.iterates());
    } else if (!work.getItems().contains(parts.iterates())) {
      work.getItems().add(parts.iterates());
      work.setDividerPositions(ITERATES_DIVIDER);
    }
  }

  /** The plots' least width at this UI scale: larger text needs wider axes, up to 1.5 times. */
  static double plotsMinWidth(double scale) {
    return PLOTS_MIN_WIDTH * Math.min(1.5, Math.max(1, scale));
  }

  private String noteText(boolean iteratesHidden, boolean controlsFolded, double scale) {
    String at = scale > 1 ? " at " + appearance.scaleProperty().get() + " %" : "";
    if (controlsFolded) {
      return "controls folded into a drawer" + at + ": Ctrl+1 opens it" + (iteratesHidden ? "; iterates hidden" : "");
    }
    return iteratesHidden ? "iterates hidden for lack of room" + at + ": Ctrl+1 hides the controls instead" : "";
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
