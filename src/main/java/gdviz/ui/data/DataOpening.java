package gdviz.ui.data;

import gdviz.model.SetupException;
import gdviz.model.data.CsvData;
import gdviz.model.preset.Preset;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.stage.FileChooser;

/**
 * The class's own data: a CSV opened from File ▸ Open Data…, dropped on the window, or given as
 * {@code --data}; read on a thread of its own with a progress bar and a Cancel button in the
 * status line (the window stays live), then opened as a preset; a bad file gets its line and
 * column in a dialog and changes nothing. The "Standardize features" box is shown while a data
 * set is open.
 */
public final class DataOpening {
  private final ObjectProperty<Preset> preset;
  private final Consumer<Preset> open;
  private final Consumer<String> status;
  private final Executor reader;
  private final ProgressBar bar = new ProgressBar(0);
  private final Label loading = new Label();
  private final Button cancel = new Button("Cancel");
  private final HBox progress = new HBox(8, loading, bar, cancel);
  private final CheckBox standardize = new CheckBox("Standardize features (each to mean 0, sd 1)");
  private AtomicBoolean cancelled = new AtomicBoolean();
  private boolean syncing;

  /**
   * @param preset the window's preset (a data set's is standardized in place)
   * @param open opens a preset in the window
   * @param status shows a line in the status bar
   * @param reader where files are read (a thread of its own in the app)
   */
  public DataOpening(ObjectProperty<Preset> preset, Consumer<Preset> open, Consumer<String> status, Executor reader) {
    this.reader = reader;
    this.preset = preset;
    this.open = open;
    this.status = status;
    progress.setId("dataProgress");
    progress.setAlignment(Pos.CENTER_LEFT);
    progress.setVisible(false);
    progress.managedProperty().bind(progress.visibleProperty());
    bar.setPrefWidth(160);
    cancel.setOnAction(e -> cancelled.set(true));
    standardize.setId("standardizeBox");
    standardize.setWrapText(true);
    standardize.setVisible(false);
    standardize.managedProperty().bind(standardize.visibleProperty());
    preset.addListener((obs, old, p) -> showBox(p));
    standardize.selectedProperty().addListener((obs, old, on) -> {
      Preset p = preset.get();
      if (!syncing && DataSetPreset.hasData(p)) {
        try {
          open.accept(DataSetPreset.standardized(p, on));
        } catch (SetupException e) {
          problem("Cannot standardize", e.getMessage());
          syncing = true;
          standardize.setSelected(!on);
          syncing = false;
        }
      }
    });
  }

  private void showBox(Preset p) {
    syncing = true;
    standardize.setVisible(DataSetPreset.hasData(p));
    standardize.setSelected(p != null && p.base() != null && p.base().data() != null
        && Boolean.TRUE.equals(p.base().data().standardize()));
    syncing = false;
  }

  /** The progress bar and its Cancel button, for the status line. */
  public HBox progress() {
    return progress;
  }

  /** The standardize box, for the controls. */
  public CheckBox standardizeBox() {
    return standardize;
  }

  public void chooseAndOpen(javafx.stage.Window owner) {
    FileChooser c = new FileChooser();
    c.setTitle("Open data (CSV)");
    c.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV: a header, then rows of numbers; y last",
        "*.csv", "*.CSV", "*.txt"));
    var file = c.showOpenDialog(owner);
    if (file != null) {
      open(file.toPath());
    }
  }

  /** A CSV dropped on the window opens as data. */
  public void acceptDrops(Scene scene) {
    scene.setOnDragOver(e -> {
      if (csv(e.getDragboard().getFiles()) != null) {
        e.acceptTransferModes(TransferMode.COPY);
      }
      e.consume();
    });
    scene.setOnDragDropped(e -> {
      Path file = csv(e.getDragboard().getFiles());
      if (file != null) {
        open(file);
      }
      e.setDropCompleted(file != null);
      e.consume();
    });
  }

  private static Path csv(List<java.io.File> files) {
    if (files == null || files.size() != 1) {
      return null;
    }
    String name = files.get(0).getName().toLowerCase(java.util.Locale.ROOT);
    return name.endsWith(".csv") || name.endsWith(".txt") ? files.get(0).toPath() : null;
  }

  /** Reads the file in the background and opens it; its progress in the status line. */
  public void open(Path file) {
    cancelled.set(true);
    AtomicBoolean mine = new AtomicBoolean();
    cancelled = mine;
    String name = file.getFileName().toString();
    loading.setText("reading " + name + "…");
    bar.setProgress(0);
    progress.setVisible(true);
    reader.execute(() -> {
      try {
        CsvData.Loaded data = CsvData.read(file, (read, total) -> Platform.runLater(() -> {
          if (cancelled == mine) {
            bar.setProgress(total > 0 ? (double) read / total : -1);
          }
        }), mine::get);
        if (data == null) {
          Platform.runLater(() -> done(mine, "cancelled reading " + name));
          return;
        }
        Preset p = DataSetPreset.of(name, data, false);
        Platform.runLater(() -> {
          if (cancelled == mine) {
            done(mine, "opened " + name + ": " + String.format("%,d", data.table().targets().length) + " rows");
            open.accept(p);
          }
        });
      } catch (SetupException e) {
        Platform.runLater(() -> {
          done(mine, "");
          problem("Cannot open " + name, e.getMessage());
        });
      } catch (OutOfMemoryError e) {
        Platform.runLater(() -> {
          done(mine, "");
          problem("Cannot open " + name, "the data does not fit in memory: take a sample of its rows, or give"
              + " gdviz more heap (java -Xmx2g -jar gdviz.jar)");
        });
      }
    });
  }

  private void done(AtomicBoolean mine, String message) {
    if (cancelled == mine) {
      progress.setVisible(false);
    }
    status.accept(message);
  }

  private void problem(String header, String message) {
    Alert alert = new Alert(Alert.AlertType.ERROR);
    alert.setTitle("gdviz");
    alert.setHeaderText(header);
    alert.setContentText(message);
    if (progress.getScene() != null) {
      alert.initOwner(progress.getScene().getWindow());
    }
    alert.show();
  }
}
