package gdviz.ui.method;

import gdviz.model.analysis.StepSizeBands;
import gdviz.model.format.Numbers;
import gdviz.model.format.Quote;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;

/**
 * The learning rate: a log-scale slider from 1e-4 to 10 with a text field for the exact value
 * (typing may go beyond the slider's range). Behind the slider, coloured bands show what fixed-step
 * gradient descent does on the objective at hand: green η &lt; 1/L (monotone), amber 1/L &lt; η &lt;
 * 2/L (oscillating but converging), red η &gt; 2/L (diverging); a mark at the best fixed step
 * 2/(μ + L). Bands read at the start point only are labelled "local".
 */
public final class EtaSlider extends VBox {
  public static final double MIN_EXPONENT = -4;
  public static final double MAX_EXPONENT = 1;
  static final Color MONOTONE = Color.web("#009E73", 0.55);
  static final Color OSCILLATING = Color.web("#E69F00", 0.65);
  static final Color DIVERGING = Color.web("#D55E00", 0.65);
  static final double STRIP_HEIGHT = 12;

  private final DoubleProperty eta = new SimpleDoubleProperty(0.1);
  /** The example's own η (NaN: none): marked on the strip, dragging snaps to it, H returns to it. */
  private final DoubleProperty home = new SimpleDoubleProperty(Double.NaN);
  private final javafx.beans.property.BooleanProperty deciding = new javafx.beans.property.SimpleBooleanProperty();
  private final ObjectProperty<StepSizeBands> bands = new SimpleObjectProperty<>();
  private final Slider slider = new Slider(MIN_EXPONENT, MAX_EXPONENT, -1);
  private final Canvas strip = new Canvas(200, 30);
  private final TextField field = new TextField();
  private final Label error = new Label();
  /** The exact field, its label and its error, under the slider unless placed elsewhere. */
  private final VBox exactBox = new VBox(2);
  /** "exact η:", whose size and colour (the theme's, the UI scale's) the strip's labels take. */
  private final Label exact = new Label("exact η:");
  private boolean syncing;
  /** While a new η moves the thumb and rewrites the field: neither changes this control's size. */
  private boolean showingValue;
  /** What the strip was last painted for: the bands, the strip's width and the track's ends. */
  private Object[] painted = new Object[0];
  private int paints;
  private List<BandStrip.MarkLabel> markLabels = List.of();

  public EtaSlider() {
    setId("etaSlider");
    setSpacing(2);
    slider.setId("etaSliderTrack");
    field.setId("etaField");
    field.setPrefColumnCount(7);
    field.setTooltip(new Tooltip("Exact η; press Enter. Any positive value, also beyond the slider's range."));
    error.getStyleClass().add("error");
    error.setWrapText(true);
    error.setManaged(false);
    error.setVisible(false);
    VBox sliderStack = layOut();
    listen(sliderStack);
  }

  /** The band strip over the track, the exact field beside its label, the error below; the strip's holder. */
  private VBox layOut() {
    LogTrack.dress(slider);
    // the strip's canvas follows the slider's width and never sets it: in a row that grows and
    // shrinks (presentation mode), a canvas as wide as last time would keep the row from shrinking
    javafx.scene.layout.Pane stripHolder = new javafx.scene.layout.Pane(strip);
    stripHolder.setMinWidth(0);
    stripHolder.setPrefWidth(0);
    stripHolder.prefHeightProperty().bind(strip.heightProperty());
    VBox sliderStack = new VBox(stripHolder, slider);
    exact.setMinWidth(Label.USE_PREF_SIZE);
    // room for "0.01" at every scale; a longer value scrolls in the field
    field.fontProperty().addListener((obs, old, f) -> field.setMinWidth(f.getSize() * 4));
    field.setMinWidth(field.getFont().getSize() * 4);
    HBox row = new HBox(6, exact, field);
    row.setAlignment(Pos.CENTER_LEFT);
    exactBox.getChildren().addAll(row, error);
    getChildren().addAll(sliderStack, exactBox);
    setPadding(new Insets(0, 0, 2, 0));
    return sliderStack;
  }

  /** The track, the field and η kept in step; the strip repainted when what it shows moves. */
  private void listen(VBox sliderStack) {
    slider.valueProperty().addListener((obs, old, value) -> {
      if (!syncing) {
        syncing = true;
        eta.set(snapped(roundToSlider(Math.pow(10, value.doubleValue()))));
        syncing = false;
      }
    });
    // the arrow keys step through readable rates (a tenth of a decade), not a tenth of the track
    slider.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
      int direction = switch (e.getCode()) {
        case RIGHT, UP -> 1;
        case LEFT, DOWN -> -1;
        default -> 0;
      };
      if (direction != 0) {
        eta.set(gdviz.model.format.NiceSteps.next(eta.get(), direction, home.get()));
        e.consume();
      }
    });
    home.addListener((obs, old, h) -> paintStrip());
    deciding.addListener((obs, old, on) -> paintStrip());
    eta.addListener((obs, old, value) -> {
      if (deciding.get()) {
        paintStrip(); // the band outlined follows η (painted again only when η changes band)
      }
    });
    slider.setTooltip(new Tooltip("Drag, or ← → in steps of about a tenth of a decade; the mark above is the "
        + "example's own η (H returns to it)"));
    eta.addListener((obs, old, value) -> {
      showingValue = true;
      try {
        if (!syncing) {
          syncing = true;
          slider.setValue(Math.max(MIN_EXPONENT, Math.min(MAX_EXPONENT, Math.log10(value.doubleValue()))));
          syncing = false;
        }
        if (!field.isFocused()) {
          field.setText(Numbers.format(value.doubleValue()));
        }
      } finally {
        showingValue = false;
      }
    });
    field.setOnAction(e -> commitField());
    field.focusedProperty().addListener((obs, was, focused) -> {
      if (!focused) {
        commitField();
      }
    });
    field.setText(Numbers.format(eta.get()));
    bands.addListener((obs, old, b) -> paintStrip());
    sliderStack.widthProperty().addListener((obs, old, w) -> {
      strip.setWidth(w.doubleValue());
      paintStrip();
    });
    // the track may have moved (tick labels, width); the thumb moving alone changes nothing here
    slider.needsLayoutProperty().addListener((obs, old, needs) -> paintStrip());
    exact.fontProperty().addListener((obs, old, f) -> paintStrip()); // the UI scale changed
    exact.textFillProperty().addListener((obs, old, f) -> paintStrip()); // the theme changed
  }

  /**
   * A new η moves the thumb and rewrites the field: their layout is redone here, and the panel
   * around is not asked to lay out again — it laid out every control (wrapped texts measured
   * again) in each slider frame (1.5–2 ms in the stability lab).
   */
  @Override
  public void requestLayout() {
    if (showingValue) {
      setNeedsLayout(true);
    } else {
      super.requestLayout();
    }
  }

  /** A dragged η within 4 pixels of the example's own η is that η: dragging back lands on 0.2, not 0.163. */
  private double snapped(double dragged) {
    double h = home.get();
    return h > 0 && Math.abs(positionOf(dragged) - positionOf(h)) <= 4 ? h : dragged;
  }

  /** The example's own η (NaN: none). */
  public DoubleProperty homeProperty() {
    return home;
  }

  /** The band η lies in outlined, the others faded: what decided a lesson's question, after Reveal. */
  public javafx.beans.property.BooleanProperty decidingProperty() {
    return deciding;
  }

  /** Three significant digits while dragging: η = 0.0123, not 0.012302687708123818. */
  private static double roundToSlider(double value) {
    return Double.parseDouble(String.format(Locale.ROOT, "%.3g", value));
  }

  private void commitField() {
    String text = field.getText().trim();
    try {
      double v = Double.parseDouble(text);
      if (!(v > 0) || !Double.isFinite(v)) {
        throw new NumberFormatException();
      }
      error.setVisible(false);
      error.setManaged(false);
      eta.set(v);
    } catch (NumberFormatException e) {
      error.setText("η must be a positive number, e.g. 0.1 or 2e-3 (got " + Quote.of(text) + ")");
      error.setVisible(true);
      error.setManaged(true);
    }
  }

  /**
   * The exact field with its label and its error, taken from under the slider to be placed
   * elsewhere: presentation mode puts it under the method, where its strip has room to spare.
   */
  public VBox takeExactField() {
    getChildren().remove(exactBox);
    return exactBox;
  }

  public DoubleProperty etaProperty() {
    return eta;
  }

  public ObjectProperty<StepSizeBands> bandsProperty() {
    return bands;
  }

  public Slider slider() {
    return slider;
  }

  public TextField field() {
    return field;
  }

  public Canvas strip() {
    return strip;
  }

  /** How often the strip has been painted (for tests: moving the thumb must not repaint it). */
  public int stripPaints() {
    return paints;
  }

  /** The strip's x coordinate of a learning rate, aligned with the slider's track. */
  public double positionOf(double value) {
    double[] track = trackRange();
    double t = (Math.log10(value) - MIN_EXPONENT) / (MAX_EXPONENT - MIN_EXPONENT);
    return track[0] + t * (track[1] - track[0]);
  }

  /** [1/L, 2/L] as drawn, or an empty array without bands. */
  public double[] bandBoundaries() {
    StepSizeBands b = bands.get();
    return b == null ? new double[0] : new double[] {b.monotoneLimit(), b.stabilityLimit()};
  }

  private double[] trackRange() {
    var track = slider.lookup(".track");
    if (track != null && track.getBoundsInParent().getWidth() > 0) {
      var bounds = track.getBoundsInParent();
      return new double[] {bounds.getMinX(), bounds.getMaxX()};
    }
    return new double[] {8, Math.max(9, strip.getWidth() - 8)};
  }

  /**
   * Paints the bands unless the strip already shows them for this width and track: the slider
   * lays out on every thumb move, and repainting an unchanged strip cost each slider frame about
   * 0.3 ms of rendering (BENCHMARKS.md).
   */
  private void paintStrip() {
    StepSizeBands b = bands.get();
    double[] track = trackRange();
    double w = strip.getWidth();
    double scale = Math.max(0.5, exact.getFont().getSize() / 14.0);
    javafx.scene.paint.Paint ink = exact.getTextFill();
    Object[] now = {b, w, track[0], track[1], scale, ink, home.get(),
        deciding.get() && b != null ? b.regimeOf(eta.get()) : null};
    if (java.util.Arrays.equals(now, painted)) {
      return;
    }
    painted = now;
    paints++;
    strip.setHeight(30 * scale);
    markLabels = BandStrip.paint(strip.getGraphicsContext2D(), b, w, track, scale, ink, this::positionOf);
    if (deciding.get() && b != null) {
      BandStrip.paintDeciding(strip.getGraphicsContext2D(), b, eta.get(), track, scale, ink, this::positionOf);
    }
    BandStrip.paintHome(strip.getGraphicsContext2D(), home.get() > 0 ? positionOf(home.get()) : Double.NaN, track,
        scale, ink);
  }

  /** The marks' labels drawn last under the strip. */
  public List<BandStrip.MarkLabel> markLabels() {
    return markLabels;
  }
}
