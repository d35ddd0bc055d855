package gdviz.ui.plots;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Orientation;
import javafx.geometry.Side;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * Where the plots go, by the layout rule: the function plot (with the legend and the banner above
 * it) on top, the secondary plots — the loss, the data, the η sweep, the momentum map — side by
 * side below it. Every plot keeps its least size: where the row below is too narrow for its plots
 * they fold into tabs, and where the window is too low for the function plot above the row, every
 * plot becomes a tab of its own. The panels shown below are {@link #secondary()}: the views add and
 * remove them there, this class places them.
 */
final class PlotArrangement {
  /**
   * The least sizes, in window pixels and in the plot's own pixels (the window's divided by the UI
   * scale: what its painter has for margins, ticks and data): the function plot 260 px tall and
   * 130 of its own; the loss and the other plots below it 120 and 100; every plot 260 wide and 200
   * of its own. At 100 % the first number rules, at 200 % the second (a loss plot 120 px tall would
   * be 60 px of its own — its margins and nothing else); above 200 %, those of 200 %.
   */
  static final double MAIN_MIN_HEIGHT = 260;
  static final double MAIN_MIN_OWN_HEIGHT = 130;
  static final double SECONDARY_MIN_HEIGHT = 120;
  static final double SECONDARY_MIN_OWN_HEIGHT = 100;
  static final double MIN_WIDTH = 260;
  static final double MIN_OWN_WIDTH = 200;
  /** Above this scale the least sizes are those of 200 %. */
  static final double MAX_OWN_SCALE = 2;
  /** A tab header's height at 100 %, and a split pane divider's. */
  private static final double TAB_HEADER = 30;
  private static final double DIVIDER = 8;

  /** How the plots are folded. */
  enum Fold {
    /** Function plot above, the secondary plots side by side below. */
    NONE,
    /** Function plot above, the secondary plots as tabs below. */
    ROW_IN_TABS,
    /** Every plot a tab of its own. */
    ALL_IN_TABS
  }

  /** Arranges before it lays out: a fold chosen in the layout pass is laid out in the same pass. */
  private final StackPane holder = new StackPane() {
    @Override
    protected void layoutChildren() {
      arrange();
      super.layoutChildren();
      placeDividers();
      fitTabTitles();
    }
  };
  /** The column's divider position a new fold asks for, placed after the pulse that laid the fold out (NaN: none). */
  private double pendingDivider = Double.NaN;
  private final VBox upper;
  private final javafx.scene.control.ScrollPane legend;
  private final ObservableList<Node> secondary = FXCollections.observableArrayList();
  private final Map<Node, String> titles = new IdentityHashMap<>();
  private final Map<Node, String> shortened = new IdentityHashMap<>();
  private boolean shortTitles;
  /** The width the whole titles needed when they were shortened. */
  private double wholeTitlesWidth;
  private final SplitPane column = new SplitPane();
  private final SplitPane row = new SplitPane();
  private final TabPane rowTabs = new TabPane();
  private final TabPane allTabs = new TabPane();
  private Fold fold;
  private List<Node> placed = List.of();
  private double scale = 1;

  /**
   * @param upper the function plot (its last child) with what stands above it (the legend, the
   *     banner: their heights count against the function plot's)
   * @param legend the legend above it, scrolling: it takes at most a third of the height above the
   *     plots below, and never less than one row
   * @param titled the function plot's tab title
   * @param shorter the same for a narrow row of tabs
   */
  PlotArrangement(VBox upper, javafx.scene.control.ScrollPane legend, String titled, String shorter) {
    this.upper = upper;
    this.legend = legend;
    title(upper, titled, shorter);
    holder.setMinSize(0, 0);
    holder.setId("plotArrangement");
    column.setOrientation(Orientation.VERTICAL);
    for (TabPane t : List.of(rowTabs, allTabs)) {
      t.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
      t.setSide(Side.TOP);
      t.setMinSize(0, 0);
      // a fold is a new arrangement, not an event: its tabs are there at once, not grown in
      t.setStyle("-fx-open-tab-animation: NONE; -fx-close-tab-animation: NONE;");
    }
    rowTabs.setId("secondaryTabs");
    allTabs.setId("plotTabs");
    secondary.addListener((javafx.collections.ListChangeListener<Node>) c -> arrange());
  }

  /** What the plot area is: a node that holds whichever arrangement fits. */
  Region node() {
    return holder;
  }

  /** The secondary plots, in order (the loss first); the views add and remove theirs. */
  ObservableList<Node> secondary() {
    return secondary;
  }

  /** A secondary plot's title on its tab. */
  void title(Node panel, String title) {
    titles.put(panel, title);
  }

  /** A plot's title on its tab, and a shorter one for a narrow row of tabs. */
  void title(Node panel, String title, String shorter) {
    titles.put(panel, title);
    shortened.put(panel, shorter);
  }

  /** The UI scale (1 = 100 %): tab headers grow with the text. */
  void setScale(double scale) {
    this.scale = scale;
    arrange();
    holder.requestLayout();
  }

  Fold fold() {
    return fold;
  }

  /** The fold this size needs, and the plots placed in it (again only when the fold or the plots changed). */
  void arrange() {
    Fold wanted = foldFor(holder.getWidth(), holder.getHeight());
    List<Node> now = List.copyOf(secondary);
    keepLeastSizes(wanted, now);
    if (wanted == fold && now.equals(placed)) {
      return;
    }
    fold = wanted;
    placed = now;
    column.getItems().clear();
    row.getItems().clear();
    rowTabs.getTabs().forEach(t -> t.setContent(null));
    rowTabs.getTabs().clear();
    allTabs.getTabs().forEach(t -> t.setContent(null));
    allTabs.getTabs().clear();
    switch (wanted) {
      case NONE -> {
        row.getItems().setAll(now);
        column.getItems().setAll(upper, row);
        holder.getChildren().setAll(column);
        double[] positions = new double[Math.max(0, now.size() - 1)];
        for (int i = 0; i < positions.length; i++) {
          positions[i] = (i + 1.0) / now.size();
        }
        row.setDividerPositions(positions);
      }
      case ROW_IN_TABS -> {
        now.forEach(n -> rowTabs.getTabs().add(tab(n)));
        column.getItems().setAll(upper, rowTabs);
        holder.getChildren().setAll(column);
      }
      default -> {
        allTabs.getTabs().add(tab(upper));
        now.forEach(n -> allTabs.getTabs().add(tab(n)));
        holder.getChildren().setAll(allTabs);
      }
    }
    // set now, before the column is laid out at its new size, a split pane keeps the divider where
    // the old size put it against the new least sizes: the row below at 0 px after the window grew
    // from a small one, the function plot at its least 260 px in a larger one
    pendingDivider = wanted != Fold.ALL_IN_TABS ? (now.size() > 2 ? 0.5 : 0.64) : Double.NaN;
  }

  /** A new fold's divider, placed once the column has the size it is laid out at (then it is the user's). */
  private void placeDividers() {
    if (Double.isNaN(pendingDivider) || column.getHeight() <= 0 || column.getParent() != holder) {
      return;
    }
    double position = pendingDivider;
    pendingDivider = Double.NaN;
    // after this pulse: in the pulse that replaced the column's items, its skin places the divider
    // again from the sizes it had before
    javafx.application.Platform.runLater(() -> column.setDividerPositions(position));
  }

  private Tab tab(Node content) {
    Tab t = new Tab(titleOf(content), content);
    t.setClosable(false);
    return t;
  }

  private String titleOf(Node content) {
    String title = titles.getOrDefault(content, "");
    return shortTitles && shortened.containsKey(content) ? shortened.get(content) : title;
  }

  /**
   * Tab titles that fit the row: the short ones ("Sweep", "Map") where the whole ones would need
   * the tab pane's overflow menu, the whole ones again once their row is as wide as they needed.
   */
  private void fitTabTitles() {
    for (TabPane pane : List.of(rowTabs, allTabs)) {
      Node headers = pane.getParent() == null ? null : pane.lookup(".headers-region");
      if (headers == null || pane.getWidth() <= 0) {
        continue;
      }
      double needed = headers.prefWidth(-1);
      if (!shortTitles && needed > pane.getWidth()) {
        wholeTitlesWidth = needed;
        setShortTitles(true);
      } else if (shortTitles && pane.getWidth() >= wholeTitlesWidth) {
        setShortTitles(false);
      }
    }
  }

  private void setShortTitles(boolean shorter) {
    shortTitles = shorter;
    for (TabPane pane : List.of(rowTabs, allTabs)) {
      for (Tab t : pane.getTabs()) {
        t.setText(titleOf(t.getContent()));
      }
    }
    holder.requestLayout();
  }

  /**
   * The split panes keep each plot's least size (a divider cannot squeeze the function plot away);
   * in tabs each plot has the whole tab.
   */
  private void keepLeastSizes(Fold wanted, List<Node> now) {
    boolean split = wanted != Fold.ALL_IN_TABS;
    double above = holder.getHeight() - (split ? DIVIDER + secondaryMinHeight() : TAB_HEADER * scale);
    legend.setMaxHeight(Math.max(legendRow(), above / 3));
    upper.setMinHeight(split ? headingHeight(holder.getWidth()) + mainMinHeight() : 0);
    for (Node n : now) {
      if (n instanceof Region r) {
        r.setMinSize(wanted == Fold.NONE ? minWidth() : 0, split ? secondaryMinHeight() : 0);
      }
    }
  }

  /**
   * The least height of what stands above the function plot at this width: the banner whole, the
   * legend one row (it scrolls).
   */
  private double headingHeight(double width) {
    double h = 0;
    List<Node> children = upper.getChildren();
    for (int i = 0; i < children.size() - 1; i++) {
      Node c = children.get(i);
      if (c.isManaged()) {
        h += c == legend ? Math.min(c.prefHeight(width), legendRow()) : c.prefHeight(width);
      }
    }
    return h;
  }

  /** One row of the legend, with the room its scroll pane takes around it. */
  private double legendRow() {
    if (!(legend.getContent() instanceof javafx.scene.Parent p) || p.getChildrenUnmodifiable().isEmpty()) {
      return 0;
    }
    javafx.geometry.Insets pad = legend.getPadding() == null ? javafx.geometry.Insets.EMPTY : legend.getPadding();
    return p.getChildrenUnmodifiable().get(0).prefHeight(-1) + 8 + pad.getTop() + pad.getBottom();
  }

  double mainMinHeight() {
    return Math.max(MAIN_MIN_HEIGHT, MAIN_MIN_OWN_HEIGHT * ownScale());
  }

  double secondaryMinHeight() {
    return Math.max(SECONDARY_MIN_HEIGHT, SECONDARY_MIN_OWN_HEIGHT * ownScale());
  }

  double minWidth() {
    return Math.max(MIN_WIDTH, MIN_OWN_WIDTH * ownScale());
  }

  /** The scale the own least sizes hold at: up to 200 % (beyond, a 720 px screen has no room for them). */
  private double ownScale() {
    return Math.min(scale, MAX_OWN_SCALE);
  }

  /** The least fold at which every plot shown keeps its least size. */
  Fold foldFor(double width, double height) {
    if (width <= 0 || height <= 0 || secondary.isEmpty()) {
      return Fold.NONE;
    }
    boolean rowFits = (width - DIVIDER * (secondary.size() - 1)) / secondary.size() >= minWidth();
    double upperMin = headingHeight(width) + mainMinHeight();
    double lowerMin = secondaryMinHeight() + (rowFits ? 0 : TAB_HEADER * scale);
    if (upperMin + DIVIDER + lowerMin > height) {
      return Fold.ALL_IN_TABS;
    }
    return rowFits ? Fold.NONE : Fold.ROW_IN_TABS;
  }

  /** The secondary plots as they are placed now (for tests and the export). */
  List<Node> placed() {
    return new ArrayList<>(placed);
  }
}
