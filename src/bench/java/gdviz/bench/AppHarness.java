package gdviz.bench;

import com.sun.javafx.perf.PerformanceTracker;
import gdviz.app.GdvizApp;
import gdviz.model.preset.PresetLibrary;
import gdviz.ui.MainView;
import gdviz.ui.MainViewModel;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * Measurements in the running app (headless through Monocle, the real worker thread, the window's
 * own animation timer driving frames as in the app): start-up to the first frame on screen, slider
 * moved → frame showing the new 2,000-step run, per-frame time while a million iterates stream in,
 * and a ten-million-step run in a 512 MB heap. Not a test: run by {@code ./mvnw -Pbench verify},
 * results in target/bench/app.json.
 *
 * <p>Two moments are told apart: <em>drawn</em>, when the FX thread has drawn the frame and handed
 * the scene to the renderer (what our code controls), and <em>rendered</em>, when JavaFX's renderer
 * has finished painting that frame (reported by JavaFX's own performance tracker).
 */
public final class AppHarness {
  private static MainViewModel model;
  private static MainView view;
  private static Stage stage;
  private static final AtomicLong renderedFrames = new AtomicLong();
  private static volatile long lastRenderedAt;
  /** FX-thread time of each pulse's frame work (animation timer → before layout), in ms. */
  private static final List<Double> pulseWork = Collections.synchronizedList(new ArrayList<>());
  private static volatile boolean recordPulses;
  private static volatile long pulseStart;
  /** While streaming: each pulse's start and the iterates its frame shows of the streamed run. */
  private static final List<long[]> streamPulses = Collections.synchronizedList(new ArrayList<>());
  /** While streaming: when the renderer finished each frame. */
  private static final List<Long> streamRenders = Collections.synchronizedList(new ArrayList<>());
  private static volatile long streamRunAfter = Long.MAX_VALUE;
  /**
   * Set when the frame being timed is drawn; the same pulse's post-layout listener then notes when
   * its CSS and layout were done (just before the scene goes to the renderer) and clears it.
   */
  private static volatile boolean timingPulse;
  private static volatile long timedLayoutDoneAt;

  private AppHarness() {}

  public static void main(String[] args) throws Exception {
    ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, "gdviz-runs");
      t.setDaemon(true);
      return t;
    });
    CountDownLatch started = new CountDownLatch(1);
    GdvizApp.readPresetsAhead(); // as the app's main does
    Platform.startup(() -> {
      javafx.application.Application.setUserAgentStylesheet(
          new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
      PresetLibrary library = GdvizApp.presets();
      model = new MainViewModel(library, worker);
      view = new MainView(model);
      stage = new Stage();
      Scene scene = new Scene(view.root(), 1400, 880);
      stage.setScene(scene);
      // runs before the view's own timer in every pulse; the pre-layout listener right after it
      new AnimationTimer() {
        @Override
        public void handle(long now) {
          pulseStart = System.nanoTime();
        }
      }.start();
      view.attach(scene);
      scene.addPostLayoutPulseListener(() -> {
        if (timingPulse) {
          timedLayoutDoneAt = System.nanoTime();
          timingPulse = false;
        }
      });
      scene.addPreLayoutPulseListener(() -> {
        if (recordPulses) {
          pulseWork.add((System.nanoTime() - pulseStart) / 1e6);
          var f = model.frameProperty().get();
          streamPulses.add(new long[] {pulseStart, f != null && f.runId() > streamRunAfter ? f.shown() : 0});
        }
      });
      PerformanceTracker.getSceneTracker(scene).setOnRenderedFrameTask(() -> {
        lastRenderedAt = System.nanoTime();
        renderedFrames.incrementAndGet();
        if (recordPulses) {
          streamRenders.add(lastRenderedAt);
        }
      });
      model.presetProperty().set(library.require(GdvizApp.DEFAULT_PRESET)); // what the app opens with
      stage.show();
      started.countDown();
    });
    started.await();
    // start-up: JVM start until a frame with the run's path is on screen
    while (!onFx(() -> model.frameProperty().get() != null && view.functionPlot().lastDrawn().count() > 0)) {
      Thread.sleep(1);
    }
    long drawnAt = System.nanoTime();
    waitForRenderAfter(drawnAt);
    double startup = ManagementFactory.getRuntimeMXBean().getUptime() - (System.nanoTime() - lastRenderedAt) / 1e6;
    List<String> json = new ArrayList<>();
    json.add(String.format(Locale.ROOT, "\"startupMs\": %.0f", startup));
    if (List.of(args).contains("--startup-only")) { // for repeated start-up timings: one JVM each
      System.out.println(json.get(0));
      System.exit(0);
    }

    // slider → frame with the new 2,000-step trajectory, 2D view with contours
    onFx(() -> {
      model.presetProperty().set(GdvizApp.presets().require("quadratic-2d"));
      model.setup().stepsTextProperty().set("2000");
      model.method().etaProperty().set(0.001);
      return null;
    });
    Thread.sleep(1000);
    // the FX thread's longest wait for a ping (every 10 ms) during the slider series, the stream and
    // the ten-million-step run: what the default build's watchdog measured (-Pstress asserts it)
    var watchdog = new gdviz.ui.FxWatchdog();
    sliderSeries("slider", json);
    // the same in presentation mode at 1920 × 1080 and 200 %: bigger plots, bigger text
    onFx(() -> {
      // inside the headless screen (1920 × 1200): a window reaching past its edge is not uploaded
      // (Monocle's UploadingPainter throws BufferOverflowException) and its frames are not rendered
      stage.setX(0);
      stage.setY(0);
      stage.setWidth(1920);
      stage.setHeight(1080);
      view.appearance().scaleProperty().set(200);
      view.appearance().presentationProperty().set(true);
      return null;
    });
    Thread.sleep(1000);
    sliderSeries("presentation200", json);
    onFx(() -> {
      view.appearance().presentationProperty().set(false);
      view.appearance().scaleProperty().set(100);
      stage.setWidth(1400);
      stage.setHeight(880);
      return null;
    });
    Thread.sleep(500);
    // the stability lab open (sweep, momentum map, eigen-directions, bound): η moves do not recompute
    // the sweep (it depends on all but η) nor the map (it depends on the curvature). η stays below
    // 0.061, where every run converges as in the series above (momentum diverges on this function
    // above η = 0.068); then the full range, where most runs diverge at a different step each time
    onFx(() -> {
      model.presetProperty().set(GdvizApp.presets().require("stability"));
      model.setup().stepsTextProperty().set("2000");
      model.method().etaProperty().set(0.001);
      return null;
    });
    Thread.sleep(2000);
    sliderSeries("stabilityLab", json, 0.2);
    sliderSeries("stabilityLabDiverging", json);
    onFx(() -> {
      model.presetProperty().set(GdvizApp.presets().require("quadratic-2d"));
      model.setup().stepsTextProperty().set("2000");
      return null;
    });
    Thread.sleep(500);
    // the surface in 3D in the 2D view's place (100 × 100 mesh, a 2,000-step path): a slider move
    // redraws the path on it; a turn of the camera redraws the surface on the FX thread
    onFx(() -> {
      model.plotOptions().surfaceProperty().set(true);
      model.method().etaProperty().set(0.001);
      return null;
    });
    Thread.sleep(1000);
    sliderSeries("surface3d", json);
    List<Double> turns = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      int step = i;
      double ms = onFx(() -> {
        long t0 = System.nanoTime();
        var s = view.plots().surface();
        s.setCamera(s.camera().dragged(3, step % 2 == 0 ? 1 : -1));
        return (System.nanoTime() - t0) / 1e6;
      });
      if (i >= 10) {
        turns.add(ms);
      }
      Thread.sleep(30);
    }
    json.add("\"surface3dTurnFxMs\": " + stats(turns));
    watchdog.stop();
    json.add(String.format(Locale.ROOT, "\"sliderSeriesFxLongestWaitMs\": %.1f", watchdog.worstMillis()));
    onFx(() -> {
      model.plotOptions().surfaceProperty().set(false);
      return null;
    });
    Thread.sleep(300);
    if (List.of(args).contains("--slider-only")) { // for quick runs while working on the latency
      System.out.println(String.join(",\n", json));
      System.exit(0);
    }

    // streaming playback of a million iterates: FX-thread time of each frame as the path grows
    long before = onFx(() -> model.frameProperty().get().runId());
    var streamWatchdog = new gdviz.ui.FxWatchdog();
    List<double[]> frames = Collections.synchronizedList(new ArrayList<>());
    pulseWork.clear();
    streamRunAfter = before;
    recordPulses = true;
    onFx(() -> {
      model.setup().stepsTextProperty().set("1000000");
      model.method().etaProperty().set(1e-6);
      return null;
    });
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    long startRendered = renderedFrames.get();
    long t0 = System.nanoTime();
    int seen = 0;
    while (System.nanoTime() < deadline) {
      Thread.sleep(16);
      double[] state = onFx(() -> {
        var f = model.frameProperty().get();
        return new double[] {f.runId() > before ? f.shown() : 0,
            f.runId() > before && f.outcome() != null && f.shown() == f.trajectory().size() ? 1 : 0};
      });
      synchronized (pulseWork) {
        for (; seen < pulseWork.size(); seen++) {
          frames.add(new double[] {pulseWork.get(seen), state[0]});
        }
      }
      if (state[1] == 1) {
        break;
      }
    }
    recordPulses = false;
    streamWatchdog.stop();
    json.add(String.format(Locale.ROOT, "\"streamFxLongestWaitMs\": %.1f", streamWatchdog.worstMillis()));
    double seconds = (System.nanoTime() - t0) / 1e9;
    List<Double> early = new ArrayList<>();
    List<Double> late = new ArrayList<>();
    List<Double> all = new ArrayList<>();
    for (double[] f : frames) {
      all.add(f[0]);
      (f[1] < 250_000 ? early : late).add(f[0]);
    }
    json.add("\"streamFrameMs\": " + stats(all));
    json.add("\"streamFrameMsBelow250k\": " + stats(early));
    json.add("\"streamFrameMsAbove250k\": " + stats(late));
    json.add("\"streamFrames\": " + frames.size());
    json.add(String.format(Locale.ROOT, "\"streamRenderedFps\": %.1f", (renderedFrames.get() - startRendered) / seconds));
    // frames on screen while the path streamed in: from the pulse that first showed part of the run
    // to the one that showed all of it, the gaps between rendered frames (16.7 ms each at 60 Hz; a
    // dropped frame shows as a gap of 33 ms)
    long firstShown = Long.MAX_VALUE;
    long allShown = Long.MAX_VALUE;
    int total = onFx(() -> model.frameProperty().get().trajectory().size());
    for (long[] p : List.copyOf(streamPulses)) {
      if (p[1] > 0 && firstShown == Long.MAX_VALUE) {
        firstShown = p[0];
      }
      if (p[1] >= total && allShown == Long.MAX_VALUE) {
        allShown = p[0];
      }
    }
    List<Double> gaps = new ArrayList<>();
    long previous = -1;
    for (long r : List.copyOf(streamRenders)) {
      if (r >= firstShown && (previous < 0 || previous <= allShown)) {
        if (previous >= firstShown) {
          gaps.add((r - previous) / 1e6);
        }
        previous = r;
      }
    }
    long dropped = gaps.stream().mapToLong(g -> Math.max(0, Math.round(g / (1000.0 / 60)) - 1)).sum();
    json.add("\"streamRenderGapMs\": " + stats(gaps));
    json.add("\"streamDroppedFrames\": " + dropped);
    // redraw of a complete 10^6 path (a new frame after the run ends, e.g. a zoom): full reduction
    List<Double> full = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      full.add(onFx(() -> {
        long s0 = System.nanoTime();
        view.plots().fitToSelectedRun(model.frameProperty().get());
        return (System.nanoTime() - s0) / 1e6;
      }));
    }
    json.add("\"redrawMillionAfterZoomMs\": " + stats(full));

    // ten million steps in this JVM (started with -Xmx512m): heap used with the run alive, and the
    // longest garbage-collection pause meanwhile (a pause stops the FX thread too)
    AtomicLong longestPauseMs = new AtomicLong();
    List<Runnable> unlisten = listenToGcPauses(longestPauseMs);
    long beforeBig = onFx(() -> model.frameProperty().get().runId());
    var bigWatchdog = new gdviz.ui.FxWatchdog();
    pulseWork.clear();
    recordPulses = true;
    onFx(() -> {
      model.setup().stepsTextProperty().set("10000000");
      model.method().etaProperty().set(1e-8);
      return null;
    });
    deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
    boolean done = false;
    while (!done && System.nanoTime() < deadline) {
      Thread.sleep(16);
      done = onFx(() -> {
        var f = model.frameProperty().get();
        return f.runId() > beforeBig && f.outcome() != null && f.shown() == 10_000_001;
      });
    }
    recordPulses = false;
    List<Double> bigFrames;
    synchronized (pulseWork) {
      bigFrames = new ArrayList<>(pulseWork);
    }
    bigWatchdog.stop(); // before the collection asked for below
    unlisten.forEach(Runnable::run);
    System.gc();
    Thread.sleep(200);
    long used = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
    json.add("\"tenMillionDone\": " + done);
    json.add(String.format(Locale.ROOT, "\"tenMillionHeapUsedMb\": %.0f", used / 1048576.0));
    json.add(String.format(Locale.ROOT, "\"maxHeapMb\": %.0f", Runtime.getRuntime().maxMemory() / 1048576.0));
    json.add("\"tenMillionFrameMs\": " + stats(bigFrames));
    json.add("\"tenMillionLongestGcPauseMs\": " + longestPauseMs.get());
    json.add(String.format(Locale.ROOT, "\"tenMillionFxLongestWaitMs\": %.1f", bigWatchdog.worstMillis()));

    String out = "{\n  " + String.join(",\n  ", json) + "\n}\n";
    Files.createDirectories(Path.of("target/bench"));
    Files.writeString(Path.of("target/bench/app.json"), out);
    System.out.print(out);
    Platform.exit();
    System.exit(0);
  }

  /** Keeps the longest stop-the-world collection reported by the JVM's collectors; returns how to stop. */
  private static List<Runnable> listenToGcPauses(AtomicLong longestMs) {
    List<Runnable> unlisten = new ArrayList<>();
    for (var gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      if (gc instanceof javax.management.NotificationEmitter emitter) {
        javax.management.NotificationListener listener = (n, handback) -> {
          if (com.sun.management.GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
            var info = com.sun.management.GarbageCollectionNotificationInfo.from(
                (javax.management.openmbean.CompositeData) n.getUserData());
            longestMs.accumulateAndGet(info.getGcInfo().getDuration(), Math::max);
          }
        };
        emitter.addNotificationListener(listener, null, null);
        unlisten.add(() -> {
          try {
            emitter.removeNotificationListener(listener);
          } catch (javax.management.ListenerNotFoundException e) {
            // already gone
          }
        });
      }
    }
    return unlisten;
  }

  /** 300 slider moves (the first 50 not counted); adds name + "ToFrameDrawnMs" etc. to json. */
  private static void sliderSeries(String name, List<String> json) throws InterruptedException {
    sliderSeries(name, json, 1);
  }

  /** Moves η over 0.0011 … 0.0011 + 0.2985·scale; a smaller scale keeps a stiffer function's runs converging. */
  private static void sliderSeries(String name, List<String> json, double scale) throws InterruptedException {
    List<Double> drawn = new ArrayList<>();
    List<Double> rendered = new ArrayList<>();
    List<Double> waited = new ArrayList<>();
    List<Double> frameWork = new ArrayList<>();
    List<Double> layout = new ArrayList<>();
    List<Double> render = new ArrayList<>();
    java.util.Random pause = new java.util.Random(42);
    for (int i = 0; i < 300; i++) {
      // wanders over the bands like a hand on the slider; never the value already set
      double eta = 0.0011 + 0.0015 * scale * (i % 200);
      long[] t = sliderMoved(eta);
      if (i >= 50) {
        drawn.add((t[1] - t[0]) / 1e6);
        rendered.add((t[2] - t[0]) / 1e6);
        waited.add((t[3] - t[0]) / 1e6);
        frameWork.add((t[1] - t[3]) / 1e6);
        layout.add((t[4] - t[1]) / 1e6);
        render.add((t[2] - t[4]) / 1e6);
      }
      // the hand moves again a little later, at no fixed phase to the 60 Hz pulse: a fixed cycle of
      // pauses would sample the wait for the next pulse at a few points only, and which points
      // depended on how long the frame before took
      Thread.sleep(40 + pause.nextInt(30), pause.nextInt(1_000_000));
    }
    json.add("\"" + name + "ToFrameDrawnMs\": " + stats(drawn));
    json.add("\"" + name + "ToFrameRenderedMs\": " + stats(rendered));
    // where the time goes: waiting for the pulse that shows the run, the frame's own work on the FX
    // thread (timer to drawn), CSS and layout after it, and the renderer
    json.add("\"" + name + "WaitForPulseMs\": " + stats(waited));
    json.add("\"" + name + "FrameWorkMs\": " + stats(frameWork));
    json.add("\"" + name + "CssLayoutMs\": " + stats(layout));
    json.add("\"" + name + "RenderMs\": " + stats(render));
  }

  /**
   * Sets η on the FX thread as the slider would and returns {set, drawn, rendered, pulse, laid out}
   * in nanoTime: drawn when the frame of the finished new run has been drawn, rendered when the
   * renderer has finished the next frame after that, pulse when the pulse that drew it began, laid
   * out when that pulse's CSS and layout were done.
   */
  private static long[] sliderMoved(double eta) throws InterruptedException {
    long[] t = new long[5];
    CountDownLatch drawnLatch = new CountDownLatch(1);
    Platform.runLater(() -> {
      long before = model.frameProperty().get().runId();
      ChangeListener<gdviz.ui.playback.Frame> listener = new ChangeListener<>() {
        @Override
        public void changed(ObservableValue<? extends gdviz.ui.playback.Frame> o, gdviz.ui.playback.Frame old,
            gdviz.ui.playback.Frame f) {
          // the view's own listener, added earlier, has drawn this frame already
          if (f != null && f.runId() > before && f.outcome() != null && f.shown() == f.trajectory().size()) {
            t[1] = System.nanoTime();
            timedLayoutDoneAt = 0;
            timingPulse = true;
            t[3] = pulseStart;
            model.frameProperty().removeListener(this);
            drawnLatch.countDown();
          }
        }
      };
      model.frameProperty().addListener(listener);
      t[0] = System.nanoTime();
      model.method().etaProperty().set(eta);
    });
    drawnLatch.await();
    // CSS and layout of the pulse that drew the frame — not of a later pulse: the last layout
    // before the first render after the frame was, in the stability lab, often the next pulse's
    // (its frames reach the screen a pulse later), and that wait was counted as CSS and layout
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (timedLayoutDoneAt == 0 && System.nanoTime() < deadline) {
      Thread.sleep(0, 100_000);
    }
    t[4] = timedLayoutDoneAt > t[1] ? timedLayoutDoneAt : t[1];
    t[2] = waitForRenderAfter(t[4]);
    return t;
  }

  /** Waits until the renderer finishes a frame that started after {@code time}; returns when it did. */
  private static long waitForRenderAfter(long time) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (lastRenderedAt <= time && System.nanoTime() < deadline) {
      Thread.sleep(0, 200_000);
    }
    return lastRenderedAt;
  }

  /** Runs on the FX thread and waits for its result. */
  private static <T> T onFx(Callable<T> task) throws InterruptedException {
    CountDownLatch done = new CountDownLatch(1);
    AtomicReference<T> result = new AtomicReference<>();
    Platform.runLater(() -> {
      try {
        result.set(task.call());
      } catch (Exception e) {
        throw new IllegalStateException(e);
      } finally {
        done.countDown();
      }
    });
    done.await();
    return result.get();
  }

  private static String stats(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    if (sorted.isEmpty()) {
      return "null";
    }
    double median = sorted.get(sorted.size() / 2);
    double p95 = sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(0.95 * sorted.size()) - 1));
    double max = sorted.get(sorted.size() - 1);
    return String.format(Locale.ROOT, "{\"median\": %.2f, \"p95\": %.2f, \"max\": %.2f, \"n\": %d}", median, p95, max,
        sorted.size());
  }
}
