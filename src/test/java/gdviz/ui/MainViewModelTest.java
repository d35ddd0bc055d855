package gdviz.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
    model.etaProperty().set(0.3);
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
    model.etaProperty().set(0.3);
    model.pulse(System.nanoTime());
    queue.remove(0).run();
    model.pulse(System.nanoTime());
    assertEquals(11, model.frameProperty().get().shown());
  }
}
