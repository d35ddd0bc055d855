package gdviz.ui.files;

import gdviz.plot.Figure;
import gdviz.plot.PlotTheme;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;

/** Asks what to export: which plots, the title, the format, the size and scale, a caption. */
public final class ExportDialog extends Dialog<ExportDialog.Settings> {
  /** The size offered: this wide, as high as the window's plot area is for this width. */
  static final int DEFAULT_WIDTH = 900;

  /**
   * The answers.
   *
   * @param title the figure's title (null: the preset's name or the function)
   */
  public record Settings(Figure.View view, String format, int width, int height, double scale, boolean caption, int every,
      PlotTheme theme, String title) {
    /** A light figure, as slides and printouts want by default. */
    public Settings(Figure.View view, String format, int width, int height, double scale, boolean caption, int every) {
      this(view, format, width, height, scale, caption, every, PlotTheme.LIGHT, null);
    }

    public Settings(Figure.View view, String format, int width, int height, double scale, boolean caption, int every,
        PlotTheme theme) {
      this(view, format, width, height, scale, caption, every, theme, null);
    }
  }

  /** The height for {@link #DEFAULT_WIDTH} at the plot area's aspect (height / width), within the spinner's range. */
  static int heightFor(double aspect) {
    double h = Double.isFinite(aspect) && aspect > 0 ? DEFAULT_WIDTH * aspect : 675;
    return (int) Math.max(150, Math.min(6000, Math.round(h / 25) * 25.0));
  }

  /**
   * @param title the title offered (editable)
   * @param aspect the window's plot area, height / width: the size offered has the same shape
   */
  public ExportDialog(String title, double aspect) {
    setTitle("Export figure");
    setHeaderText("Export the current view as a figure");
    ChoiceBox<String> view = new ChoiceBox<>();
    view.setId("exportShow");
    view.getItems().addAll("what the window shows", "function and loss", "function plot", "loss plot");
    view.getSelectionModel().select(0);
    TextField titleField = new TextField(title == null ? "" : title);
    titleField.setId("exportTitle");
    titleField.setPrefColumnCount(24);
    ChoiceBox<String> format = new ChoiceBox<>();
    format.getItems().addAll("PNG", "SVG", "animated GIF");
    format.getSelectionModel().select(0);
    Spinner<Integer> width = new Spinner<>(200, 6000, DEFAULT_WIDTH, 50);
    Spinner<Integer> height = new Spinner<>(150, 6000, heightFor(aspect), 25);
    width.setEditable(true);
    height.setEditable(true);
    ChoiceBox<String> scale = new ChoiceBox<>();
    scale.getItems().addAll("1×", "2×", "3×");
    scale.getSelectionModel().select(1);
    Spinner<Integer> every = new Spinner<>(1, 100_000, 1);
    every.setEditable(true);
    CheckBox caption = new CheckBox("caption: function, method, η, steps, seed, outcome");
    caption.setSelected(true);
    CheckBox dark = new CheckBox("dark page (for dark slides; light by default)");
    dark.setId("exportDark");
    scale.disableProperty().bind(format.getSelectionModel().selectedIndexProperty().isNotEqualTo(0));
    every.disableProperty().bind(format.getSelectionModel().selectedIndexProperty().isNotEqualTo(2));
    Label gifNote = new Label("an animated GIF draws the function and loss plots as the run grows");
    gifNote.getStyleClass().add("hint");
    gifNote.visibleProperty().bind(format.getSelectionModel().selectedIndexProperty().isEqualTo(2));
    GridPane grid = new GridPane();
    grid.setHgap(10);
    grid.setVgap(8);
    grid.setPadding(new Insets(10));
    grid.addRow(0, new Label("Show"), view);
    grid.addRow(1, new Label("Title"), titleField);
    grid.addRow(2, new Label("Format"), format);
    grid.addRow(3, new Label("Width (points)"), width);
    grid.addRow(4, new Label("Height (points)"), height);
    grid.addRow(5, new Label("PNG scale"), scale);
    grid.addRow(6, new Label("GIF: a frame every"), every);
    grid.add(gifNote, 0, 7, 2, 1);
    grid.add(caption, 0, 8, 2, 1);
    grid.add(dark, 0, 9, 2, 1);
    getDialogPane().setContent(grid);
    getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
    setResultConverter(button -> button != ButtonType.OK ? null : new Settings(
        switch (view.getSelectionModel().getSelectedIndex()) {
          case 1 -> Figure.View.ALL;
          case 2 -> Figure.View.FUNCTION;
          case 3 -> Figure.View.LOSS;
          default -> Figure.View.SHOWN;
        },
        switch (format.getSelectionModel().getSelectedIndex()) {
          case 1 -> "svg";
          case 2 -> "gif";
          default -> "png";
        },
        width.getValue(), height.getValue(), scale.getSelectionModel().getSelectedIndex() + 1, caption.isSelected(),
        every.getValue(), dark.isSelected() ? PlotTheme.DARK : PlotTheme.LIGHT, titleField.getText().strip()));
  }
}
