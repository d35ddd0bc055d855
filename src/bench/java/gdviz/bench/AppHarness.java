package gdviz.bench;

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
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * Measurements in the running app (headless through Monocle, the real worker thread): start-up to
 * the first drawn frame, slider moved → frame showing the new 2,000-step run, per-frame time while
 * a million iterates stream in, and a ten-million-step run in a 512 MB heap. Not a test: run by
 * {@code ./mvnw -Pbench verify}, results in target/bench/app.json.
 */
public final class AppHarness {
  private static MainViewModel model;
  private static MainView view;

  private AppHarness() {}

  public static void main(String[] args) throws Exception {
    ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, "gdviz-runs");
      t.setDaemon(true);
      return t;
    });
    CountDownLatch started = new CountDownLatch(1);
    AtomicReference<Double> startup = new AtomicReference<>();
    Platform.startup(() -> {
      javafx.application.Application.setUserAgentStylesheet(
          new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
      PresetLibrary library = PresetLibrary.builtIn();
      model = new MainViewModel(library, worker);
      view = new MainView(model);
      Stage stage = new Stage();
      stage.setScene(new Scene(view.root(), 1400, 880));
      model.presetProperty().set(library.require("quadratic-2d"));
      stage.show();
      started.countDown();
    });
    started.await();
    // start-up: JVM start until a frame with the run is drawn
    while (startup.get() == null) {
      onFx(() -> {
        view.pulse();
        if (model.frameProperty().get() != null && view.functionPlot().lastDrawn().count() > 0) {
          startup.set((double) ManagementFactory.getRuntimeMXBean().getUptime());
        }
      });
    }
    List<String> json = new ArrayList<>();
    json.add(String.format(Locale.ROOT, "\"startupMs\": %.0f", startup.get()));

    // slider → frame with the new 2,000-step trajectory, 2D view with contours
    onFx(() -> {
      model.stepsTextProperty().set("2000");
      model.etaProperty().set(0.001);
    });
    long last = waitForFinishedFrame(-1);
    List<Double> latencies = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      // wanders over the bands like a hand on the slider; never the value already set
      double eta = 0.0011 + 0.0015 * (i % 200);
      long t0 = System.nanoTime();
      onFx(() -> model.etaProperty().set(eta));
      last = waitForFinishedFrame(last);
      latencies.add((System.nanoTime() - t0) / 1e6);
    }
    json.add("\"sliderToFrameMs\": " + stats(latencies.subList(50, latencies.size())));

    // streaming playback of a million iterates: time of each frame (pulse + draw) as the path grows
    List<double[]> frames = new ArrayList<>();
    long before = last;
    onFx(() -> {
      model.stepsTextProperty().set("1000000");
      model.etaProperty().set(1e-6);
    });
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (System.nanoTime() < deadline) {
      double[] sample = new double[3];
      onFx(() -> {
        long t0 = System.nanoTime();
        view.pulse();
        sample[0] = (System.nanoTime() - t0) / 1e6;
        var f = model.frameProperty().get();
        sample[1] = f.runId() > before ? f.shown() : 0;
        sample[2] = f.runId() > before && f.outcome() != null && f.shown() == f.trajectory().size() ? 1 : 0;
      });
      frames.add(sample);
      if (sample[2] == 1) {
        break;
      }
      Thread.sleep(16); // about one frame
    }
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
    // redraw of a complete 10^6 path (a new frame after the run ends, e.g. a zoom): full reduction
    List<Double> full = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      double[] t = new double[1];
      onFx(() -> {
        long t0 = System.nanoTime();
        view.functionPlot().fitToPath();
        t[0] = (System.nanoTime() - t0) / 1e6;
      });
      full.add(t[0]);
    }
    json.add("\"redrawMillionAfterZoomMs\": " + stats(full));

    // ten million steps in this JVM (started with -Xmx512m): heap used with the run alive
    long beforeBig = model.frameProperty().get().runId();
    onFx(() -> {
      model.stepsTextProperty().set("10000000");
      model.etaProperty().set(1e-8);
    });
    List<Double> bigFrames = new ArrayList<>();
    deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
    boolean done = false;
    while (!done && System.nanoTime() < deadline) {
      double[] sample = new double[2];
      onFx(() -> {
        long t0 = System.nanoTime();
        view.pulse();
        sample[0] = (System.nanoTime() - t0) / 1e6;
        var f = model.frameProperty().get();
        sample[1] = f.runId() > beforeBig && f.outcome() != null && f.shown() == 10_000_001 ? 1 : 0;
      });
      bigFrames.add(sample[0]);
      done = sample[1] == 1;
      Thread.sleep(16);
    }
    System.gc();
    Thread.sleep(200);
    long used = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
    json.add("\"tenMillionDone\": " + done);
    json.add(String.format(Locale.ROOT, "\"tenMillionHeapUsedMb\": %.0f", used / 1048576.0));
    json.add(String.format(Locale.ROOT, "\"maxHeapMb\": %.0f", Runtime.getRuntime().maxMemory() / 1048576.0));
    json.add("\"tenMillionFrameMs\": " + stats(bigFrames));

    String out = "{\n  " + String.join(",\n  ", json) + "\n}\n";
    Files.createDirectories(Path.of("target/bench"));
    Files.writeString(Path.of("target/bench/app.json"), out);
    System.out.print(out);
    Platform.exit();
    System.exit(0);
  }

  /** Runs on the FX thread and waits for it. */
  private static void onFx(Runnable r) throws InterruptedException {
    CountDownLatch done = new CountDownLatch(1);
    Platform.runLater(() -> {
      try {
        r.run();
      } finally {
        done.countDown();
      }
    });
    done.await();
  }

  /** Pulses until a run newer than {@code after} has finished and its frame is drawn; returns its id. */
  private static long waitForFinishedFrame(long after) throws InterruptedException {
    long[] id = {-1};
    while (id[0] < 0) {
      onFx(() -> {
        view.pulse();
        var f = model.frameProperty().get();
        if (f != null && f.runId() > after && f.outcome() != null && f.shown() == f.trajectory().size()) {
          id[0] = f.runId();
        }
      });
    }
    return id[0];
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
