package gdviz.ui.window;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class WindowFitTest {
  private static final ScreenArea PROJECTOR = new ScreenArea(0, 0, 1280, 720);
  private static final ScreenArea LAPTOP = new ScreenArea(0, 0, 1920, 1040); // 1080 minus a task bar

  @Test
  void firstLaunchOnASmallScreenFillsItInsteadOfHangingOver() {
    assertEquals(new WindowPlacement(0, 0, 1280, 720, false),
        WindowFit.place(null, List.of(PROJECTOR), 1400, 880));
    assertEquals(new WindowPlacement(0, 0, 1024, 768, false),
        WindowFit.place(null, List.of(new ScreenArea(0, 0, 1024, 768)), 1400, 880));
  }

  @Test
  void firstLaunchOnALargeScreenIsCentred() {
    assertEquals(new WindowPlacement(260, 80, 1400, 880, false), WindowFit.place(null, List.of(LAPTOP), 1400, 880));
  }

  @Test
  void aRememberedWindowThatFitsComesBackAsItWas() {
    WindowPlacement p = new WindowPlacement(100, 50, 1200, 800, true);
    assertEquals(p, WindowFit.place(p, List.of(LAPTOP), 1400, 880));
  }

  @Test
  void aWindowFromALargerScreenShrinksOntoTheProjector() {
    WindowPlacement fromLaptop = new WindowPlacement(400, 200, 1500, 900, false);
    assertEquals(new WindowPlacement(0, 0, 1280, 720, false), WindowFit.place(fromLaptop, List.of(PROJECTOR), 1400, 880));
  }

  @Test
  void aWindowOnAScreenNoLongerThereMovesToTheFirstScreen() {
    WindowPlacement onSecondScreen = new WindowPlacement(2100, 100, 800, 600, false);
    assertEquals(new WindowPlacement(480, 100, 800, 600, false),
        WindowFit.place(onSecondScreen, List.of(PROJECTOR), 1400, 880));
  }

  @Test
  void aWindowStaysOnTheScreenItMostlyCovers() {
    ScreenArea right = new ScreenArea(1920, 0, 1280, 1024);
    WindowPlacement p = new WindowPlacement(1800, -40, 1000, 700, false);
    // mostly on the right screen: moved inside it, not onto the primary
    assertEquals(new WindowPlacement(1920, 0, 1000, 700, false), WindowFit.place(p, List.of(LAPTOP, right), 1400, 880));
  }

  @Test
  void nonsenseFromASettingsFileIsTreatedAsNothingRemembered() {
    WindowPlacement broken = new WindowPlacement(Double.NaN, 0, -5, 600, false);
    assertEquals(new WindowPlacement(0, 0, 1280, 720, false), WindowFit.place(broken, List.of(PROJECTOR), 1400, 880));
  }
}
