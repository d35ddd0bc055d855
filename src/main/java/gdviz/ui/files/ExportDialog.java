package gdviz.ui.files;

import gdviz.plot.Figure;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import gdviz.plot.PlotTheme;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.GridPane;

/** Asks what to export: which plots, the format, the size and scale, a caption. */
public final class ExportDialog extends Dialog<ExportDialog.Settings> {
  /** The answers. */
  public record Settings(Figure.View view, String format, int width, int height, double scale, boolean caption, int every,
      PlotTheme theme) {
    /** A light figure, as slides and printouts want by default. */
    public Settings(Figure.View view, String format, int width, int height, double scale, boolean caption, int every) {
      this(view, format, width, height, scale, caption, every, PlotTheme.LIGHT);
    }
  }

  public ExportDialog(boolean hasFunction) {
    setTitle("Export figure");
    setHeaderText("Export the current view as a figure");
    ChoiceBox<String> view = new ChoiceBox<>();
    view.getItems().addAll("function and loss", "function plot", "loss plot");
    view.getSelectionModel().select(hasFunction ? 0 : 2);
    ChoiceBox<String> format = new ChoiceBox<>();
    format.getItems().addAll("PNG", "SVG", "animated GIF");
    format.getSelectionModel().select(0);
    Spinner<Integer> width = new Spinner<>(200, 6000, 900, 50);
    Spinner<Integer> height = new Spinner<>(150, 6000, 675, 50);
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
    GridPane grid = new GridPane();
    grid.setHgap(10);
    grid.setVgap(8);
    grid.setPadding(new Insets(10));
    grid.addRow(0, new Label("Show"), view);
    grid.addRow(1, new Label("Format"), format);
    grid.addRow(2, new Label("Width (points)"), width);
    grid.addRow(3, new Label("Height (points)"), height);
    grid.addRow(4, new Label("PNG scale"), scale);
    grid.addRow(5, new Label("GIF: a frame every"), every);
    grid.add(caption, 0, 6, 2, 1);
    grid.add(dark, 0, 7, 2, 1);
    getDialogPane().setContent(grid);
    getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
    setResultConverter(button -> button != ButtonType.OK ? null : new Settings(
        switch (view.getSelectionModel().getSelectedIndex()) {
          case 1 -> Figure.View.FUNCTION;
          case 2 -> Figure.View.LOSS;
          default -> Figure.View.ALL;
        },
        switch (format.getSelectionModel().getSelectedIndex()) {
          case 1 -> "svg";
          case 2 -> "gif";
          default -> "png";
        },
        width.getValue(), height.getValue(), scale.getSelectionModel().getSelectedIndex() + 1, caption.isSelected(),
        every.getValue(), dark.isSelected() ? PlotTheme.DARK : PlotTheme.LIGHT));
  }
}
