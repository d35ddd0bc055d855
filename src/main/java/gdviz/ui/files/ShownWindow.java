package gdviz.ui.files;

import gdviz.model.preset.Preset;
import gdviz.plot.Figure;
import gdviz.plot.export.FigureFiles;
import gdviz.ui.playback.Frame;
import java.util.List;
import java.util.function.Supplier;

/**
 * What the file actions read from the window and tell it, on the FX thread: the frame shown, the
 * figure an export asks for, the setup as a scenario; the status line and the window's stage.
 */
public interface ShownWindow {
  /** The frame on screen; null before the first iterate. */
  Frame frame();

  /** The figure these export settings ask for, taken now. */
  Figure figure(ExportDialog.Settings settings);

  /** Whether the plot shown is the surface in 3D. */
  boolean surfaceShown();

  /** The selected run on the surface as shown (for an animation, a frame every {@code every} steps), drawn when asked. */
  Supplier<List<FigureFiles.Drawing>> surfaceFrames(boolean animation, int every);

  /** The figure's title. */
  String title();

  /** The file name offered for this extension. */
  String suggestedName(String extension);

  /** The plot area's height / width (NaN before it is laid out). */
  double plotAreaAspect();

  /** The whole setup, with the view, as a scenario. */
  Preset scenario();

  /** Shows an opened scenario. */
  void open(Preset scenario);

  /** Reads a lesson file (a {@link gdviz.model.SetupException} says what is wrong) and starts it. */
  void openLesson(java.nio.file.Path file);

  /** The lesson open (null: none). */
  gdviz.model.lesson.Lesson lesson();

  /** Adds the window's state now as a scene of the lesson (a new lesson when none is open), after the scene shown. */
  void addScene(String title, String note);

  /** Says something in the status line. */
  void status(String message);

  /** The window dialogs belong to (null when not shown). */
  javafx.stage.Window stage();
}
