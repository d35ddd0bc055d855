package gdviz.ui;

import gdviz.ui.window.Appearance;
import javafx.beans.property.BooleanProperty;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/**
 * The window's keys: single keys for the run and the plots (not while typing in a field), F5 and
 * Esc for presentation mode, F11 for full screen, and Ctrl with =, −, 0, 1, 2 for the UI scale and
 * the side panels (also while typing). The menus show them ({@link Menus#SHORTCUTS}).
 */
final class WindowKeys {
  /** Iterates that Shift+← and Shift+→ jump. */
  static final int JUMP = 10;

  private WindowKeys() {}

  static void install(MainView view, MainViewModel model, Scene scene) {
    Appearance appearance = view.appearance();
    var options = model.plotOptions();
    new KeyShortcuts()
        .on(KeyCode.SPACE, whenRunning(view, model.playback()::togglePlay))
        .on(KeyCode.RIGHT, whenRunning(view, model.playback()::step))
        .on(KeyCode.LEFT, whenRunning(view, model.playback()::stepBack))
        .onShift(KeyCode.RIGHT, whenRunning(view, () -> model.playback().move(JUMP)))
        .onShift(KeyCode.LEFT, whenRunning(view, () -> model.playback().move(-JUMP)))
        .on(KeyCode.R, whenRunning(view, model.playback()::reset))
        .on(KeyCode.HOME, whenRunning(view, model.playback()::reset))
        .on(KeyCode.END, whenRunning(view, model.playback()::end))
        .on(KeyCode.C, whenRunning(view, model::compareLearningRates))
        .on(KeyCode.H, model.method()::returnToExampleEta)
        .on(KeyCode.F, whenRunning(view, view::fitToPath))
        .on(KeyCode.T, () -> toggle(options.tangentProperty()))
        .on(KeyCode.G, () -> toggle(options.gradientArrowProperty()))
        .on(KeyCode.L, () -> toggle(options.lossLogProperty()))
        .on(KeyCode.E, () -> toggle(options.eigenProperty()))
        .on(KeyCode.D, () -> toggle(options.lossByDirectionProperty()))
        .on(KeyCode.B, () -> toggle(options.lossBoundProperty()))
        .on(KeyCode.S, () -> toggle(options.sweepProperty()))
        .on(KeyCode.M, () -> toggle(options.momentumMapProperty()))
        .on(KeyCode.N, () -> toggle(options.seededRunsProperty()))
        .on(KeyCode.A, () -> toggle(options.basinsProperty()))
        .on(KeyCode.P, () -> toggle(options.manyStartsProperty()))
        .on(KeyCode.DIGIT3, () -> toggle(options.surfaceProperty()))
        .on(KeyCode.V, () -> toggle(options.methodStateProperty()))
        .on(KeyCode.F5, () -> toggle(appearance.presentationProperty()))
        .on(KeyCode.CLOSE_BRACKET, () -> model.speedProperty().set(
            gdviz.ui.playback.PlaybackView.faster(model.speedProperty().get())))
        .on(KeyCode.OPEN_BRACKET, () -> model.speedProperty().set(
            gdviz.ui.playback.PlaybackView.slower(model.speedProperty().get())))
        .on(KeyCode.ESCAPE, () -> appearance.presentationProperty().set(false))
        .on(KeyCode.F11, view::toggleFullScreen)
        .on(KeyCode.PAGE_DOWN, view.lessons()::next) // what presentation clickers send
        .on(KeyCode.PAGE_UP, view.lessons()::previous)
        .on(KeyCode.Q, view.lessons()::reveal)
        .always(ctrl(KeyCode.EQUALS), appearance::zoomIn)
        .always(ctrl(KeyCode.PLUS), appearance::zoomIn)
        .always(ctrl(KeyCode.ADD), appearance::zoomIn)
        .always(new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
            appearance::zoomIn)
        .always(ctrl(KeyCode.MINUS), appearance::zoomOut)
        .always(ctrl(KeyCode.SUBTRACT), appearance::zoomOut)
        .always(ctrl(KeyCode.DIGIT0), appearance::actualSize)
        .always(ctrl(KeyCode.NUMPAD0), appearance::actualSize)
        .always(ctrl(KeyCode.DIGIT1), view::toggleControls)
        .always(new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
            appearance::toggleTheme)
        .always(ctrl(KeyCode.DIGIT2), () -> toggle(appearance.iteratesShownProperty()))
        .install(scene, view.root());
  }

  private static KeyCombination ctrl(KeyCode key) {
    return new KeyCodeCombination(key, KeyCombination.SHORTCUT_DOWN);
  }

  private static void toggle(BooleanProperty p) {
    p.set(!p.get());
  }

  /** The difference-quotient lesson runs no optimizer: keys that drive a run do nothing there. */
  private static Runnable whenRunning(MainView view, Runnable action) {
    return () -> {
      if (!view.runsNothing()) {
        action.run();
      }
    };
  }
}
