package gdviz.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gdviz.model.preset.PresetLibrary;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MainViewModelTest {
  private final PresetLibrary library = PresetLibrary.builtIn();

  @Test
  void changingASettingShowsTheWholeNewPathAtOnce() {
    MainViewModel model = new MainViewModel(library, Runnable::run);
    model.presetProperty().set(library.require("quadratic-1d"));
    assertEquals(1, model.frameProperty().get().shown(), "a preset opens ready to play");
    model.method().etaProperty().set(0.3);
    model.pulse(System.nanoTime());
    assertEquals(11, model.frameProperty().get().shown());
  }

  @Test
  void withAnAsynchronousWorkerToo() {
    List<Runnable> queue = new ArrayList<>();
    MainViewModel model = new MainViewModel(library, queue::add);
    model.presetProperty().set(library.require("quadratic-1d"));
    queue.remove(0).run();
    model.pulse(System.nanoTime());
    assertEquals(1, model.frameProperty().get().shown());
    model.method().etaProperty().set(0.3);
    model.pulse(System.nanoTime());
    queue.remove(0).run();
    model.pulse(System.nanoTime());
    assertEquals(11, model.frameProperty().get().shown());
  }

  /** Typing "1e300, 1" passes through "1": its problem is gone once the text has moved on. */
  @Test
  void aSetupProblemOfTextNoLongerTypedIsNotShown() {
    MainViewModel model = new MainViewModel(library, Runnable::run);
    model.presetProperty().set(library.require("quadratic-2d"));
    model.setup().startTextProperty().set("1");
    model.pulse(System.nanoTime());
    assertTrue(model.setup().problemProperty().get().contains("1 coordinate"), model.setup().problemProperty().get());
    for (String typed : new String[] {"1e", "1e300, 1", "NaN, 0"}) {
      model.setup().startTextProperty().set(typed);
      model.pulse(System.nanoTime());
      assertFalse(model.setup().startErrorProperty().get().isEmpty(), "'" + typed + "' has its own message");
      assertEquals("", model.setup().problemProperty().get(), "no message about the start '1' while '" + typed + "' is typed");
    }
    model.setup().startTextProperty().set("1, 1");
    model.pulse(System.nanoTime());
    assertEquals("", model.setup().startErrorProperty().get());
    assertEquals(1.0, model.frameProperty().get().setup().start()[1], 0.0);
  }

  /**
   * step-size-candidates draws its start from its seed: the Start field shows that point, (2, 6, −6),
   * at once — not the start of the frame still on screen (the app's worker has not run yet).
   */
  @Test
  void aRandomStartShowsThePointTheRunDrew() {
    List<Runnable> queue = new ArrayList<>();
    MainViewModel model = new MainViewModel(library, queue::add);
    model.presetProperty().set(library.require("quadratic-2d"));
    queue.remove(0).run();
    model.pulse(System.nanoTime());
    model.presetProperty().set(library.require("step-size-candidates"));
    assertEquals("2, 6, -6", model.setup().startTextProperty().get());
    queue.remove(0).run();
    model.pulse(System.nanoTime());
    assertEquals(List.of(2.0, 6.0, -6.0), java.util.Arrays.stream(model.frameProperty().get().setup().start()).boxed()
        .toList(), "the run's own start");
  }

  /**
   * Two η moves in one frame: the first runs at once, the second waits for the pulse — also when a
   * shared field changes in between (that run used the stored η: the newest must still run).
   */
  @Test
  void theNewestSliderValueRunsAtTheNextPulseWhateverRanMeanwhile() {
    MainViewModel model = new MainViewModel(library, Runnable::run);
    model.presetProperty().set(library.require("quadratic-1d"));
    model.pulse(System.nanoTime());
    model.method().etaProperty().set(0.3);
    model.method().etaProperty().set(0.35);
    model.setup().stepsTextProperty().set("12");
    model.pulse(System.nanoTime());
    assertEquals(0.35, model.frameProperty().get().setup().eta(), "the newest η ran");
    assertEquals(12, model.frameProperty().get().setup().steps());
    model.pulse(System.nanoTime());
    assertEquals(0.35, model.frameProperty().get().setup().eta());
  }
}
