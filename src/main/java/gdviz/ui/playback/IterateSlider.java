package gdviz.ui.playback;

import java.util.function.IntConsumer;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/**
 * The iterate slider under the plots: one handle for every compared run (they share the
 * playhead), from the start point to the longest run's last iterate computed so far. Dragging it
 * or clicking its track shows that iterate in every run, paused; each frame moves the handle to
 * the iterate shown.
 */
public final class IterateSlider extends HBox {
  private final Slider slider = new Slider(0, 1, 0);
  private final Label readout = new Label();
  private IntConsumer onSeek = k -> { };
  private boolean showing;
  private int last = -1;
  private int current = -1;

  public IterateSlider() {
    super(8);
    setId("timeline");
    getStyleClass().add("timeline");
    setAlignment(Pos.CENTER_LEFT);
    slider.setId("timelineSlider");
    slider.setBlockIncrement(1);
    slider.setFocusTraversable(false); // ← and → stay the window's step keys
    HBox.setHgrow(slider, Priority.ALWAYS);
    readout.setId("timelineReadout");
    readout.setMinWidth(USE_PREF_SIZE);
    Label title = new Label("Iterate");
    title.setMinWidth(USE_PREF_SIZE);
    getChildren().addAll(title, slider, readout);
    slider.valueProperty().addListener((obs, old, v) -> {
      int k = (int) Math.round(v.doubleValue());
      if (!showing && k != current) {
        current = k;
        onSeek.accept(k);
      }
    });
  }

  /** Told the iterate k the user picked (0 = the start point). */
  public void setOnSeek(IntConsumer handler) {
    onSeek = handler;
  }

  /** The iterate shown and the last one computed, of the longest of the frame's runs. */
  public void show(Frame frame) {
    int lastK = 0;
    int shownK = 0;
    for (Frame.RunFrame r : frame.runs()) {
      lastK = Math.max(lastK, r.trajectory().size() - 1);
      shownK = Math.max(shownK, r.current());
    }
    if (lastK == last && shownK == current) {
      return;
    }
    showing = true;
    try {
      last = lastK;
      current = shownK;
      slider.setMax(Math.max(1, lastK));
      slider.setValue(shownK);
      slider.setDisable(lastK == 0);
      readout.setText("k = " + shownK + " of " + lastK);
    } finally {
      showing = false;
    }
  }

  public Slider slider() {
    return slider;
  }

  public String readout() {
    return readout.getText();
  }
}
