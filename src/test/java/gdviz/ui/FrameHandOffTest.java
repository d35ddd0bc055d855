package gdviz.ui;

import gdviz.ui.playback.Frame;
import gdviz.ui.playback.FrameSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gdviz.model.preset.PresetLibrary;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The worker never hands iterates to the view by itself: the view model publishes a frame only
 * when the frame pump calls {@link MainViewModel#pulse}, at most one per call, however many
 * iterates arrived in between. (No JavaFX thread is needed: properties work on any thread.)
 */
class FrameHandOffTest {
  @Test
  void framesArePublishedOnlyByThePulseAndAtMostOncePerPulse() throws Exception {
    ExecutorService pool = Executors.newSingleThreadExecutor();
    AtomicInteger submitted = new AtomicInteger();
    AtomicInteger completed = new AtomicInteger();
    java.util.concurrent.Executor worker = task -> {
      submitted.incrementAndGet();
      pool.execute(() -> {
        task.run();
        completed.incrementAndGet();
      });
    };
    try {
      PresetLibrary library = PresetLibrary.builtIn();
      MainViewModel model = new MainViewModel(library, worker);
      AtomicInteger frames = new AtomicInteger();
      model.frameProperty().addListener((obs, old, f) -> frames.incrementAndGet());
      model.presetProperty().set(library.require("quadratic-2d"));
      model.setup().stepsTextProperty().set("1000000");
      model.method().etaProperty().set(1e-7);
      model.pulse(System.nanoTime()); // the frame pump posts the newest settings' run
      int afterSetup = frames.get();
      Frame posted = model.frameProperty().get();
      long postedRun = posted == null ? -1 : posted.runId();
      int alreadyShown = posted != null && posted.setup().steps() == 1_000_000 ? posted.shown() : 0;
      // the run streams a million iterates on the worker; without a pulse nothing is published
      long deadline = System.nanoTime() + 60_000_000_000L;
      while (completed.get() < submitted.get() && System.nanoTime() < deadline) {
        Thread.sleep(5);
      }
      assertEquals(submitted.get(), completed.get(), "the runs finished");
      assertEquals(afterSetup, frames.get(), "the worker published nothing by itself");
      model.pulse(System.nanoTime());
      assertEquals(afterSetup + 1, frames.get(), "one pulse, one frame");
      Frame f = model.frameProperty().get();
      assertEquals(alreadyShown + FrameSource.MAX_NEW_PER_FRAME, f.shown(),
          "a frame takes in at most so many new iterates (run " + postedRun + ")");
      assertTrue(f.outcome() != null);
      int pulses = 1;
      int expectedPulses = (1_000_001 - alreadyShown + FrameSource.MAX_NEW_PER_FRAME - 1)
          / FrameSource.MAX_NEW_PER_FRAME;
      while (model.frameProperty().get().shown() < 1_000_001) {
        model.pulse(System.nanoTime());
        pulses++;
        assertEquals(afterSetup + pulses, frames.get(), "each pulse at most one frame");
      }
      assertEquals(expectedPulses, pulses,
          "the view caught up in a few frames");
      model.pulse(System.nanoTime());
      assertEquals(afterSetup + pulses, frames.get(), "nothing new, no frame");
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aPulseBeforeTheFirstIterateKeepsTheLastFrame() {
    java.util.List<Runnable> queued = new java.util.ArrayList<>();
    PresetLibrary library = PresetLibrary.builtIn();
    MainViewModel model = new MainViewModel(library, queued::add);
    model.presetProperty().set(library.require("quadratic-2d"));
    model.pulse(System.nanoTime());
    assertEquals(null, model.frameProperty().get(), "nothing to draw before the worker starts");
    queued.remove(0).run();
    model.pulse(System.nanoTime());
    Frame first = model.frameProperty().get();
    assertEquals(1, first.shown());
    model.method().etaProperty().set(0.2); // queued, not yet run: its trajectory is empty
    model.pulse(System.nanoTime());
    assertEquals(first, model.frameProperty().get(), "the previous frame stays until the new run has a point");
  }
}
