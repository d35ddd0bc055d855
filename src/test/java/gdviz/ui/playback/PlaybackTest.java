package gdviz.ui.playback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PlaybackTest {
  @Test
  void playsAtItsSpeedAndStopsAtTheEnd() {
    Playback p = new Playback();
    p.setSpeed(10);
    assertEquals(1, p.shown(11), "starts at the start point");
    p.play(11, true);
    p.advance(0.35, 11, true);
    assertEquals(4, p.shown(11), "3.5 steps in 0.35 s at 10 steps/s");
    p.advance(5, 11, true);
    assertEquals(11, p.shown(11));
    assertFalse(p.playing(), "stops at the end of a finished run");
    p.play(11, true);
    assertEquals(1, p.shown(11), "play at the end replays from the start");
  }

  @Test
  void stepResetAndShowAll() {
    Playback p = new Playback();
    p.step(11);
    p.step(11);
    assertEquals(3, p.shown(11));
    p.reset();
    assertEquals(1, p.shown(11));
    p.showAll();
    assertEquals(11, p.shown(11));
    assertEquals(500, p.shown(500), "show-all follows a run that is still streaming in");
    p.step(500);
    assertEquals(500, p.shown(500), "stepping at the end stays at the end");
  }

  @Test
  void aStreamingRunIsNotStoppedBeforeItEnds() {
    Playback p = new Playback();
    p.setSpeed(100);
    p.play(5, false);
    p.advance(1, 5, false);
    assertTrue(p.playing(), "more iterates are coming");
    assertEquals(5, p.shown(5));
    assertEquals(101, p.shown(1000), "100 steps/s for one second: the start and 100 steps");
  }

  @Test
  void movesBackAndJumpsWithinTheRun() {
    Playback p = new Playback();
    p.end();
    p.move(11, -1);
    assertEquals(10, p.shown(11), "one back from the end: the iterate before the last (k = 9)");
    p.move(11, -10);
    assertEquals(1, p.shown(11), "back past the start stops at the start point");
    p.move(11, 10);
    assertEquals(11, p.shown(11), "10 forward from k = 0: k = 10, the last");
    p.move(11, 10);
    assertEquals(11, p.shown(11), "forward past the end stays at the end");
    p.play(11, true);
    p.move(11, -3);
    assertFalse(p.playing(), "a move pauses");
    assertEquals(1, p.shown(11), "play at the end replayed from 0; back from 0 stays at 0");
  }
}
