package gdviz.ui.plots;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gdviz.plot.SurfacePainter;
import gdviz.ui.WindowUnderTest;
import javafx.geometry.Bounds;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** The surface in 3D in the 2D view's place: 3 shows it, a drag turns it, a double-click resets it. */
class SurfaceViewTest extends WindowUnderTest {
  @Override
  protected String preset() {
    return "quadratic-2d";
  }

  @Test
  void threeShowsTheSurfaceADragTurnsItADoubleClickResetsIt(FxRobot robot) throws Exception {
    robot.interact(() -> {
      view.pulse();
      view.root().requestFocus();
    });
    assertFalse(onFx(robot, () -> view.plots().surface().isVisible()));
    robot.type(KeyCode.DIGIT3);
    robot.interact(view::pulse);
    assertTrue(onFx(robot, () -> view.plots().surface().isVisible()), "3 shows the surface");
    // drawn on the surface's own thread in the app (inline here), then put on the canvas
    assertEquals(99 * 99, onFx(robot, () -> view.plots().surface().lastDrawn().cells()), "a 100 × 100 mesh");
    // the same rectangle as the 2D view
    assertEquals(onFx(robot, () -> view.functionPlot().world().xMin()),
        onFx(robot, () -> view.plots().surface().surface().world().xMin()));
    Bounds b = onFx(robot, () -> view.plots().surface().localToScreen(view.plots().surface().getBoundsInLocal()));
    robot.drag(b.getCenterX(), b.getCenterY(), MouseButton.PRIMARY).moveBy(40, 0).moveBy(40, 0).release(MouseButton.PRIMARY);
    SurfacePainter.Camera turned = onFx(robot, () -> view.plots().surface().camera());
    assertEquals(SurfacePainter.Camera.DEFAULT.azimuth() - 40, turned.azimuth(), 1e-9, "80 px to the right: 40° less");
    assertEquals(SurfacePainter.Camera.DEFAULT.elevation(), turned.elevation(), 1e-9);
    robot.doubleClickOn(b.getCenterX(), b.getCenterY(), MouseButton.PRIMARY);
    assertEquals(SurfacePainter.Camera.DEFAULT, onFx(robot, () -> view.plots().surface().camera()), "reset");
    robot.type(KeyCode.DIGIT3);
    robot.interact(view::pulse);
    assertFalse(onFx(robot, () -> view.plots().surface().isVisible()), "3 again: the 2D view");
  }

  @Test
  void exportingWhileTheSurfaceIsShownWritesTheSurface(FxRobot robot, @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws Exception {
    robot.interact(() -> {
      model.plotOptions().surfaceProperty().set(true);
      view.pulse();
      model.playback().end();
      view.pulse();
    });
    java.nio.file.Path png = dir.resolve("surface.png");
    robot.interact(() -> view.files().export(png, new gdviz.ui.files.ExportDialog.Settings(gdviz.plot.Figure.View.ALL,
        "png", 600, 400, 1, false, 1)));
    var image = javax.imageio.ImageIO.read(png.toFile());
    assertEquals(600, image.getWidth());
    assertTrue(gdviz.plot.Pixels.count(image, gdviz.plot.Palette.VERMILLION, 40) > 100, "the run on the surface");
    java.nio.file.Path gif = dir.resolve("surface.gif");
    robot.interact(() -> view.files().export(gif, new gdviz.ui.files.ExportDialog.Settings(gdviz.plot.Figure.View.ALL,
        "gif", 300, 200, 1, false, 5)));
    try (var in = javax.imageio.ImageIO.createImageInputStream(gif.toFile())) {
      var reader = javax.imageio.ImageIO.getImageReadersByFormatName("gif").next();
      reader.setInput(in);
      assertEquals(5, reader.getNumImages(true), "steps 0, 5, 10, 15 and 20 of the 20");
    }
  }
}
